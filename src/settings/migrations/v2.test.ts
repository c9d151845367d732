import { describe, expect, it } from 'vitest';
import { keepsEverything } from '../damage';
import { parseSettings, storedSettings } from '../schema';
import { V1_FIRST_BUILD, V1_LAST_BUILD, V2_ADDED } from './fixtures';
import { v1ToV2 } from './v2';

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
    expect(keepsEverything(migrated, storedSettings(parseSettings(migrated)))).toBe(true);
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
    expect(keepsEverything(migrated, storedSettings(settings))).toBe(true);
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
