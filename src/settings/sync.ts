import * as z from 'zod/mini';
import { MAX_PROFILES, SETTINGS_VERSION, SYNC_PREFS_KEY, SYNC_PROFILE_PREFIX } from './constants';
import {
  parseSettings,
  type Prefs,
  prefsOf,
  type Profile,
  type Settings,
  StrictPrefsShape,
  StrictProfileSchema,
  TimeSchema,
  type Tombstone,
} from './schema';
import { sameProfile } from './stamp';

// The pure half of sync: how settings are laid out in storage.sync, read back, and merged. The
// background (sync-run.ts) does the reading and writing. One item per profile, so that a change to
// one person is one small write and two devices editing different people never touch the same item;
// a deleted profile's item becomes a tombstone, so a device with an old copy does not bring it back.

export type SyncItems = Record<string, unknown>;

/** What storage.sync holds, validated. Items that fail validation are listed, to be kept aside. */
export type Remote = {
  prefs: (Prefs & { changedAt: number }) | undefined;
  profiles: Profile[];
  deleted: Tombstone[];
  /** Written by a newer version of the extension on another device: leave it alone. */
  newer: boolean;
  bad: { key: string; value: unknown }[];
};

const PrefsItemSchema = z.strictObject({ v: z.number(), changedAt: TimeSchema, ...StrictPrefsShape });
const TombstoneItemSchema = z.strictObject({ deletedAt: TimeSchema });

export function toSyncItems(settings: Settings): SyncItems {
  const items: SyncItems = {
    [SYNC_PREFS_KEY]: { v: SETTINGS_VERSION, changedAt: settings.prefsChangedAt, ...prefsOf(settings) },
  };
  for (const profile of settings.profiles)
    items[SYNC_PROFILE_PREFIX + profile.id] = { ...profile, updatedAt: profile.updatedAt ?? 0 };
  for (const { id, at } of settings.deletedProfiles) items[SYNC_PROFILE_PREFIX + id] = { deletedAt: at };
  return items;
}

export function fromSyncItems(items: SyncItems): Remote {
  const remote: Remote = { prefs: undefined, profiles: [], deleted: [], newer: false, bad: [] };
  for (const [key, value] of Object.entries(items)) {
    if (key === SYNC_PREFS_KEY) {
      const version = (value as { v?: unknown } | null)?.v;
      if (typeof version === 'number' && version > SETTINGS_VERSION) remote.newer = true;
      const parsed = PrefsItemSchema.safeParse(value);
      if (!parsed.success) remote.bad.push({ key, value });
      else remote.prefs = { ...prefsOf(parseSettings(parsed.data)), changedAt: parsed.data.changedAt };
    } else if (key.startsWith(SYNC_PROFILE_PREFIX)) {
      const id = key.slice(SYNC_PROFILE_PREFIX.length);
      const tombstone = TombstoneItemSchema.safeParse(value);
      const profile = StrictProfileSchema.safeParse(value);
      if (tombstone.success) remote.deleted.push({ id, at: tombstone.data.deletedAt });
      else if (profile.success && profile.data.id === id)
        remote.profiles.push(parseSettings({ profiles: [profile.data] }).profiles[0]!);
      else remote.bad.push({ key, value });
    } else remote.bad.push({ key, value }); // nothing of ours: another version's, or damage
  }
  return remote;
}

const time = (profile: Profile) => profile.updatedAt ?? 0;
const canonical = (value: unknown) =>
  JSON.stringify(value, (_, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)))
      : v,
  );
/** The later change wins; at the same moment, the same one on every device (so they agree, never ping-pong). */
const wins = (a: Profile, b: Profile) =>
  time(a) > time(b) || (time(a) === time(b) && !sameProfile(a, b) && canonical(a) > canonical(b));

export type Merged = { ok: true; settings: Settings } | { ok: false; tooMany: number };

/**
 * This device's settings merged with the account's. Per profile, the later change wins; a deletion
 * wins only over changes made before it (an edit after a deletion keeps the profile: nothing is lost
 * on the strength of a tie). The prefs travel as one block, the later wins. Who is signing in stays
 * this device's choice. Pure, and the same on both devices whichever merges first.
 */
export function mergeSettings(local: Settings, remote: Remote): Merged {
  const profiles = new Map(local.profiles.map((profile) => [profile.id, profile]));
  const remoteOnly = remote.profiles
    .filter((profile) => !profiles.has(profile.id))
    .sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const profile of remote.profiles)
    if (profiles.has(profile.id) && wins(profile, profiles.get(profile.id)!)) profiles.set(profile.id, profile);
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

  const mine = { ...prefsOf(local), changedAt: local.prefsChangedAt };
  const theirs = remote.prefs;
  const prefs =
    theirs &&
    (theirs.changedAt > mine.changedAt || (theirs.changedAt === mine.changedAt && canonical(theirs) > canonical(mine)))
      ? theirs
      : mine;
  const { changedAt, ...rest } = prefs;
  // parseSettings gives back the default profile if every profile was deleted everywhere.
  const settings = parseSettings({
    ...rest,
    profiles: kept,
    activeProfile: local.activeProfile,
    deletedProfiles,
    prefsChangedAt: changedAt,
  });
  return { ok: true, settings };
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

/** The writes that turn `current` (what storage.sync holds) into `next`: changed items, and ours no longer there. */
export function diffItems(current: SyncItems, next: SyncItems): { set: SyncItems; remove: string[] } {
  const set = Object.fromEntries(
    Object.entries(next).filter(
      ([key, value]) => !Object.hasOwn(current, key) || canonical(current[key]) !== canonical(value),
    ),
  );
  const remove = Object.keys(current).filter((key) => !Object.hasOwn(next, key));
  return { set, remove };
}
