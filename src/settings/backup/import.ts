import { PARTNER_IDS } from '../../pages/partners';
import { MAX_PROFILES, SETTINGS_VERSION } from '../constants';
import { migrate } from '../migrations';
import {
  isObject,
  keptParts,
  omit,
  parseSettings,
  type Profile,
  readProfile,
  type Settings,
  storedProfile,
  storedSettings,
} from '../schema';
import { EXPORT_FORMAT } from './export';

/** Far above any real file (200 people take about 80 KB), far below what could hurt the page. */
export const MAX_IMPORT_BYTES = 512 * 1024;

/** Where in the file's `settings` something is: e.g. ['profiles', 2, 'label']. */
export type Where = (string | number)[];

/** Why a file cannot be imported at all: nothing in it can be read as settings. */
export type ImportProblem =
  | { code: 'too-large'; bytes: number; limit: number }
  | { code: 'empty' | 'not-json' | 'not-settings' | 'bad-version' | 'no-people' };

/**
 * What an import does not use as it is, for the preview to show before anything changes. Kept parts
 * come along and go out again in the next export, unchanged; left-out parts could not be read (the
 * options page keeps the whole file aside when it applies the import, so nothing is lost).
 */
export type Aside =
  | { code: 'newer-version'; version: number }
  | { code: 'unknown-field'; where: Where; field: string }
  | { code: 'unknown-value'; where: Where }
  | { code: 'unknown-bank'; where: Where; id: string }
  | { code: 'cleaned-name'; where: Where }
  | { code: 'left-out'; where: Where };

export type ImportResult =
  | { ok: true; settings: Settings; version: number; exportedAt: string | undefined; aside: Aside[] }
  | { ok: false; problem: ImportProblem };

const bytesOf = (text: string) => new TextEncoder().encode(text).length;

/** Checked on the file's size before reading it, and on the text again. */
export const checkImportSize = (bytes: number): ImportProblem | undefined =>
  bytes > MAX_IMPORT_BYTES ? { code: 'too-large', bytes, limit: MAX_IMPORT_BYTES } : undefined;

const fail = (problem: ImportProblem): ImportResult => ({ ok: false, problem });
const ENVELOPE = ['format', 'version', 'exportedAt', 'settings'];
const EXPORTED_AT = /^[0-9T:.+-]{1,40}Z?$/;

/** Whether `kept` holds `raw` (an item of a list anywhere in it, a key with an equal value). */
function holds(raw: unknown, kept: unknown): boolean {
  if (Array.isArray(raw)) return Array.isArray(kept) && raw.every((item) => kept.some((other) => holds(item, other)));
  if (isObject(raw))
    return isObject(kept) && Object.keys(raw).every((key) => Object.hasOwn(kept, key) && holds(raw[key], kept[key]));
  return Object.is(raw, kept);
}

/** The paths under `raw` whose values `kept` does not hold, as deep as they differ by key. */
function lost(raw: unknown, kept: unknown, where: Where): Where[] {
  if (holds(raw, kept)) return [];
  if (Array.isArray(raw) && Array.isArray(kept))
    return raw.flatMap((item, i) => (kept.some((other) => holds(item, other)) ? [] : [[...where, i]]));
  if (isObject(raw) && isObject(kept))
    return Object.keys(raw).flatMap((key) =>
      Object.hasOwn(kept, key) ? lost(raw[key], kept[key], [...where, key]) : [[...where, key]],
    );
  return [where];
}

function asideOfProfile(raw: Record<string, unknown>, profile: Profile, at: Where, known: readonly string[]): Aside[] {
  const aside: Aside[] = keptParts({ ...parseSettings(undefined), profiles: [profile] }).map((part) =>
    part.knownField
      ? { code: 'unknown-value', where: [...at, part.field] }
      : { code: 'unknown-field', where: at, field: part.field },
  );
  const banks: [Where, string | null | undefined][] = [
    [[...at, 'partner'], profile.partner],
    [[...at, 'lastUsed', 'partner'], profile.lastUsed?.partner as string | null | undefined],
  ];
  for (const [where, id] of banks) if (id && !known.includes(id)) aside.push({ code: 'unknown-bank', where, id });
  for (const where of lost(raw, storedProfile(profile), at))
    aside.push(where[at.length] === 'label' ? { code: 'cleaned-name', where } : { code: 'left-out', where });
  return aside;
}

/**
 * Reads an exported file, tolerantly, with the same schema as storage: whatever can be read is
 * imported; what this version does not understand is kept as it is (a bank it does not know, a
 * newer version's field or value) and listed; what cannot be read at all is left out and listed.
 * The whole file is refused only when nothing in it can be read as settings (not JSON, not ours, no
 * version, no readable person). An older version's file goes through the same migrations as stored
 * settings; a newer one's is read as it is. `known`: the bank ids this build knows. Pure: applying
 * the result is the caller's, after the person has seen the preview.
 */
export function readImport(text: string, known: readonly string[] = PARTNER_IDS): ImportResult {
  const tooLarge = checkImportSize(bytesOf(text));
  if (tooLarge) return fail(tooLarge);
  if (text.trim() === '') return fail({ code: 'empty' });
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }
  if (!isObject(json) || json.format !== EXPORT_FORMAT || !isObject(json.settings))
    return fail({ code: 'not-settings' });
  const { version } = json;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return fail({ code: 'bad-version' });
  const lifted = migrate(json.settings, version) as Record<string, unknown>;
  const rawProfiles = Array.isArray(lifted.profiles) ? lifted.profiles : [];
  if (!rawProfiles.some((profile) => readProfile(profile))) return fail({ code: 'no-people' });

  const settings = parseSettings(lifted);
  const aside: Aside[] = version > SETTINGS_VERSION ? [{ code: 'newer-version', version }] : [];
  for (const key of Object.keys(json)) if (!ENVELOPE.includes(key)) aside.push({ code: 'left-out', where: [key] });
  const exportedAt =
    typeof json.exportedAt === 'string' && EXPORTED_AT.test(json.exportedAt) ? json.exportedAt : undefined;

  for (const part of keptParts({ ...settings, profiles: [] }))
    aside.push(
      part.knownField
        ? { code: 'unknown-value', where: [part.field] }
        : { code: 'unknown-field', where: [], field: part.field },
    );
  const top = omit(storedSettings(settings), 'profiles', 'deletedProfiles');
  const rawTop = omit(lifted, 'profiles', 'deletedProfiles');
  for (const where of lost(rawTop, top, []))
    if (!settings.kept || !Object.hasOwn(settings.kept, where[0]!)) aside.push({ code: 'left-out', where });

  const byId = new Map(settings.profiles.map((profile) => [profile.id, profile]));
  const used = new Set<string>();
  rawProfiles.forEach((raw, index) => {
    const read = readProfile(raw);
    const profile = read && byId.get(read.id);
    if (!read || !profile || used.has(read.id) || index >= MAX_PROFILES)
      return void aside.push({ code: 'left-out', where: ['profiles', index] });
    used.add(read.id);
    aside.push(...asideOfProfile(raw as Record<string, unknown>, profile, ['profiles', index], known));
  });
  return { ok: true, settings, version, exportedAt, aside };
}
