import { MAX_PROFILES } from '../constants';
import { omit, PROFILE_BOOKKEEPING, type Profile, prefsOf, type Settings, storedProfile } from '../schema';

type Raw = Record<string, unknown>;

/** JSON with object keys sorted: equal values give equal text whatever their key order. */
export const canonical = (value: unknown): string =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  ) ?? '';

/** A profile's content fields as stored (what was kept included), without sync's bookkeeping. */
export function contentOf(profile: Profile): Raw {
  const stored = storedProfile(profile);
  for (const key of PROFILE_BOOKKEEPING) delete stored[key];
  return stored;
}
export const sameProfile = (a: Profile, b: Profile) => canonical(contentOf(a)) === canonical(contentOf(b));

/**
 * When `field` of `profile` last changed: its own time, or else the profile's (0: before sync
 * existed). A field the profile does not have, and has no time for, was never set here (a field
 * this copy has never seen): any copy that has it wins it.
 */
export function fieldTime(profile: Profile, field: string): number {
  const own = profile.times?.[field];
  if (own !== undefined) return own;
  return Object.hasOwn(contentOf(profile), field) ? (profile.updatedAt ?? 0) : -1;
}

/**
 * The per-field times in their short form: the profile's time is the latest of them, and only fields
 * that changed before it, or were removed, are listed (so a profile changed once, or written before
 * per-field times, has none).
 */
export function withTimes(profile: Profile, times: Record<string, number>): Profile {
  const rest = omit(profile, 'times');
  const updatedAt = Math.max(profile.updatedAt ?? 0, ...Object.values(times));
  const content = contentOf(profile);
  const listed = Object.entries(times).filter(
    ([field, at]) => at >= 0 && (at < updatedAt || !Object.hasOwn(content, field)),
  );
  return { ...rest, updatedAt, ...(listed.length > 0 ? { times: Object.fromEntries(listed) } : {}) };
}

/**
 * The time a change made at `now` is stamped with: `now`, or just after `after` if the clock has
 * not moved past it. A change is made after everything it replaces, so it must win over it in the
 * merge; the same millisecond would be a tie (a rename right after a sync could lose to the old name).
 */
export const laterThan = (after: number, now: number): number => Math.max(now, after + 1);

/** A changed profile stamped: the fields that changed now (after the profile's last time), the others at the time they had. */
function stampProfile(before: Profile, after: Profile, now: number): Profile {
  const [was, is] = [contentOf(before), contentOf(after)];
  const fields = [...new Set([...Object.keys(was), ...Object.keys(is)])];
  const changed = fields.filter((field) => canonical(was[field]) !== canonical(is[field]));
  if (changed.length === 0) return after;
  const at = laterThan(before.updatedAt ?? 0, now);
  const times = Object.fromEntries(
    fields.map((field) => [field, changed.includes(field) ? at : fieldTime(before, field)]),
  );
  return withTimes({ ...after, updatedAt: at }, times);
}

/**
 * Records what a change did, for sync's merge (merge.ts): each field of a profile that changed gets
 * the time of the change; a removed profile leaves a tombstone; a new one keeps the time it came
 * with (an imported backup) unless a tombstone says it was deleted since, in which case it is new
 * again now; the prefs get one change time. Pure.
 */
export function stampChanges(before: Settings, after: Settings, now: number): Settings {
  const previous = new Map(before.profiles.map((profile) => [profile.id, profile]));
  const tombstoned = new Map(after.deletedProfiles.map((tombstone) => [tombstone.id, tombstone.at]));
  const profiles = after.profiles.map((profile) => {
    const old = previous.get(profile.id);
    if (old) return stampProfile(old, profile, now);
    const deletedAt = tombstoned.get(profile.id);
    if (!profile.updatedAt || deletedAt !== undefined) {
      return { ...omit(profile, 'times'), updatedAt: laterThan(deletedAt ?? 0, now) };
    }
    return profile;
  });
  const present = new Set(profiles.map((profile) => profile.id));
  // A deletion wins only over changes made before it (merge.ts), so it is stamped after the profile's last one.
  const removed = before.profiles
    .filter((profile) => !present.has(profile.id))
    .map(({ id, updatedAt }) => ({ id, at: laterThan(updatedAt ?? 0, now) }));
  const deletedProfiles = [...removed, ...after.deletedProfiles.filter((tombstone) => !present.has(tombstone.id))]
    .filter((tombstone, index, all) => all.findIndex((other) => other.id === tombstone.id) === index)
    .slice(0, MAX_PROFILES);
  const prefsChanged =
    canonical({ ...prefsOf(before), kept: before.kept }) !== canonical({ ...prefsOf(after), kept: after.kept });
  return {
    ...after,
    profiles,
    deletedProfiles,
    prefsChangedAt: prefsChanged ? laterThan(before.prefsChangedAt ?? 0, now) : after.prefsChangedAt,
  };
}
