import * as z from 'zod/mini';
import { PARTNER_IDS } from '../pages/partners';
import { METHODS, PAGE_KEY } from './constants';

/**
 * What content scripts may ask the background to remember. Content scripts live in pages, so the
 * background validates every message (shape here; sender and page in background.ts) before acting.
 * None carries anything the person typed: only which button or bank they chose.
 */
export const ContentMessageSchema = z.discriminatedUnion('type', [
  /** The person closed the banner on this page kind. */
  z.object({ type: z.literal('hide-page'), page: z.string().check(z.regex(PAGE_KEY)) }),
  /** The person answered the banner's question: this is how they sign in (null: they don't remember). */
  z.object({ type: z.literal('remember-method'), method: z.nullable(z.enum(METHODS)) }),
  /** A sign-in was started with this method (the federation front's `idp=`). */
  z.object({ type: z.literal('record-sign-in'), method: z.enum(METHODS) }),
  /** The person picked this bank on the Sign-In Partner list. */
  z.object({ type: z.literal('record-bank'), partner: z.enum(PARTNER_IDS) }),
  /** The person went ahead on the GCKey sign-up page. */
  z.object({ type: z.literal('record-new-gckey') }),
  /** The words behind the banner's "More" for a page kind, in a language (read-only, the same for everyone). */
  z.object({ type: z.literal('more'), page: z.string().check(z.regex(PAGE_KEY)), lang: z.enum(['en', 'fr']) }),
  /**
   * The page view kept for the content scripts, and whether this tab is on its way to or from IRCC
   * (answered from the sender's tab id, never from what the page says): src/settings/background.ts.
   */
  z.object({ type: z.literal('ask-page-view') }),
]);
export type ContentMessage = z.infer<typeof ContentMessageSchema>;
