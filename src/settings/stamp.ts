import { MAX_PROFILES } from './constants';
import { type Profile, prefsOf, type Settings } from './schema';

/** A profile's content, without its change time. */
const content = ({ updatedAt: _, ...profile }: Profile) => JSON.stringify(profile, Object.keys(profile).sort());
export const sameProfile = (a: Profile, b: Profile) => content(a) === content(b);

/**
 * Records what a change did, for sync's merge (sync.ts): a profile whose content changed gets the
 * time of the change; a removed one leaves a tombstone; a new one keeps the time it came with
 * (an imported backup) unless a tombstone says it was deleted since, in which case it is new again
 * now; the prefs get one change time. Pure.
 */
export function stampChanges(before: Settings, after: Settings, now: number): Settings {
  const previous = new Map(before.profiles.map((profile) => [profile.id, profile]));
  const tombstoned = new Set(after.deletedProfiles.map((tombstone) => tombstone.id));
  const profiles = after.profiles.map((profile) => {
    const old = previous.get(profile.id);
    const changed = old ? !sameProfile(old, profile) : !profile.updatedAt || tombstoned.has(profile.id);
    return changed ? { ...profile, updatedAt: now } : profile;
  });
  const present = new Set(profiles.map((profile) => profile.id));
  const removed = before.profiles.filter((profile) => !present.has(profile.id)).map(({ id }) => ({ id, at: now }));
  const deletedProfiles = [...removed, ...after.deletedProfiles.filter((tombstone) => !present.has(tombstone.id))]
    .filter((tombstone, index, all) => all.findIndex((other) => other.id === tombstone.id) === index)
    .slice(0, MAX_PROFILES);
  const prefsChanged = JSON.stringify(prefsOf(before)) !== JSON.stringify(prefsOf(after));
  return { ...after, profiles, deletedProfiles, prefsChangedAt: prefsChanged ? now : after.prefsChangedAt };
}
