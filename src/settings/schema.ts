import * as z from 'zod/mini';
import {
  DEFAULT_PROFILE_ID,
  LANGUAGES,
  MAX_HIDDEN_PAGES,
  MAX_HIDDEN_SERVICES,
  MAX_PROFILES,
  MAX_TIME,
  METHODS,
  PAGE_KEY,
  PARTNER_REF,
  PROFILE_ID,
  SERVICE_KEY,
  THEMES,
} from './constants';
import { cleanLabel } from './text';

// The one description of the settings' shape. Everything else is derived from it: the types
// (z.output), the defaults (each field's `_default`), the reading of storage, of an imported file
// and of a sync item (`readProfile`, `parseSettings`), what is written back (`storedSettings`,
// `storedProfile`), and what an import keeps aside (`keptParts`). The content script's reader
// (page-view.ts) is the only other one, kept equal to this by its differential test.
//
// Forward compatible by rule: a field this version does not know, or a known field holding a value
// it cannot read (a newer method, a newer language…), is kept exactly as found in `kept` and written
// back in its place; the field reads as its default meanwhile. A bank id this version's list lacks is
// a well-formed value, kept as it is (pages/partners.ts says whether this build knows it).
//
// Told and seen: `method` and `partner` are what the person told the extension (popup, options,
// first-run page, the banner's question); guards and warnings rest on them only. `lastUsed` and
// `newGckeyAt` are what the extension saw the person do on IRCC's pages; they are only ever offered
// back as a question. `method: null` is "not told" (including "I don't remember").

export { DEFAULT_PROFILE_ID, METHODS, PAGE_KEY, type Method } from './constants';
export const MethodSchema = z.enum(METHODS);
/** A moment, as milliseconds since 1970, no later than the year 2100. */
export const TimeSchema = z.number().check(z.gte(0), z.lte(MAX_TIME));
export const ProfileIdSchema = z.string().check(z.regex(PROFILE_ID));
/** A Sign-In Partner as stored: any id of the list's form, whether this build's list has it or not. */
export const PartnerRefSchema = z.string().check(z.regex(PARTNER_REF));
/** A person's name, cleaned on every read (text.ts): storage, sync, import and typing alike. */
const LabelSchema = z.pipe(z.string(), z.transform(cleanLabel));
const PageKeySchema = z.string().check(z.regex(PAGE_KEY));
const ServiceKeySchema = z.string().check(z.regex(SERVICE_KEY));
const LanguageSchema = z.enum(LANGUAGES);
const ThemeSchema = z.enum(THEMES);
/** Anything this version could not read, by field name, exactly as found. */
const KeptSchema = z.record(z.string(), z.unknown());

/** Seen, not told: the method a sign-in was last started with, and the bank picked, if any. */
const LastUsedSchema = z.looseObject({
  method: MethodSchema,
  partner: z._default(z.nullable(PartnerRefSchema), null),
  at: TimeSchema,
});

/** The fields of a person, with their defaults. A field missing or unreadable reads as its default. */
const PROFILE_FIELDS = {
  /** What the person calls this profile; '' for the first one, shown as "Me". */
  label: z._default(LabelSchema, ''),
  /** Told: how this person signs in (null: not told, or "I don't remember"). */
  method: z._default(z.nullable(MethodSchema), null),
  /** Told: their bank; only meaningful with Sign-In Partner. */
  partner: z._default(z.nullable(PartnerRefSchema), null),
  /** Seen: what they last did. */
  lastUsed: z._default(z.nullable(LastUsedSchema), null),
  /** Seen: when they went ahead on the GCKey sign-up page (a new GCKey means a new, empty account). */
  newGckeyAt: z._default(z.nullable(TimeSchema), null),
  /** When this profile last changed, for sync. 0 or absent: before sync existed. */
  updatedAt: z.optional(TimeSchema),
  /**
   * When each field last changed, for sync's per-field merge: only fields changed before
   * `updatedAt` are listed (a field not listed changed at `updatedAt`, as every field of a profile
   * written before per-field times did).
   */
  times: z.optional(z.record(z.string(), TimeSchema)),
};
/** Fields that are sync's bookkeeping, not the person's content. */
export const PROFILE_BOOKKEEPING = ['id', 'updatedAt', 'times'] as const;

export const ProfileSchema = z.object({ id: ProfileIdSchema, ...PROFILE_FIELDS, kept: z.optional(KeptSchema) });
export type Profile = z.output<typeof ProfileSchema>;

/** A profile deleted at `at`: sync must not bring it back from a device that still has an older copy. */
export const TombstoneSchema = z.object({ id: ProfileIdSchema, at: TimeSchema });
export type Tombstone = z.output<typeof TombstoneSchema>;

/** The top-level fields read one by one (the lists and the people are read item by item, below). */
const SETTINGS_FIELDS = {
  /** The global off switch: no banner anywhere. */
  disabled: z._default(z.boolean(), false),
  /** What language banners speak: the IRCC page's own, or always English or French. */
  language: z._default(LanguageSchema, 'page'),
  theme: z._default(ThemeSchema, 'system'),
  /** When any of the prefs last changed, for sync. */
  prefsChangedAt: z._default(TimeSchema, 0),
};
const LIST_FIELDS = ['profiles', 'activeProfile', 'hiddenPages', 'hiddenServices', 'deletedProfiles'];

export const SettingsSchema = z.object({
  profiles: z.array(ProfileSchema).check(z.minLength(1), z.maxLength(MAX_PROFILES)),
  /** Who is signing in on this computer (not synced: each computer has its own). */
  activeProfile: ProfileIdSchema,
  /** Page kinds (`service/page`) whose banner the person closed or switched off. */
  hiddenPages: z.array(PageKeySchema).check(z.maxLength(MAX_HIDDEN_PAGES)),
  /** Services whose banners are all off. */
  hiddenServices: z.array(ServiceKeySchema).check(z.maxLength(MAX_HIDDEN_SERVICES)),
  ...SETTINGS_FIELDS,
  deletedProfiles: z.array(TombstoneSchema).check(z.maxLength(MAX_PROFILES)),
  kept: z.optional(KeptSchema),
});
export type Settings = z.output<typeof SettingsSchema>;

/** The settings that are not about one person; they travel (sync, import) as one block. */
export const PREF_KEYS = ['hiddenPages', 'hiddenServices', 'disabled', 'language', 'theme'] as const;
export type Prefs = Pick<Settings, (typeof PREF_KEYS)[number]>;

type Raw = Record<string, unknown>;
export const isObject = (value: unknown): value is Raw =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
/** Sets a key on a plain object as data, whatever its name (`__proto__` included). */
const put = (target: Raw, key: string, value: unknown) =>
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });

/**
 * Reads `raw`'s fields with their schemas: a readable value is used, a missing one defaults, an
 * unreadable one defaults and is kept, as are fields not in `fields` (except those in `skip`).
 */
function readFields<F extends Record<string, z.ZodMiniType>>(raw: Raw, fields: F, skip: readonly string[]) {
  const known: Raw = {};
  const kept: Raw = {};
  for (const [name, schema] of Object.entries(fields)) {
    const value = Object.hasOwn(raw, name) ? raw[name] : undefined;
    const parsed = schema.safeParse(value);
    const read = parsed.success ? parsed : schema.safeParse(undefined);
    if (!parsed.success) put(kept, name, value);
    if (read.success && read.data !== undefined) known[name] = read.data;
  }
  for (const key of Object.keys(raw)) if (!Object.hasOwn(fields, key) && !skip.includes(key)) put(kept, key, raw[key]);
  return { known: known as { [K in keyof F]: z.output<F[K]> }, kept };
}

/** `value` without `keys` (a copy). */
export function omit<T extends object, K extends string>(value: T, ...keys: K[]): Omit<T, K> {
  const rest: Raw = {};
  for (const key of Object.keys(value)) if (!keys.includes(key as K)) put(rest, key, (value as Raw)[key]);
  return rest as Omit<T, K>;
}

const withKept = <T extends object>(value: T, kept: Raw): T & { kept?: Raw } =>
  Object.keys(kept).length > 0 ? { ...value, kept } : value;

/** A person as stored, read tolerantly. Undefined only when it has no readable id (it cannot be anyone). */
export function readProfile(raw: unknown): Profile | undefined {
  if (!isObject(raw)) return undefined;
  const id = ProfileIdSchema.safeParse(raw.id);
  if (!id.success) return undefined;
  const { known, kept } = readFields(raw, PROFILE_FIELDS, ['id']);
  return withKept({ id: id.data, ...known }, kept);
}

/** A person as written (storage, export, sync): what was kept goes back where it was found. */
export function storedProfile({ kept, ...profile }: Profile): Raw {
  return { ...profile, ...kept };
}

export const newProfile = (id: string, label: string): Profile => ({
  id,
  label: cleanLabel(label),
  method: null,
  partner: null,
  lastUsed: null,
  newGckeyAt: null,
});

export const defaultPrefs = (): Prefs => ({
  hiddenPages: [],
  hiddenServices: [],
  disabled: false,
  language: 'page',
  theme: 'system',
});

export const defaultSettings = (): Settings => ({
  profiles: [newProfile(DEFAULT_PROFILE_ID, '')],
  activeProfile: DEFAULT_PROFILE_ID,
  ...defaultPrefs(),
  deletedProfiles: [],
  prefsChangedAt: 0,
});

/** The valid strings of a list, once each, at most `max` (the content script's reader does the same). */
function validKeys(raw: unknown, schema: z.ZodMiniType<string>, max: number): string[] {
  if (!Array.isArray(raw)) return [];
  const valid = raw.filter((key): key is string => schema.safeParse(key).success);
  return [...new Set(valid)].slice(0, max);
}

/** Valid tombstones, the first per id, in stored order (sync/stamp.ts keeps the newest first), at most MAX_PROFILES. */
function validTombstones(raw: unknown): Tombstone[] {
  const seen = new Set<string>();
  return (Array.isArray(raw) ? raw : [])
    .flatMap((candidate) => {
      const parsed = TombstoneSchema.safeParse(candidate);
      if (!parsed.success || seen.has(parsed.data.id)) return [];
      seen.add(parsed.data.id);
      return [parsed.data];
    })
    .slice(0, MAX_PROFILES);
}

/** The readable people of a list, the first per id, at most MAX_PROFILES. */
export function readProfiles(raw: unknown): Profile[] {
  const seen = new Set<string>();
  return (Array.isArray(raw) ? raw.slice(0, MAX_PROFILES) : []).flatMap((candidate) => {
    const profile = readProfile(candidate);
    if (!profile || seen.has(profile.id)) return [];
    seen.add(profile.id);
    return [profile];
  });
}

/**
 * Whatever storage (or a file, or sync) holds, usable Settings: readable parts are used, unknown and
 * unreadable single values are kept as they are (`kept`), people without a readable id, list items
 * that are not valid, and duplicates are left out (damage.ts notices that, quarantine.ts keeps the
 * original). Never throws.
 */
export function parseSettings(raw: unknown): Settings {
  const fallback = defaultSettings();
  if (!isObject(raw)) return fallback;
  const profiles = readProfiles(raw.profiles);
  if (profiles.length === 0) profiles.push(...fallback.profiles);
  const ids = new Set(profiles.map((profile) => profile.id));
  const active =
    typeof raw.activeProfile === 'string' && ids.has(raw.activeProfile) ? raw.activeProfile : profiles[0]!.id;
  const { known, kept } = readFields(raw, SETTINGS_FIELDS, LIST_FIELDS);
  return withKept(
    {
      profiles,
      activeProfile: active,
      hiddenPages: validKeys(raw.hiddenPages, PageKeySchema, MAX_HIDDEN_PAGES),
      hiddenServices: validKeys(raw.hiddenServices, ServiceKeySchema, MAX_HIDDEN_SERVICES),
      disabled: known.disabled,
      language: known.language,
      theme: known.theme,
      deletedProfiles: validTombstones(raw.deletedProfiles),
      prefsChangedAt: known.prefsChangedAt,
    },
    kept,
  );
}

/** The settings as written to storage: each person as stored, what was kept back where it was found. */
export function storedSettings({ kept, profiles, ...settings }: Settings): Raw {
  return { profiles: profiles.map(storedProfile), ...settings, ...kept };
}

/** Drops `keys` from a kept bag: a field the person just set is no longer the unread one. */
export function forget(kept: Raw | undefined, keys: readonly string[]): Raw | undefined {
  if (!kept || !keys.some((key) => Object.hasOwn(kept, key))) return kept;
  const rest: Raw = {};
  for (const key of Object.keys(kept)) if (!keys.includes(key)) put(rest, key, kept[key]);
  return Object.keys(rest).length > 0 ? rest : undefined;
}

export const activeProfile = (settings: Settings): Profile =>
  settings.profiles.find((profile) => profile.id === settings.activeProfile) ?? settings.profiles[0]!;

export const prefsOf = (settings: Settings): Prefs => ({
  hiddenPages: settings.hiddenPages,
  hiddenServices: settings.hiddenServices,
  disabled: settings.disabled,
  language: settings.language,
  theme: settings.theme,
});

/** What this version keeps without understanding it: where, which field, and whether the field is one it knows. */
export type KeptPart = { person: string | undefined; field: string; knownField: boolean; value: unknown };

/** Every value kept without being understood, top level first, then person by person. */
export function keptParts(settings: Settings): KeptPart[] {
  const parts = (kept: Raw | undefined, person: string | undefined, fields: object): KeptPart[] =>
    Object.keys(kept ?? {}).map((field) => ({
      person,
      field,
      knownField: Object.hasOwn(fields, field),
      value: kept![field],
    }));
  return [
    ...parts(settings.kept, undefined, SETTINGS_FIELDS),
    ...settings.profiles.flatMap((profile) => parts(profile.kept, profile.id, PROFILE_FIELDS)),
  ];
}
