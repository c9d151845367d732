import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepsEverything } from './damage';
import { MIGRATIONS, migrate, v1ToV2 } from './migrations';
import { parseSettings } from './schema';

// Values exactly as the first release (settings version 1) wrote them, copied from storage: its
// first build (profiles of id, label, method, bank) and its last (with what was seen on the pages).
const V1_FIRST_BUILD = {
  profiles: [{ id: 'me', label: '', method: 'sign-in-partner', partner: 'tangerine' }],
  activeProfile: 'me',
  hiddenPages: ['gckey/info'],
};
const V1_LAST_BUILD = {
  profiles: [
    {
      id: 'me',
      label: '',
      method: 'gckey',
      partner: null,
      lastUsed: { method: 'gckey', partner: null, at: 1764085200000 },
      newGckeyAt: null,
    },
    {
      id: 'p-mie7x2k0-4f9a1c',
      label: 'Maria',
      method: 'sign-in-partner',
      partner: 'rbc',
      lastUsed: { method: 'sign-in-partner', partner: 'rbc', at: 1764088800000 },
      newGckeyAt: null,
    },
    {
      id: 'p-mie7y0aa-0b2c3d',
      label: 'Client 12 (Ahmed)',
      method: null,
      partner: null,
      lastUsed: null,
      newGckeyAt: 1764090000000,
    },
  ],
  activeProfile: 'p-mie7x2k0-4f9a1c',
  hiddenPages: ['gckey/info', 'secure-account/terms'],
};
const V2_ADDED = {
  hiddenServices: [],
  disabled: false,
  language: 'page',
  theme: 'system',
  deletedProfiles: [],
  prefsChangedAt: 0,
};

describe('migration 2 (version 1, the first release → version 2)', () => {
  it('keeps every person and setting of the first build, adding the new switches off', () => {
    const migrated = v1ToV2(structuredClone(V1_FIRST_BUILD));
    expect(migrated).toEqual({
      ...V2_ADDED,
      ...V1_FIRST_BUILD,
      profiles: [{ id: 'me', label: '', method: 'sign-in-partner', partner: 'tangerine', updatedAt: 0 }],
    });
    expect(keepsEverything(V1_FIRST_BUILD, migrated)).toBe(true);
    // And it reads as valid version 2 settings, nothing lost on the way.
    expect(keepsEverything(migrated, parseSettings(migrated))).toBe(true);
  });

  it('keeps a family of three with their history exactly, each marked "changed before sync existed"', () => {
    const migrated = v1ToV2(structuredClone(V1_LAST_BUILD));
    expect(migrated).toEqual({
      ...V2_ADDED,
      ...V1_LAST_BUILD,
      profiles: V1_LAST_BUILD.profiles.map((profile) => ({ ...profile, updatedAt: 0 })),
    });
    const settings = parseSettings(migrated);
    expect(settings.profiles.map(({ updatedAt: _, ...profile }) => profile)).toEqual(V1_LAST_BUILD.profiles);
    expect(settings.activeProfile).toBe('p-mie7x2k0-4f9a1c');
    expect(settings.hiddenPages).toEqual(['gckey/info', 'secure-account/terms']);
    expect(keepsEverything(migrated, settings)).toBe(true);
  });

  it('is pure: the value it was given is left as it was', () => {
    const given = structuredClone(V1_LAST_BUILD);
    v1ToV2(given);
    expect(given).toEqual(V1_LAST_BUILD);
  });

  it('changes nothing in a value that is already version 2 (a second run is harmless)', () => {
    const once = v1ToV2(structuredClone(V1_LAST_BUILD));
    expect(v1ToV2(once)).toEqual(once);
  });

  it('passes anything it does not recognise through untouched, and never throws', () => {
    const damaged = { profiles: 'nope', activeProfile: 3, extra: { __proto__: null } };
    for (const raw of [
      null,
      undefined,
      0,
      'settings',
      [],
      [1, 2],
      true,
      damaged,
      { profiles: [null, 'x', [], { id: 'me' }] },
    ]) {
      expect(() => v1ToV2(raw)).not.toThrow();
      expect(keepsEverything(raw, v1ToV2(raw))).toBe(true);
    }
    expect(v1ToV2('settings')).toBe('settings');
  });
});

describe('the chain of migrations', () => {
  it('has one migration per version after the first, numbered without a gap', () => {
    const numbers = Object.keys(MIGRATIONS).map(Number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 2));
  });

  it('lifts a version 1 value through every migration to the current version', () => {
    expect(migrate(structuredClone(V1_LAST_BUILD), 1)).toEqual(v1ToV2(V1_LAST_BUILD));
  });
});

describe('migrating what is in storage (WXT runs the migrations when the item is first read)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('upgrades a value the first release stored, records the version, and loses nothing', async () => {
    await browser.storage.local.set({ settings: structuredClone(V1_LAST_BUILD), settings$: { v: 1 } });
    const { getSettings } = await import('./store');
    const settings = await getSettings();
    expect(settings.profiles.map(({ updatedAt: _, ...profile }) => profile)).toEqual(V1_LAST_BUILD.profiles);
    const stored = await browser.storage.local.get(['settings', 'settings$']);
    expect(stored['settings$']).toEqual({ v: 2 });
    expect(stored.settings).toEqual(v1ToV2(V1_LAST_BUILD));
  });

  it('treats a value with no version recorded as version 1 (the first release recorded it on first write)', async () => {
    await browser.storage.local.set({ settings: structuredClone(V1_FIRST_BUILD) });
    const { getSettings } = await import('./store');
    expect((await getSettings()).profiles[0]).toMatchObject({ method: 'sign-in-partner', partner: 'tangerine' });
    expect((await browser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
  });
});
