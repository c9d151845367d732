import { SETTINGS_VERSION } from './constants';

// Numbered migrations of the stored settings: `MIGRATIONS[n]` lifts a version n-1 value to version n.
// Each is pure and total: it never throws, and it passes anything it does not recognise through
// untouched, so the read-time repair (schema.ts) and the quarantine (quarantine.ts) see the original.
// The same functions lift older exported files (import.ts). Each has a test fed data of its version.

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Version 1 (the first release: profiles, activeProfile, hiddenPages) → version 2, which adds the
 * options page's switches (global off, per service, language, theme) and what sync needs (a change
 * time per profile and for the rest, and the deleted profiles). Fields already there are kept as they
 * are, so running it on a value that is already version 2 changes nothing.
 */
export function v1ToV2(value: unknown): unknown {
  if (!isObject(value)) return value;
  const profiles = Array.isArray(value.profiles)
    ? value.profiles.map((profile: unknown) =>
        isObject(profile) && !Object.hasOwn(profile, 'updatedAt') ? { ...profile, updatedAt: 0 } : profile,
      )
    : value.profiles;
  return {
    hiddenServices: [],
    disabled: false,
    language: 'page',
    theme: 'system',
    deletedProfiles: [],
    prefsChangedAt: 0,
    ...value,
    ...(Object.hasOwn(value, 'profiles') ? { profiles } : {}),
  };
}

export const MIGRATIONS: Record<number, (value: unknown) => unknown> = { 2: v1ToV2 };

/** Lifts a value of version `from` to the current version, through every migration in turn. */
export function migrate(value: unknown, from: number): unknown {
  let current = value;
  for (let version = from + 1; version <= SETTINGS_VERSION; version++) current = MIGRATIONS[version]!(current);
  return current;
}
