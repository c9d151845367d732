import { describe, expect, it } from 'vitest';
import { activeProfile, defaultSettings, parseSettings } from './schema';

const V2_DEFAULTS = {
  hiddenServices: [],
  disabled: false,
  language: 'page',
  theme: 'system',
  deletedProfiles: [],
  prefsChangedAt: 0,
};

describe('parseSettings', () => {
  it('gives the defaults for anything that is not settings', () => {
    for (const raw of [undefined, null, 0, 'x', [], true, () => 1])
      expect(parseSettings(raw)).toEqual(defaultSettings());
  });

  it('keeps a valid value exactly', () => {
    const value = {
      profiles: [
        { id: 'me', label: '', method: 'sign-in-partner', partner: 'tangerine', lastUsed: null, newGckeyAt: null },
        {
          id: 'maria',
          label: 'Maria',
          method: 'gckey',
          partner: null,
          lastUsed: { method: 'sign-in-partner', partner: 'rbc', at: 1764028800000 },
          newGckeyAt: 1764028800000,
        },
      ],
      activeProfile: 'maria',
      hiddenPages: ['gckey/info'],
      hiddenServices: ['pr-tracker'],
      disabled: true,
      language: 'fr',
      theme: 'dark',
      deletedProfiles: [{ id: 'bob', at: 1764028800000 }],
      prefsChangedAt: 1764028800000,
    };
    expect(parseSettings(value)).toEqual(value);
    // A version 1 value (no switches yet) reads with the defaults for them.
    const v1 = { profiles: value.profiles, activeProfile: value.activeProfile, hiddenPages: value.hiddenPages };
    expect(parseSettings(v1)).toEqual({ ...v1, ...V2_DEFAULTS });
  });

  it('keeps the valid parts of a damaged value, field by field and profile by profile', () => {
    const parsed = parseSettings({
      profiles: [
        { id: 'me', method: 'passkey', partner: 'tangerine', label: 42 },
        { id: 'BAD ID', method: 'gckey' },
        'junk',
        { id: 'maria', method: 'gckey', partner: 'no-such-bank' },
      ],
      activeProfile: 'nobody',
      hiddenPages: ['gckey/info', 'bad key', 7, 'gckey/info'],
      hiddenServices: 'gckey',
      disabled: 'yes',
      language: 'de',
      theme: { dark: true },
      deletedProfiles: [
        { id: 'bob', at: 5 },
        { id: 'BAD', at: 5 },
        { id: 'bob', at: 9 },
      ],
    });
    expect(parsed.profiles).toEqual([
      { id: 'me', label: '', method: null, partner: 'tangerine', lastUsed: null, newGckeyAt: null },
      { id: 'maria', label: '', method: 'gckey', partner: null, lastUsed: null, newGckeyAt: null },
    ]);
    expect(parsed.activeProfile).toBe('me');
    expect(parsed.hiddenPages).toEqual(['gckey/info']); // the valid keys of a list, once each
    expect(parsed).toMatchObject({ ...V2_DEFAULTS, deletedProfiles: [{ id: 'bob', at: 5 }] });
  });

  it('drops a second profile with the same id rather than letting the two fight', () => {
    const parsed = parseSettings({
      profiles: [
        { id: 'me', method: 'gckey' },
        { id: 'me', method: 'sign-in-partner' },
      ],
      activeProfile: 'me',
    });
    expect(parsed.profiles).toHaveLength(1);
    expect(activeProfile(parsed).method).toBe('gckey');
  });

  it('strips fields it does not know, so nothing foreign is carried along', () => {
    const parsed = parseSettings({
      profiles: [{ id: 'me', method: 'gckey', password: 'hunter2', __proto__: { polluted: true } }],
      activeProfile: 'me',
      hiddenPages: [],
      extra: 1,
    });
    expect(JSON.stringify(parsed)).not.toContain('hunter2');
    expect(parsed).not.toHaveProperty('extra');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
