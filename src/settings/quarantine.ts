import * as z from 'zod/mini';
import { quarantineItem } from './items';
import { TimeSchema } from './schema';

/**
 * Stored values that failed validation, kept aside exactly as they were (as JSON text) so that
 * nothing is ever silently dropped: the options page says so and lets the person download them.
 * Kept until the person dismisses them (or forgets everything); this browser only, never synced.
 */
export type QuarantineEntry = z.infer<typeof EntrySchema>;
const EntrySchema = z.object({
  at: TimeSchema,
  /** Where the value was found: this browser's storage, the browser account's sync, or a file imported with parts left out. */
  source: z.enum(['storage', 'sync', 'import']),
  text: z.string(),
  /** The original was larger than MAX_TEXT: only its beginning is kept. */
  truncated: z.boolean(),
});

/** Enough for any real settings value many times over; a larger one is damage, and its start is kept. */
export const MAX_TEXT = 1_000_000;
/** What all entries may hold together: storage.local holds 10 MB, and settings must always fit beside. */
const MAX_TOTAL = 2_000_000;

/** The stored value as readable text: JSON where it can be, else what JavaScript makes of it. */
export function rawText(raw: unknown): { text: string; truncated: boolean } {
  let text: string;
  try {
    text = JSON.stringify(raw, null, 2) ?? String(raw);
  } catch {
    text = String(raw);
  }
  return text.length > MAX_TEXT ? { text: text.slice(0, MAX_TEXT), truncated: true } : { text, truncated: false };
}

const validEntries = (raw: unknown): QuarantineEntry[] =>
  (Array.isArray(raw) ? raw : []).flatMap((entry) => {
    const parsed = EntrySchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });

export async function getQuarantine(): Promise<QuarantineEntry[]> {
  return validEntries(await quarantineItem.getValue());
}

export function watchQuarantine(listener: (entries: QuarantineEntry[]) => void): () => void {
  return quarantineItem.watch((value) => listener(validEntries(value)));
}

/**
 * Keeps a damaged value aside, once (the same text twice is one entry), newest first, within MAX_TOTAL
 * (the oldest go first beyond it). Never throws: a full disk must not stop the person saving.
 */
export async function keepAside(raw: unknown, source: QuarantineEntry['source'], now = Date.now()): Promise<void> {
  try {
    const { text, truncated } = rawText(raw);
    const entries = await getQuarantine();
    if (entries.some((entry) => entry.text === text)) return;
    let total = 0;
    const kept = [{ at: now, source, text, truncated }, ...entries].filter(
      (entry) => (total += entry.text.length) <= MAX_TOTAL,
    );
    await quarantineItem.setValue(kept);
  } catch (error) {
    console.error('Could not keep a damaged settings value aside', error);
  }
}

/** The person downloaded it, or does not want it: theirs to remove. */
export async function dismissQuarantined(entry: QuarantineEntry): Promise<void> {
  const entries = await getQuarantine();
  await quarantineItem.setValue(entries.filter((other) => other.text !== entry.text || other.at !== entry.at));
}
