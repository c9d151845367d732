import * as z from 'zod/mini';
import { PARTNER_IDS } from '../pages/partners';
import { DEFAULT_PROFILE_ID, MAX_PROFILES, MAX_TIME, METHODS, PAGE_KEY } from './constants';

// The authority on what settings look like (the content script reads through page-view.ts, which a
// test keeps equal to this). zod/mini keeps the background and popup bundles small.

export { DEFAULT_PROFILE_ID, METHODS, PAGE_KEY, type Method } from './constants';
export const MethodSchema = z.enum(METHODS);
const PartnerSchema = z.enum(PARTNER_IDS);
/** A moment, as milliseconds since 1970, no later than the year 2100. */
const TimeSchema = z.number().check(z.gte(0), z.lte(MAX_TIME));

/** What the person actually did last: the method they started a sign-in with, the bank they picked. */
const LastUsedSchema = z.object({
  method: MethodSchema,
  partner: z.catch(z.nullable(PartnerSchema), null),
  at: TimeSchema,
});

export const ProfileSchema = z.object({
  id: z.string().check(z.regex(/^[a-z0-9-]{1,40}$/)),
  /** What the person calls this profile; '' for the first one, shown as "Me". */
  label: z.catch(z.string().check(z.maxLength(60)), ''),
  method: z.catch(z.nullable(MethodSchema), null),
  /** Only meaningful with Sign-In Partner; an unknown bank (e.g. removed from the list) reads as null. */
  partner: z.catch(z.nullable(PartnerSchema), null),
  lastUsed: z.catch(z.nullable(LastUsedSchema), null),
  /** When the person went ahead on the GCKey sign-up page (a new GCKey means a new, empty account). */
  newGckeyAt: z.catch(z.nullable(TimeSchema), null),
});
export type Profile = z.infer<typeof ProfileSchema>;

export const SettingsSchema = z.object({
  profiles: z.array(ProfileSchema).check(z.minLength(1), z.maxLength(MAX_PROFILES)),
  activeProfile: z.string(),
  /** Page kinds (`service/page`) whose banner the person closed. */
  hiddenPages: z.catch(z.array(z.string().check(z.regex(PAGE_KEY))).check(z.maxLength(100)), []),
});
export type Settings = z.infer<typeof SettingsSchema>;

export const newProfile = (id: string, label: string): Profile => ({
  id,
  label,
  method: null,
  partner: null,
  lastUsed: null,
  newGckeyAt: null,
});

export const defaultSettings = (): Settings => ({
  profiles: [newProfile(DEFAULT_PROFILE_ID, '')],
  activeProfile: DEFAULT_PROFILE_ID,
  hiddenPages: [],
});

/**
 * Whatever storage holds, a usable Settings: valid parts are kept (each profile on its own, each
 * field on its own), anything else falls back to defaults. Never throws.
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
  const hidden = SettingsSchema.shape.hiddenPages.parse(record.hiddenPages);
  return { profiles, activeProfile: active, hiddenPages: [...new Set(hidden)] };
}

export const activeProfile = (settings: Settings): Profile =>
  settings.profiles.find((profile) => profile.id === settings.activeProfile) ?? settings.profiles[0]!;
