import * as z from 'zod/mini';
import { syncStateItem } from '../items';
import { TimeSchema } from '../schema';
import { getSettings } from '../store';
import { checkFit, type Fit, toSyncItems } from './merge';

/**
 * Whether this browser syncs its settings through the browser account (off unless the person turns
 * it on), and how the last attempt went, for the options page to say. Kept in storage.local.
 */
const StatusSchema = z.object({
  // 'newer-version' is no longer written (sync merges whatever the versions); an old status still reads.
  kind: z.enum(['ok', 'too-large', 'too-many-people', 'newer-version', 'failed']),
  at: TimeSchema,
  /** too-large: which limit, how much was needed, and the limit (bytes, or items for 'count'). */
  reason: z.optional(z.enum(['total', 'item', 'count'])),
  bytes: z.optional(z.number()),
  limit: z.optional(z.number()),
  /** too-many-people: how many there would be together. */
  count: z.optional(z.number()),
});
export type SyncStatus = z.infer<typeof StatusSchema>;
const StateSchema = z.object({ enabled: z.boolean(), status: z.optional(StatusSchema) });
export type SyncState = z.infer<typeof StateSchema>;

const parseState = (raw: unknown): SyncState => {
  const parsed = StateSchema.safeParse(raw);
  return parsed.success ? parsed.data : { enabled: false };
};

export const getSyncState = async (): Promise<SyncState> => parseState(await syncStateItem.getValue());
export const watchSyncState = (listener: (state: SyncState) => void) =>
  syncStateItem.watch((value) => listener(parseState(value)));
export const setSyncState = (state: SyncState) => syncStateItem.setValue(state);

/**
 * Turns sync on, unless this browser's settings alone would not fit in storage.sync: then it stays
 * off and the answer says by how much. (Merged with the account's, they may still not fit: the
 * background then pauses sync and says so in the status.)
 */
export async function enableSync(): Promise<Fit> {
  const fit = checkFit(toSyncItems(await getSettings()));
  if (fit.fits) await setSyncState({ enabled: true });
  return fit;
}

/** Turns sync off for this browser. The account keeps its copy for the person's other devices. */
export const disableSync = () => setSyncState({ enabled: false });
