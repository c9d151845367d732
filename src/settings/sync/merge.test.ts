import { describe, expect, it } from 'vitest';
import { MAX_PROFILES } from '../constants';
import { defaultSettings, newProfile, type Profile, type Settings } from '../schema';
import { checkFit, diffItems, fromSyncItems, mergeSettings, SYNC_LIMITS, type SyncItems, toSyncItems } from './merge';
import { stampChanges } from './stamp';

const person = (id: string, updatedAt: number, more: Partial<Profile> = {}): Profile => ({
  ...newProfile(id, id),
  updatedAt,
  ...more,
});
const device = (profiles: Profile[], more: Partial<Settings> = {}): Settings => ({
  ...defaultSettings(),
  profiles,
  activeProfile: profiles[0]!.id,
  ...more,
});
const merged = (local: Settings, remote: Settings | SyncItems) => {
  const items =
    'profiles' in remote && Array.isArray(remote.profiles) ? toSyncItems(remote as Settings) : (remote as SyncItems);
  const result = mergeSettings(local, fromSyncItems(items));
  if (!result.ok) throw new Error(`too many: ${result.tooMany}`);
  return result.settings;
};
const ids = (settings: Settings) => settings.profiles.map((profile) => profile.id);

describe('merging two devices’ settings', () => {
  it('keeps people added on each device', () => {
    const a = device([person('me', 10), person('maria', 20)]);
    const b = device([person('me', 10), person('ahmed', 30)]);
    expect(ids(merged(a, b))).toEqual(['me', 'maria', 'ahmed']);
    expect(ids(merged(b, a))).toEqual(['me', 'ahmed', 'maria']);
  });

  it('keeps the later change to the same person, whichever device merges', () => {
    const a = device([person('maria', 20, { method: 'gckey' })]);
    const b = device([person('maria', 25, { method: 'sign-in-partner', partner: 'td' })]);
    expect(merged(a, b).profiles[0]).toMatchObject({ method: 'sign-in-partner', partner: 'td' });
    expect(merged(b, a).profiles[0]).toMatchObject({ method: 'sign-in-partner', partner: 'td' });
  });

  it('picks the same one on both devices when two changes have the same time (no back and forth)', () => {
    const a = device([person('maria', 20, { method: 'gckey' })]);
    const b = device([person('maria', 20, { method: 'sign-in-partner' })]);
    expect(merged(a, b).profiles).toEqual(merged(b, a).profiles);
  });

  it('a deletion wins over older changes, and loses to a change made after it', () => {
    const deleter = device([person('me', 10)], { deletedProfiles: [{ id: 'maria', at: 50 }] });
    expect(ids(merged(deleter, device([person('me', 10), person('maria', 40)])))).toEqual(['me']);
    expect(ids(merged(device([person('me', 10), person('maria', 40)]), deleter))).toEqual(['me']);
    expect(ids(merged(deleter, device([person('me', 10), person('maria', 60)])))).toEqual(['me', 'maria']);
    // At the same moment, the person is kept: nothing is lost on a tie.
    expect(ids(merged(deleter, device([person('me', 10), person('maria', 50)])))).toEqual(['me', 'maria']);
  });

  it('keeps the later prefs as one block, and each device’s own person signing in', () => {
    const a = device([person('me', 1), person('maria', 1)], {
      theme: 'dark',
      prefsChangedAt: 5,
      activeProfile: 'maria',
    });
    const b = device([person('me', 1), person('maria', 1)], {
      language: 'fr',
      hiddenPages: ['gckey/info'],
      prefsChangedAt: 9,
    });
    const result = merged(a, b);
    expect(result).toMatchObject({ theme: 'system', language: 'fr', hiddenPages: ['gckey/info'], prefsChangedAt: 9 });
    expect(result.activeProfile).toBe('maria');
  });

  it('refuses, changing nothing, when together there would be more people than are kept', () => {
    const many = (prefix: string) => device(Array.from({ length: 150 }, (_, i) => person(`${prefix}-${i}`, 1)));
    const result = mergeSettings(many('a'), fromSyncItems(toSyncItems(many('b'))));
    expect(result).toEqual({ ok: false, tooMany: 300 });
    expect(MAX_PROFILES).toBeLessThan(300);
  });

  it('keeps a version 1 person (no change time) against nothing, and loses it to any later change', () => {
    const old = (({ updatedAt: _, ...rest }: Profile) => rest)(person('me', 0, { method: 'gckey' }));
    expect(merged(device([old]), device([person('me', 5, { method: 'sign-in-partner' })])).profiles[0]!.method).toBe(
      'sign-in-partner',
    );
  });

  it('uses every item it can merge, keeps what it does not know in place, and lists only unmergeable ones', () => {
    const items = {
      ...toSyncItems(device([person('me', 1), person('maria', 2)])),
      'p:ahmed': { id: 'someone-else', label: 'x' },
      'p:bob': 'junk',
      'p:zoe': { ...person('zoe', 3), note: 'from a newer version', partner: 'bank-of-2030' },
      stray: 1,
    };
    const remote = fromSyncItems(items);
    expect(remote.profiles.map((profile) => profile.id)).toEqual(['me', 'maria', 'zoe']);
    expect(remote.profiles[2]).toMatchObject({ partner: 'bank-of-2030', kept: { note: 'from a newer version' } });
    // `stray` is not ours to read (a newer version's item): not damage, left alone.
    expect(remote.bad.map((bad) => bad.key).sort()).toEqual(['p:ahmed', 'p:bob']);
    const newer = fromSyncItems({ prefs: { v: 99, changedAt: 1, theme: 'dark', somethingNew: true } });
    expect(newer.prefs).toEqual({
      prefs: { hiddenPages: [], hiddenServices: [], disabled: false, language: 'page', theme: 'dark' },
      kept: { somethingNew: true },
      changedAt: 1,
    });
    expect(newer.bad).toEqual([]);
  });

  it('lays settings out as one item per person plus one for the rest, and reads them back', () => {
    const settings = device(
      [person('me', 1), person('maria', 2, { lastUsed: { method: 'gckey', partner: null, at: 5 } })],
      {
        deletedProfiles: [{ id: 'bob', at: 9 }],
        theme: 'dark',
        prefsChangedAt: 3,
      },
    );
    const items = toSyncItems(settings);
    expect(Object.keys(items).sort()).toEqual(['p:bob', 'p:maria', 'p:me', 'prefs']);
    const remote = fromSyncItems(items);
    expect(remote.profiles).toEqual(settings.profiles);
    expect(remote.deleted).toEqual([{ id: 'bob', at: 9 }]);
    expect(remote.prefs).toMatchObject({ prefs: { theme: 'dark' }, changedAt: 3 });
  });
});

describe('two devices editing at the same time, synced through one account', () => {
  // A small seeded generator: the same runs every time, so a failure can be replayed.
  function random(seed: number) {
    return () => {
      seed = (seed * 1664525 + 1013904223) % 2 ** 32;
      return seed / 2 ** 32;
    };
  }

  // A hang guard, not a speed check: on a busy machine the default 5 s is not enough.
  it(
    'never loses a person that was not deleted, and ends with both devices the same (60 runs)',
    { timeout: 120_000 },
    () => {
      for (let run = 0; run < 60; run++) {
        const next = random(run + 1);
        let clock = 1_764_000_000_000;
        let remote: SyncItems = {};
        const devices = [device([person('me', 0)]), device([person('me', 0)])];
        const added = new Set<string>(['me']);
        const deleted = new Set<string>();
        const sync = (i: number) => {
          const result = mergeSettings(devices[i]!, fromSyncItems(remote));
          if (!result.ok) throw new Error('too many');
          devices[i] = result.settings;
          remote = { ...remote, ...diffItems(remote, toSyncItems(result.settings)) };
        };
        const edit = (i: number, change: (settings: Settings) => Settings) => {
          clock += Math.floor(next() * 3); // sometimes the same millisecond on both
          devices[i] = stampChanges(devices[i]!, change(devices[i]!), clock);
        };
        for (let step = 0; step < 30; step++) {
          const i = next() < 0.5 ? 0 : 1;
          const roll = next();
          const mine = devices[i]!.profiles;
          if (roll < 0.3) {
            const id = `p-${run}-${step}`;
            added.add(id);
            edit(i, (s) => ({ ...s, profiles: [...s.profiles, person(id, 0)] }));
          } else if (roll < 0.6) {
            const target = mine[Math.floor(next() * mine.length)]!;
            edit(i, (s) => ({
              ...s,
              profiles: s.profiles.map((p) =>
                p.id === target.id ? { ...p, method: next() < 0.5 ? 'gckey' : 'sign-in-partner' } : p,
              ),
            }));
          } else if (roll < 0.7 && mine.length > 1) {
            const target = mine[1 + Math.floor(next() * (mine.length - 1))]!;
            deleted.add(target.id);
            edit(i, (s) => ({ ...s, profiles: s.profiles.filter((p) => p.id !== target.id) }));
          } else if (roll < 0.8) {
            edit(i, (s) => ({ ...s, theme: next() < 0.5 ? 'dark' : 'light' }));
          }
          if (next() < 0.4) sync(i); // devices sync at their own pace
        }
        for (let round = 0; round < 3; round++) [0, 1].forEach(sync);
        const [a, b] = devices;
        const content = (s: Settings) => ({
          profiles: [...s.profiles].sort((x, y) => (x.id < y.id ? -1 : 1)),
          theme: s.theme,
        });
        expect(content(a!), `run ${run}`).toEqual(content(b!));
        for (const id of added) if (!deleted.has(id)) expect(ids(a!), `run ${run}: ${id}`).toContain(id);
      }
    },
  );
});

describe('storage.sync’s quotas', () => {
  it('fits 200 people with long names', () => {
    const settings = device(
      Array.from({ length: 200 }, (_, i) =>
        person(`p-${i}`, 1_764_000_000_000, { label: 'Ahmed Abdullahi Mohamed-'.padEnd(60, 'x') }),
      ),
    );
    expect(checkFit(toSyncItems(settings)).fits).toBe(true);
  });

  it('says which limit a large set passes, and by how much', () => {
    const full = device(
      Array.from({ length: 200 }, (_, i) =>
        person(`client-${String(i).padStart(33, '0')}`, 1_764_000_000_000, {
          label: '阿'.repeat(60),
          method: 'sign-in-partner',
          partner: 'caisse-alliance',
          lastUsed: { method: 'sign-in-partner', partner: 'caisse-alliance', at: 1_764_000_000_000 },
          newGckeyAt: 1_764_000_000_000,
        }),
      ),
      {
        deletedProfiles: Array.from({ length: 200 }, (_, i) => ({
          id: `gone-${String(i).padStart(35, '0')}`,
          at: 1_764_000_000_000,
        })),
      },
    );
    const fit = checkFit(toSyncItems(full));
    expect(fit).toMatchObject({ fits: false, reason: 'total', limit: SYNC_LIMITS.total });
    expect(!fit.fits && fit.bytes).toBeGreaterThan(SYNC_LIMITS.total);
    expect(checkFit({ a: 'x'.repeat(9000) })).toMatchObject({ fits: false, reason: 'item', limit: 8192 });
    expect(checkFit(Object.fromEntries(Array.from({ length: 513 }, (_, i) => [`k${i}`, 1])))).toMatchObject({
      fits: false,
      reason: 'count',
    });
  });

  it('writes only what changed, and never removes an item (deletions are tombstones; others’ items are theirs)', () => {
    expect(diffItems({ a: { x: 1, y: 2 }, b: 1, c: 3 }, { a: { y: 2, x: 1 }, b: 2 })).toEqual({ b: 2 });
  });
});
