import { describe, expect, it } from 'vitest';
import { PARTNER_IDS } from '../../pages/partners';
import { SETTINGS_VERSION, SYNC_PREFS_KEY } from '../constants';
import * as edits from '../edits';
import { pageViewOf } from '../page-view';
import {
  defaultSettings,
  parseSettings,
  type Profile,
  readProfile,
  type Settings,
  storedProfile,
  storedSettings,
} from '../schema';
import { diffItems, fromSyncItems, mergeSettings, type SyncItems, toSyncItems } from './merge';
import { canonical, contentOf, stampChanges } from './stamp';

// Two builds of the extension, on two computers, syncing through one browser account. The older one
// has today's bank list; the newer one's list has dropped Tangerine and added a bank the older does
// not know, and the newer build writes things the older cannot read: a new person field, a newer
// method, a newer language, a higher settings version in the prefs item and an item of its own.
// Each build reads storage through the same tolerant schema and merges with the same functions: the
// replay checks that, whatever the versions, no person is lost, no newer change is overwritten, and
// nothing is ever called damaged.

const NEW_BANK = 'bank-of-2030';
const OLD_BANKS: readonly string[] = PARTNER_IDS;
const NEW_BANKS: readonly string[] = [...PARTNER_IDS.filter((id) => id !== 'tangerine'), NEW_BANK];

type Build = { name: string; banks: readonly string[]; newer: boolean };
const OLDER: Build = { name: 'older', banks: OLD_BANKS, newer: false };
const NEWER: Build = { name: 'newer', banks: NEW_BANKS, newer: true };

/** A seeded generator: the same runs every time, so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}

/** A person's field set as the newer build would set it (for the older build, a field it keeps unread). */
const setRaw = (profile: Profile, field: string, value: unknown): Profile =>
  readProfile({ ...storedProfile(profile), [field]: value })!;

describe('two builds with different bank lists, syncing for several rounds', () => {
  // A hang guard, not a speed check (the default 5 s is too short on a busy machine).
  it(
    'lose no person, overwrite no newer change, and call nothing damaged (40 runs of 40 steps)',
    { timeout: 120_000 },
    () => {
      for (let run = 0; run < 40; run++) {
        const next = random(run + 100);
        const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
        let clock = 1_790_000_000_000;
        let account: SyncItems = {};
        const builds = [OLDER, NEWER];
        // What each computer holds in storage.local, as stored (each step reads it through the schema).
        const stored: unknown[] = [storedSettings(defaultSettings()), storedSettings(defaultSettings())];
        const read = (i: number): Settings => parseSettings(stored[i]);
        const people = new Set<string>(['me']);
        /** The last value written to each person's field, anywhere: what every computer must end with. */
        const latest = new Map<string, unknown>();
        const damaged: string[] = [];
        let spanish = false;

        const edit = (i: number, change: edits.Edit) => {
          clock += 1 + Math.floor(next() * 3);
          const before = read(i);
          const after = stampChanges(before, parseSettings(storedSettings(change(before))), clock);
          stored[i] = storedSettings(after);
          for (const profile of after.profiles) {
            const old = before.profiles.find((other) => other.id === profile.id);
            const [was, is] = [old ? contentOf(old) : {}, contentOf(profile)];
            for (const field of new Set([...Object.keys(was), ...Object.keys(is)]))
              if (!old || canonical(was[field]) !== canonical(is[field]))
                latest.set(`${profile.id}.${field}`, is[field]);
          }
        };
        const sync = (i: number) => {
          const remote = fromSyncItems(account);
          damaged.push(...remote.bad.map((bad) => `${builds[i]!.name} called ${bad.key} damaged`));
          const merged = mergeSettings(read(i), remote);
          if (!merged.ok) throw new Error('too many people');
          stored[i] = storedSettings(merged.settings);
          const items = toSyncItems(merged.settings);
          if (builds[i]!.newer) {
            // The newer build's own bookkeeping: a higher version, and an item the older has no name for.
            items[SYNC_PREFS_KEY] = { ...(items[SYNC_PREFS_KEY] as object), v: SETTINGS_VERSION + 1 };
            items['q:devices'] = { laptop: clock };
          }
          account = { ...account, ...diffItems(account, items) };
        };

        for (let step = 0; step < 40; step++) {
          const i = next() < 0.5 ? 0 : 1;
          const build = builds[i]!;
          const mine = read(i).profiles;
          const target = pick(mine).id;
          const roll = next();
          if (roll < 0.2) {
            const id = `p-${run}-${step}`;
            people.add(id);
            edit(i, edits.addProfile(`Person ${step}`, true, id));
          } else if (roll < 0.4) {
            // Each build offers only the banks it knows: the older one may pick Tangerine, the newer one its new bank.
            edit(i, edits.updateProfile(target, { method: 'sign-in-partner', partner: pick(build.banks) }));
          } else if (roll < 0.5) {
            edit(i, edits.renameProfile(target, `Name ${step}`));
          } else if (roll < 0.6) {
            edit(i, edits.updateProfile(target, { method: 'gckey' }));
          } else if (roll < 0.7 && build.newer) {
            // What only the newer build can write: a field and a method the older has never heard of.
            edit(i, (s) => ({
              ...s,
              profiles: s.profiles.map((p) =>
                p.id === target
                  ? setRaw(p, next() < 0.5 ? 'passkeyAt' : 'method', next() < 0.5 ? clock : 'passkey')
                  : p,
              ),
            }));
          } else if (roll < 0.75 && build.newer) {
            spanish = true;
            edit(i, (s) => parseSettings({ ...storedSettings(s), language: 'es' }));
          } else if (roll < 0.85) {
            edit(i, edits.fromMessage({ type: 'record-sign-in', method: 'gckey' }, clock + 1));
          }
          if (next() < 0.5) sync(i); // each computer syncs at its own pace
        }
        for (let round = 0; round < 3; round++) [0, 1].forEach(sync);

        const label = `run ${run}`;
        expect(damaged, label).toEqual([]);
        const [older, newer] = [read(0), read(1)];
        for (const settings of [older, newer]) {
          // No person lost.
          expect(settings.profiles.map((p) => p.id).sort(), label).toEqual([...people].sort());
          // No newer change overwritten: every field holds the last value written to it, on both computers.
          for (const profile of settings.profiles) {
            const content = contentOf(profile);
            for (const [key, value] of latest)
              if (key.startsWith(`${profile.id}.`))
                expect(canonical(content[key.slice(profile.id.length + 1)]), `${label}: ${key}`).toBe(canonical(value));
          }
        }
        // Both computers agree, and what the older one cannot read is still there, as it was.
        const everyone = (s: Settings) => s.profiles.map(storedProfile).sort((a, b) => (a.id! < b.id! ? -1 : 1));
        expect(canonical(everyone(older)), label).toBe(canonical(everyone(newer)));
        expect(account['q:devices'], label).toBeDefined();
        // A language only the newer build has is kept by the older one, in place, and read as its default.
        if (spanish) for (const settings of [older, newer]) expect(storedSettings(settings).language, label).toBe('es');
        if (spanish) expect(older.language, label).toBe('page');
        // For the older build's banner and guards, a bank it does not know is "no known bank", never a crash.
        for (const profile of older.profiles) {
          const view = pageViewOf({ ...older, activeProfile: profile.id }, OLD_BANKS).profile;
          expect(view.partner === null || OLD_BANKS.includes(view.partner), label).toBe(true);
          if (profile.partner === NEW_BANK) expect(view.partner, label).toBeNull();
        }
      }
    },
  );
});
