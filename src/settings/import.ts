import * as z from 'zod/mini';
import { SETTINGS_VERSION } from './constants';
import { EXPORT_FORMAT } from './export';
import { migrate } from './migrations';
import { parseSettings, type Settings, StrictSettingsSchema } from './schema';
import { HOSTILE_TEXT } from './text';

/** Far above any real file (200 people take about 80 KB), far below what could hurt the page. */
export const MAX_IMPORT_BYTES = 512 * 1024;

/** Where in the file something is wrong, from its `settings`: e.g. ['profiles', 2, 'label']. */
export type Where = (string | number)[];

/** What is wrong with a file, for the options page to say in the person's language. */
export type ImportProblem =
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'empty' | 'not-json' | 'not-settings' | 'bad-version' | 'no-people' | 'unknown-active' }
  | { code: 'newer-version'; version: number }
  | { code: 'unknown-field'; where: Where; field: string }
  | { code: 'bad-value' | 'hostile-text'; where: Where }
  | { code: 'duplicate-person'; id: string }
  | { code: 'too-many-people'; count: number };

export type ImportResult =
  | { ok: true; settings: Settings; version: number; exportedAt: string | undefined }
  | { ok: false; problem: ImportProblem };

const bytesOf = (text: string) => new TextEncoder().encode(text).length;

/** Checked on the file's size before reading it, and on the text again. */
export const checkImportSize = (bytes: number): ImportProblem | undefined =>
  bytes > MAX_IMPORT_BYTES ? { code: 'too-large', bytes, limit: MAX_IMPORT_BYTES } : undefined;

const EnvelopeSchema = z.strictObject({
  format: z.literal(EXPORT_FORMAT),
  version: z.number().check(z.int(), z.gte(1)),
  exportedAt: z.optional(z.string().check(z.maxLength(40), z.regex(/^[0-9T:.+-]+Z?$/))),
  settings: z.unknown(),
});

const fail = (problem: ImportProblem): ImportResult => ({ ok: false, problem });

/** The first thing zod found wrong, as a problem the person can act on. */
function describeIssue(issue: z.core.$ZodIssue, count: number): ImportProblem {
  const where = issue.path.filter((part): part is string | number => typeof part !== 'symbol');
  if (issue.code === 'unrecognized_keys') return { code: 'unknown-field', where, field: issue.keys[0] ?? '' };
  if (where.length === 1 && where[0] === 'profiles' && issue.code === 'too_small') return { code: 'no-people' };
  if (where.length === 1 && where[0] === 'profiles' && issue.code === 'too_big')
    return { code: 'too-many-people', count };
  return { code: 'bad-value', where };
}

/**
 * Reads an exported file, strictly: any doubt refuses the whole file and says why, so a bad file
 * changes nothing. An older version's file goes through the same migrations as stored settings.
 * Pure: applying the result is the caller's, after the person has seen the preview.
 */
export function readImport(text: string): ImportResult {
  const tooLarge = checkImportSize(bytesOf(text));
  if (tooLarge) return fail(tooLarge);
  if (text.trim() === '') return fail({ code: 'empty' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }
  const record =
    typeof json === 'object' && json !== null && !Array.isArray(json) ? (json as Record<string, unknown>) : {};
  if (record.format !== EXPORT_FORMAT) return fail({ code: 'not-settings' });
  const { version } = record;
  if (typeof version === 'number' && Number.isInteger(version) && version > SETTINGS_VERSION) {
    return fail({ code: 'newer-version', version });
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) {
    const issue = envelope.error.issues[0]!;
    if (issue.path[0] === 'version' || (issue.path.length === 0 && !('version' in record)))
      return fail({ code: 'bad-version' });
    if (issue.code === 'unrecognized_keys')
      return fail({ code: 'unknown-field', where: [], field: issue.keys[0] ?? '' });
    return fail({ code: 'bad-value', where: issue.path.filter((part): part is string => typeof part === 'string') });
  }
  const { settings: raw, exportedAt } = envelope.data;
  const lifted = migrate(raw, envelope.data.version);
  const count = Array.isArray((lifted as { profiles?: unknown } | null)?.profiles)
    ? (lifted as { profiles: unknown[] }).profiles.length
    : 0;
  const strict = StrictSettingsSchema.safeParse(lifted);
  if (!strict.success) return fail(describeIssue(strict.error.issues[0]!, count));

  const ids = new Set<string>();
  for (const [index, profile] of strict.data.profiles.entries()) {
    if (profile.label !== undefined && HOSTILE_TEXT.test(profile.label))
      return fail({ code: 'hostile-text', where: ['profiles', index, 'label'] });
    if (ids.has(profile.id)) return fail({ code: 'duplicate-person', id: profile.id });
    ids.add(profile.id);
  }
  if (strict.data.activeProfile !== undefined && !ids.has(strict.data.activeProfile))
    return fail({ code: 'unknown-active' });
  // Strictly valid, so the tolerant reading only fills in what the file left out.
  return { ok: true, settings: parseSettings(strict.data), version: envelope.data.version, exportedAt };
}
