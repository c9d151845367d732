import { describe, expect, it } from 'vitest';
import { defaultSettings, newProfile, type Settings } from '../schema';
import { stampChanges } from './stamp';

const NOW = 1_764_090_000_000;
const before: Settings = {
  ...defaultSettings(),
  profiles: [
    { ...newProfile('me', ''), updatedAt: 100 },
    { ...newProfile('maria', 'Maria'), method: 'gckey', updatedAt: 200 },
  ],
  prefsChangedAt: 50,
};

describe('stampChanges (the change times sync merges by)', () => {
  it('stamps a changed profile, and only it', () => {
    const after = stampChanges(
      before,
      { ...before, profiles: [before.profiles[0]!, { ...before.profiles[1]!, method: 'sign-in-partner' }] },
      NOW,
    );
    expect(after.profiles.map((profile) => profile.updatedAt)).toEqual([100, NOW]);
    expect(after.prefsChangedAt).toBe(50);
  });

  it('stamps each field of a profile on its own: the changed one now, the others at the time they had', () => {
    const once = stampChanges(
      before,
      { ...before, profiles: [before.profiles[0]!, { ...before.profiles[1]!, method: 'sign-in-partner' }] },
      NOW,
    );
    // Only fields that changed before the profile's time are listed; `method` changed at `updatedAt`.
    expect(once.profiles[1]).toMatchObject({ updatedAt: NOW, times: { label: 200, partner: 200, lastUsed: 200 } });
    expect(once.profiles[1]!.times).not.toHaveProperty('method');
    const twice = stampChanges(
      once,
      { ...once, profiles: [once.profiles[0]!, { ...once.profiles[1]!, label: 'Maria S.' }] },
      NOW + 5,
    );
    expect(twice.profiles[1]).toMatchObject({ updatedAt: NOW + 5, times: { method: NOW, partner: 200 } });
    expect(twice.profiles[1]!.times).not.toHaveProperty('label');
  });

  it('leaves a tombstone for a deleted profile, and removes it if the profile comes back', () => {
    const deleted = stampChanges(before, { ...before, profiles: [before.profiles[0]!] }, NOW);
    expect(deleted.deletedProfiles).toEqual([{ id: 'maria', at: NOW }]);
    const back = stampChanges(deleted, { ...deleted, profiles: before.profiles }, NOW + 1);
    expect(back.deletedProfiles).toEqual([]);
    expect(back.profiles[1]!.updatedAt).toBe(NOW + 1); // newer than its deletion, so sync keeps it
  });

  it('keeps an imported profile’s own time, unless a deletion came after it', () => {
    const imported = { ...newProfile('ahmed', 'Ahmed'), updatedAt: 300 };
    expect(
      stampChanges(before, { ...before, profiles: [...before.profiles, imported] }, NOW).profiles[2]!.updatedAt,
    ).toBe(300);
    const tombstoned = { ...before, deletedProfiles: [{ id: 'ahmed', at: 400 }] };
    const readded = stampChanges(tombstoned, { ...tombstoned, profiles: [...before.profiles, imported] }, NOW);
    expect(readded.profiles[2]!.updatedAt).toBe(NOW);
    expect(readded.deletedProfiles).toEqual([]);
  });

  it('stamps a new profile that has no time yet', () => {
    const added = stampChanges(before, { ...before, profiles: [...before.profiles, newProfile('p-1', 'Ahmed')] }, NOW);
    expect(added.profiles[2]!.updatedAt).toBe(NOW);
  });

  it('stamps the prefs as one block when any of them changes; switching person is not a change to sync', () => {
    expect(stampChanges(before, { ...before, theme: 'dark' }, NOW).prefsChangedAt).toBe(NOW);
    const switched = stampChanges(before, { ...before, activeProfile: 'maria' }, NOW);
    expect(switched.prefsChangedAt).toBe(50);
    expect(switched.profiles.map((profile) => profile.updatedAt)).toEqual([100, 200]);
  });
  it('stamps a change after what it replaces, even in the same millisecond (so the merge never prefers the old value)', () => {
    const synced = {
      ...before,
      profiles: [before.profiles[0]!, { ...before.profiles[1]!, updatedAt: NOW }],
      prefsChangedAt: NOW,
    };
    const renamed = stampChanges(
      synced,
      { ...synced, profiles: [synced.profiles[0]!, { ...synced.profiles[1]!, label: 'Maria S.' }], theme: 'dark' },
      NOW,
    );
    expect(renamed.profiles[1]!.updatedAt).toBeGreaterThan(NOW);
    expect(renamed.prefsChangedAt).toBeGreaterThan(NOW);
    const deleted = stampChanges(synced, { ...synced, profiles: [synced.profiles[0]!] }, NOW);
    expect(deleted.deletedProfiles[0]!.at).toBeGreaterThan(NOW);
    const back = stampChanges(deleted, { ...deleted, profiles: synced.profiles }, NOW);
    expect(back.profiles[1]!.updatedAt).toBeGreaterThan(deleted.deletedProfiles[0]!.at);
  });
});
