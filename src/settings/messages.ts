import * as z from 'zod/mini';
import { PAGE_KEY } from './constants';

/**
 * The only message a content script sends: "the person closed the banner on this page kind".
 * Content scripts live in pages, so the background validates every message before acting on it.
 */
export const HidePageMessageSchema = z.object({
  type: z.literal('hide-page'),
  page: z.string().check(z.regex(PAGE_KEY)),
});
export type HidePageMessage = z.infer<typeof HidePageMessageSchema>;
