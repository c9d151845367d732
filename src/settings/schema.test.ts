import { describe, expect, it } from 'vitest';
import { activeProfile, defaultSettings, parseSettings, storedSettings } from './schema';

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
      // Values this version cannot read are kept as they were (a newer method, perhaps), not lost.
      {
        id: 'me',
        label: '',
        method: null,
        partner: 'tangerine',
        lastUsed: null,
        newGckeyAt: null,
        kept: { method: 'passkey', label: 42 },
      },
      // A bank id of the list's form is kept whether or not this build knows it.
      { id: 'maria', label: '', method: 'gckey', partner: 'no-such-bank', lastUsed: null, newGckeyAt: null },
    ]);
    expect(parsed.kept).toEqual({ disabled: 'yes', language: 'de', theme: { dark: true } });
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

  it('keeps fields and values it does not know exactly, in place, without letting them pollute anything', () => {
    const raw = JSON.parse(
      '{"profiles":[{"id":"me","method":"passkey","partner":"bank-of-2030","note":"x","__proto__":{"polluted":true}}],' +
        '"activeProfile":"me","hiddenPages":[],"extra":1,"language":"es"}',
    );
    const parsed = parseSettings(raw);
    expect(activeProfile(parsed)).toMatchObject({
      method: null,
      partner: 'bank-of-2030',
      kept: { method: 'passkey', note: 'x' },
    });
    expect(parsed).toMatchObject({ language: 'page', kept: { extra: 1, language: 'es' } });
    const stored = storedSettings(parsed);
    expect(stored).toMatchObject({ extra: 1, language: 'es', profiles: [{ method: 'passkey', note: 'x' }] });
    expect(Object.getOwnPropertyDescriptor((stored.profiles as object[])[0], '__proto__')?.value).toEqual({
      polluted: true,
    });
    expect(parseSettings(stored)).toEqual(parsed);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('cleans names on every read: control and invisible characters out, spaces collapsed, length bounded', () => {
    const read = (label: unknown) => parseSettings({ profiles: [{ id: 'me', label }] }).profiles[0]!.label;
    expect(read('Maria\u202Egnp.exe')).toBe('Mariagnp.exe');
    expect(read('\u2067Zoë\u2069 \u200B Kowalczyk\u00AD-Nguyen\u0000\u009B')).toBe('Zoë Kowalczyk-Nguyen');
    expect(read('مریم\u200Cجان')).toBe('مریم\u200Cجان'); // a Persian name keeps its zero-width non-joiner
    expect(read('x'.repeat(59) + '\uD83D\uDE00')).toBe('x'.repeat(59)); // never half a character
    expect(read('M'.repeat(500))).toHaveLength(60);
  });
});
