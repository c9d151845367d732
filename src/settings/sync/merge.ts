import { MAX_PROFILES, SETTINGS_VERSION, SYNC_PREFS_KEY, SYNC_PROFILE_PREFIX } from '../constants';
import {
  isObject,
  omit,
  parseSettings,
  type Prefs,
  prefsOf,
  type Profile,
  readProfile,
  type Settings,
  storedProfile,
  storedSettings,
  TimeSchema,
  type Tombstone,
} from '../schema';
import { canonical, contentOf, fieldTime, withTimes } from './stamp';

// The pure half of sync: how settings are laid out in storage.sync, read back, and merged. The
// background (run.ts) does the reading and writing. One item per profile, so that a change to one
// person is one small write and two devices editing different people never touch the same item; a
// deleted profile's item becomes a tombstone, so a device with an old copy does not bring it back.
//
// Whatever the versions: items are read with the same tolerant schema as storage, so what one
// build does not understand (a bank, a field, a value, an item it has no name for) is kept and
// written back as it was, never called damaged, never removed. Only an item this version cannot
// merge at all (not an object, or without a readable id or change time) is kept aside as damage,
// and replaced only when this device has its own copy of that person or of the prefs.

export type SyncItems = Record<string, unknown>;

/** The prefs block as it travels: the prefs, what this version kept of it without understanding it, and when it changed. */
export type RemotePrefs = { prefs: Prefs; kept: Settings['kept']; changedAt: number };

/** What storage.sync holds, read. Items that cannot be merged are listed, to be kept aside. */
export type Remote = {
  prefs: RemotePrefs | undefined;
  profiles: Profile[];
  deleted: Tombstone[];
  bad: { key: string; value: unknown }[];
};

export function toSyncItems(settings: Settings): SyncItems {
  const items: SyncItems = {
    // What this version kept without understanding it goes back in its place, beside the prefs.
    [SYNC_PREFS_KEY]: {
      ...prefsOf(settings),
      ...settings.kept,
      v: SETTINGS_VERSION,
      changedAt: settings.prefsChangedAt,
    },
  };
  for (const profile of settings.profiles)
    items[SYNC_PROFILE_PREFIX + profile.id] = { ...storedProfile(profile), updatedAt: profile.updatedAt ?? 0 };
  for (const { id, at } of settings.deletedProfiles) items[SYNC_PROFILE_PREFIX + id] = { deletedAt: at };
  return items;
}

export function fromSyncItems(items: SyncItems): Remote {
  const remote: Remote = { prefs: undefined, profiles: [], deleted: [], bad: [] };
  for (const [key, value] of Object.entries(items)) {
    if (key === SYNC_PREFS_KEY) {
      const changedAt = TimeSchema.safeParse(isObject(value) ? value.changedAt : undefined);
      if (!isObject(value) || !changedAt.success) remote.bad.push({ key, value });
      else {
        const read = parseSettings(omit(value, 'v', 'changedAt'));
        remote.prefs = { prefs: prefsOf(read), kept: read.kept, changedAt: changedAt.data };
      }
    } else if (key.startsWith(SYNC_PROFILE_PREFIX)) {
      const id = key.slice(SYNC_PROFILE_PREFIX.length);
      const deletedAt = TimeSchema.safeParse(isObject(value) ? value.deletedAt : undefined);
      const profile = readProfile(value);
      if (isObject(value) && !Object.hasOwn(value, 'id') && deletedAt.success)
        remote.deleted.push({ id, at: deletedAt.data });
      else if (profile && profile.id === id) remote.profiles.push(profile);
      else remote.bad.push({ key, value });
    }
    // Any other item is not ours to read: a newer version's, left as it is.
  }
  return remote;
}

const time = (profile: Profile) => profile.updatedAt ?? 0;

/**
 * Two copies of one person merged field by field: each field (what this version keeps without
 * understanding included) comes from the copy that changed it last; at the same moment, the same
 * one on every device (so they agree, never ping-pong). Commutative: either device gets the same.
 */
export function mergeProfile(a: Profile, b: Profile): Profile {
  const [ca, cb] = [contentOf(a), contentOf(b)];
  const merged: Record<string, unknown> = { id: a.id };
  const times: Record<string, number> = {};
  for (const field of [...new Set([...Object.keys(ca), ...Object.keys(cb)])].sort()) {
    const [ta, tb] = [fieldTime(a, field), fieldTime(b, field)];
    const takeB = tb > ta || (tb === ta && canonical(cb[field]) > canonical(ca[field]));
    const from = takeB ? cb : ca;
    if (Object.hasOwn(from, field))
      Object.defineProperty(merged, field, {
        value: from[field],
        enumerable: true,
        writable: true,
        configurable: true,
      });
    times[field] = Math.max(ta, tb);
  }
  const read = readProfile(merged)!;
  return withTimes({ ...read, updatedAt: Math.max(time(a), time(b)) }, times);
}

export type Merged = { ok: true; settings: Settings } | { ok: false; tooMany: number };

/**
 * This device's settings merged with the account's. Per person, per field, the later change wins
 * (mergeProfile); a person only one side has is kept (no device deletes a person it has not seen);
 * a deletion wins only over changes made before it (an edit after a deletion keeps the profile:
 * nothing is lost on the strength of a tie). The prefs travel as one block, the later wins. Who is
 * signing in stays this device's choice. Pure, and the same on both devices whichever merges first.
 */
export function mergeSettings(local: Settings, remote: Remote): Merged {
  const profiles = new Map(local.profiles.map((profile) => [profile.id, profile]));
  const remoteOnly = remote.profiles
    .filter((profile) => !profiles.has(profile.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const profile of remote.profiles)
    if (profiles.has(profile.id)) profiles.set(profile.id, mergeProfile(profiles.get(profile.id)!, profile));
  for (const profile of remoteOnly) profiles.set(profile.id, profile);

  const deletedAt = new Map<string, number>();
  for (const { id, at } of [...local.deletedProfiles, ...remote.deleted])
    deletedAt.set(id, Math.max(at, deletedAt.get(id) ?? 0));
  const kept = [...profiles.values()].filter((profile) => (deletedAt.get(profile.id) ?? -1) <= time(profile));
  if (kept.length > MAX_PROFILES) return { ok: false, tooMany: kept.length };
  const keptIds = new Set(kept.map((profile) => profile.id));
  const deletedProfiles = [...deletedAt]
    .filter(([id]) => !keptIds.has(id))
    .map(([id, at]) => ({ id, at }))
    .sort((a, b) => b.at - a.at || (a.id < b.id ? -1 : 1))
    .slice(0, MAX_PROFILES);

  const mine: RemotePrefs = { prefs: prefsOf(local), kept: local.kept, changedAt: local.prefsChangedAt };
  const theirs = remote.prefs;
  const prefs =
    theirs &&
    (theirs.changedAt > mine.changedAt || (theirs.changedAt === mine.changedAt && canonical(theirs) > canonical(mine)))
      ? theirs
      : mine;
  const settings: Settings = {
    ...prefs.prefs,
    ...(prefs.kept ? { kept: prefs.kept } : {}),
    // parseSettings' default person if every profile was deleted everywhere.
    profiles: kept.length > 0 ? kept : parseSettings(undefined).profiles,
    activeProfile: keptIds.has(local.activeProfile) ? local.activeProfile : (kept[0]?.id ?? local.activeProfile),
    deletedProfiles,
    prefsChangedAt: prefs.changedAt,
  };
  return { ok: true, settings: parseSettings(storedSettings(settings)) };
}

/** storage.sync's limits (Chrome's and Firefox's are the same), in bytes of key plus JSON value. */
export const SYNC_LIMITS = { total: 102_400, perItem: 8_192, items: 512 };
const bytes = (text: string) => new TextEncoder().encode(text).length;
export const itemBytes = (key: string, value: unknown) => bytes(key) + bytes(JSON.stringify(value));

export type Fit =
  { fits: true; bytes: number } | { fits: false; reason: 'total' | 'item' | 'count'; bytes: number; limit: number };

/** Whether these items fit in storage.sync, and if not, which limit they pass. */
export function checkFit(items: SyncItems, limits = SYNC_LIMITS): Fit {
  const sizes = Object.entries(items).map(([key, value]) => itemBytes(key, value));
  const total = sizes.reduce((sum, size) => sum + size, 0);
  const largest = Math.max(0, ...sizes);
  if (sizes.length > limits.items) return { fits: false, reason: 'count', bytes: sizes.length, limit: limits.items };
  if (largest > limits.perItem) return { fits: false, reason: 'item', bytes: largest, limit: limits.perItem };
  if (total > limits.total) return { fits: false, reason: 'total', bytes: total, limit: limits.total };
  return { fits: true, bytes: total };
}

/**
 * The writes that bring `current` (what storage.sync holds) up to `next`: the items that changed.
 * Nothing is ever removed: a deleted person's item becomes a tombstone, and an item this device has
 * no copy of (another version's, or one it could not read) is not its to delete.
 */
export function diffItems(current: SyncItems, next: SyncItems): SyncItems {
  return Object.fromEntries(
    Object.entries(next).filter(
      ([key, value]) => !Object.hasOwn(current, key) || canonical(current[key]) !== canonical(value),
    ),
  );
}
