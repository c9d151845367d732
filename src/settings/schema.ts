import * as z from 'zod/mini';
import { PARTNER_IDS } from '../pages/partners';
import {
  DEFAULT_PROFILE_ID,
  LANGUAGES,
  MAX_HIDDEN_PAGES,
  MAX_HIDDEN_SERVICES,
  MAX_LABEL,
  MAX_PROFILES,
  MAX_TIME,
  METHODS,
  PAGE_KEY,
  PROFILE_ID,
  SERVICE_KEY,
  THEMES,
} from './constants';

// The authority on what settings look like (the content script reads through page-view.ts, which a
// test keeps equal to this). zod/mini keeps the background and popup bundles small. Two readings of
// one shape: the tolerant one (storage: keep every valid part, default the rest) and the strict one
// (an imported file: any wrong or unknown part refuses the whole file).

export { DEFAULT_PROFILE_ID, METHODS, PAGE_KEY, type Method } from './constants';
export const MethodSchema = z.enum(METHODS);
const PartnerSchema = z.enum(PARTNER_IDS);
/** A moment, as milliseconds since 1970, no later than the year 2100. */
export const TimeSchema = z.number().check(z.gte(0), z.lte(MAX_TIME));
export const ProfileIdSchema = z.string().check(z.regex(PROFILE_ID));
const LabelSchema = z.string().check(z.maxLength(MAX_LABEL));
const PageKeySchema = z.string().check(z.regex(PAGE_KEY));
const ServiceKeySchema = z.string().check(z.regex(SERVICE_KEY));
const LanguageSchema = z.enum(LANGUAGES);
const ThemeSchema = z.enum(THEMES);

/** What the person actually did last: the method they started a sign-in with, the bank they picked. */
const LastUsedSchema = z.object({
  method: MethodSchema,
  partner: z.catch(z.nullable(PartnerSchema), null),
  at: TimeSchema,
});

export const ProfileSchema = z.object({
  id: ProfileIdSchema,
  /** What the person calls this profile; '' for the first one, shown as "Me". */
  label: z.catch(LabelSchema, ''),
  method: z.catch(z.nullable(MethodSchema), null),
  /** Only meaningful with Sign-In Partner; an unknown bank (e.g. removed from the list) reads as null. */
  partner: z.catch(z.nullable(PartnerSchema), null),
  lastUsed: z.catch(z.nullable(LastUsedSchema), null),
  /** When the person went ahead on the GCKey sign-up page (a new GCKey means a new, empty account). */
  newGckeyAt: z.catch(z.nullable(TimeSchema), null),
  /** When this profile last changed (version 2): sync keeps the newer of two copies. 0 or absent: before that. */
  updatedAt: z.optional(z.catch(TimeSchema, 0)),
});
export type Profile = z.infer<typeof ProfileSchema>;

/** A profile deleted at `at`: sync must not bring it back from a device that still has an older copy. */
export const TombstoneSchema = z.object({ id: ProfileIdSchema, at: TimeSchema });
export type Tombstone = z.infer<typeof TombstoneSchema>;

/** The settings that are not about one person; they travel (sync, import) as one block. */
export type Prefs = {
  /** Page kinds (`service/page`) whose banner the person closed or switched off. */
  hiddenPages: string[];
  /** Services whose banners are all off. */
  hiddenServices: string[];
  /** The global off switch: no banner anywhere. */
  disabled: boolean;
  language: z.infer<typeof LanguageSchema>;
  theme: z.infer<typeof ThemeSchema>;
};
export const PREF_KEYS = ['hiddenPages', 'hiddenServices', 'disabled', 'language', 'theme'] as const;

export type Settings = Prefs & {
  profiles: Profile[];
  /** Who is signing in on this computer (not synced: each computer has its own). */
  activeProfile: string;
  deletedProfiles: Tombstone[];
  /** When any of the prefs last changed, for sync. */
  prefsChangedAt: number;
};

/** The strict reading, for files the person imports and sync items: none unknown, none wrong; missing ones default. */
export const StrictProfileSchema = z.strictObject({
  id: ProfileIdSchema,
  label: z.optional(LabelSchema),
  method: z.optional(z.nullable(MethodSchema)),
  partner: z.optional(z.nullable(PartnerSchema)),
  lastUsed: z.optional(
    z.nullable(
      z.strictObject({ method: MethodSchema, partner: z.optional(z.nullable(PartnerSchema)), at: TimeSchema }),
    ),
  ),
  newGckeyAt: z.optional(z.nullable(TimeSchema)),
  updatedAt: z.optional(TimeSchema),
});

export const StrictPrefsShape = {
  hiddenPages: z.optional(z.array(PageKeySchema).check(z.maxLength(MAX_HIDDEN_PAGES))),
  hiddenServices: z.optional(z.array(ServiceKeySchema).check(z.maxLength(MAX_HIDDEN_SERVICES))),
  disabled: z.optional(z.boolean()),
  language: z.optional(LanguageSchema),
  theme: z.optional(ThemeSchema),
};

export const StrictSettingsSchema = z.strictObject({
  profiles: z.array(StrictProfileSchema).check(z.minLength(1), z.maxLength(MAX_PROFILES)),
  activeProfile: z.optional(ProfileIdSchema),
  ...StrictPrefsShape,
  deletedProfiles: z.optional(z.array(z.strictObject(TombstoneSchema.shape)).check(z.maxLength(MAX_PROFILES))),
  prefsChangedAt: z.optional(TimeSchema),
});

export const newProfile = (id: string, label: string): Profile => ({
  id,
  label,
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
function validKeys(raw: unknown, pattern: RegExp, max: number): string[] {
  if (!Array.isArray(raw)) return [];
  const valid = raw.filter((key): key is string => typeof key === 'string' && pattern.test(key));
  return [...new Set(valid)].slice(0, max);
}

/** Valid tombstones, the first per id, in stored order (stamp.ts keeps the newest first), at most MAX_PROFILES. */
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

const pick = <T>(schema: z.ZodMiniType<T>, raw: unknown, fallback: T): T => {
  const parsed = schema.safeParse(raw);
  return parsed.success ? parsed.data : fallback;
};

/**
 * Whatever storage holds, a usable Settings: valid parts are kept (each profile on its own, each
 * field on its own), anything else falls back to defaults. Never throws. What it could not keep is
 * noticed by `keepsEverything` (damage.ts) and kept aside (quarantine.ts) before anything is written.
 */
export function parseSettings(raw: unknown): Settings {
  const fallback = defaultSettings();
  if (typeof raw !== 'object' || raw === null) return fallback;
  const record = raw as Record<string, unknown>;
  const seen = new Set<string>();
  const profiles = (Array.isArray(record.profiles) ? record.profiles : [])
    .slice(0, MAX_PROFILES)
    .flatMap((candidate) => {
      const parsed = ProfileSchema.safeParse(candidate);
      if (!parsed.success || seen.has(parsed.data.id)) return [];
      seen.add(parsed.data.id);
      return [parsed.data];
    });
  if (profiles.length === 0) profiles.push(...fallback.profiles);
  const active =
    typeof record.activeProfile === 'string' && seen.has(record.activeProfile) ? record.activeProfile : profiles[0]!.id;
  return {
    profiles,
    activeProfile: active,
    hiddenPages: validKeys(record.hiddenPages, PAGE_KEY, MAX_HIDDEN_PAGES),
    hiddenServices: validKeys(record.hiddenServices, SERVICE_KEY, MAX_HIDDEN_SERVICES),
    disabled: record.disabled === true,
    language: pick(LanguageSchema, record.language, fallback.language),
    theme: pick(ThemeSchema, record.theme, fallback.theme),
    deletedProfiles: validTombstones(record.deletedProfiles),
    prefsChangedAt: pick(TimeSchema, record.prefsChangedAt, 0),
  };
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
