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
