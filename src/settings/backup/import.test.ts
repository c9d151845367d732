import { describe, expect, it } from 'vitest';
import { PARTNER_IDS } from '../../pages/partners';
import { SETTINGS_VERSION } from '../constants';
import { pageViewOf } from '../page-view';
import { defaultSettings, newProfile, parseSettings, type Settings } from '../schema';
import { EXPORT_FORMAT, exportFileName, exportSettings } from './export';
import { type Aside, type ImportProblem, MAX_IMPORT_BYTES, readImport } from './import';
import { changesNothing, previewImport } from './preview';

const NOW = Date.UTC(2026, 10, 25, 15);
const family: Settings = {
  ...defaultSettings(),
  profiles: [
    { ...newProfile('me', ''), method: 'gckey', updatedAt: NOW - 5000 },
    {
      ...newProfile('p-maria', 'Maria'),
      method: 'sign-in-partner',
      partner: 'tangerine',
      lastUsed: { method: 'sign-in-partner', partner: 'tangerine', at: NOW - 3000 },
      newGckeyAt: NOW - 86_400_000,
      updatedAt: NOW - 1000,
    },
  ],
  activeProfile: 'p-maria',
  hiddenPages: ['gckey/info'],
  hiddenServices: ['pr-tracker'],
  language: 'fr',
  theme: 'dark',
  deletedProfiles: [{ id: 'p-bob', at: NOW - 2000 }],
  prefsChangedAt: NOW - 4000,
};

const file = (settings: unknown, more: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: EXPORT_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: '2026-11-25T15:00:00.000Z',
    settings,
    ...more,
  });
const good = () =>
  JSON.parse(exportSettings(family, NOW)).settings as Record<string, unknown> & { profiles: Record<string, unknown>[] };
const withProfile = (change: Record<string, unknown>) => {
  const settings = good();
  settings.profiles[1] = { ...settings.profiles[1], ...change };
  return file(settings);
};

describe('export', () => {
  it('writes a readable, versioned file of every person and setting, without sync’s bookkeeping', () => {
    const text = exportSettings(family, NOW);
    expect(text).toContain('\n  "format": "ircc-sign-in-guide-settings",\n  "version": 2,');
    const parsed = JSON.parse(text);
    expect(parsed).toMatchObject({
      format: EXPORT_FORMAT,
      version: SETTINGS_VERSION,
      exportedAt: '2026-11-25T15:00:00.000Z',
    });
    expect(parsed.settings.profiles).toEqual(family.profiles);
    expect(parsed.settings).not.toHaveProperty('deletedProfiles');
    expect(exportFileName(NOW)).toBe('ircc-sign-in-guide-settings-2026-11-25.json');
  });

  it('imports back to exactly the same people and settings', () => {
    const result = readImport(exportSettings(family, NOW));
    expect(result.ok && result.settings).toEqual({ ...family, deletedProfiles: [] });
  });

  it('imports a version 1 file through the migrations', () => {
    const v1 = {
      profiles: [{ id: 'me', label: '', method: 'sign-in-partner', partner: 'rbc', lastUsed: null, newGckeyAt: null }],
      activeProfile: 'me',
      hiddenPages: ['gckey/sign-up'],
    };
    const result = readImport(JSON.stringify({ format: EXPORT_FORMAT, version: 1, settings: v1 }));
    expect(result.ok && result.settings).toEqual(
      parseSettings({ ...v1, profiles: [{ ...v1.profiles[0], updatedAt: 0 }] }),
    );
  });
});

describe('import refuses a file only when nothing in it can be read, and says why (reading is pure)', () => {
  const deep = '['.repeat(5000) + ']'.repeat(5000);
  const refused: [string, string, Partial<ImportProblem>][] = [
    ['an empty file', '', { code: 'empty' }],
    ['only spaces', '  \n\t ', { code: 'empty' }],
    ['text that is not JSON', 'profiles: me', { code: 'not-json' }],
    ['truncated JSON', exportSettings(family, NOW).slice(0, 200), { code: 'not-json' }],
    ['JSON with a trailing comma', '{"format": "x",}', { code: 'not-json' }],
    ['a byte-order mark and garbage', '\uFEFF\u0000\u0001', { code: 'not-json' }],
    ['a JSON number', '42', { code: 'not-settings' }],
    ['a JSON string', '"ircc-sign-in-guide-settings"', { code: 'not-settings' }],
    ['null', 'null', { code: 'not-settings' }],
    ['a list', '[1,2,3]', { code: 'not-settings' }],
    ['deeply nested lists', deep, { code: 'not-settings' }],
    ['another program’s settings', JSON.stringify({ theme: 'dark', profiles: [] }), { code: 'not-settings' }],
    ['the settings without the envelope', JSON.stringify(family), { code: 'not-settings' }],
    ['a wrong format name', file(good(), { format: 'ircc-sign-in-guide' }), { code: 'not-settings' }],
    ['no settings at all', file(undefined), { code: 'not-settings' }],
    ['settings that are a string', file('everything'), { code: 'not-settings' }],
    ['no version', file(good(), { version: undefined }), { code: 'bad-version' }],
    ['a version that is text', file(good(), { version: '2' }), { code: 'bad-version' }],
    ['version 0', file(good(), { version: 0 }), { code: 'bad-version' }],
    ['version 1.5', file(good(), { version: 1.5 }), { code: 'bad-version' }],
    ['no people', file({ ...good(), profiles: [] }), { code: 'no-people' }],
    ['a person that is a string', file({ ...good(), profiles: ['me'] }), { code: 'no-people' }],
    [
      'no person with an identifier',
      file({ ...good(), profiles: [{ id: '<img>' }, { label: 'Maria' }] }),
      { code: 'no-people' },
    ],
    [
      'a file over the size limit',
      `${file(good())}${' '.repeat(MAX_IMPORT_BYTES)}`,
      { code: 'too-large', limit: MAX_IMPORT_BYTES },
    ],
  ];

  for (const [name, text, problem] of refused) {
    it(`refuses ${name}`, () => {
      const result = readImport(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problem).toMatchObject(problem);
    });
  }

  // Read in part: what can be read is imported, the rest is kept as it is or left out, and listed.
  const inPart: [string, string, Aside[]][] = [
    [
      'a newer version',
      file(good(), { version: SETTINGS_VERSION + 1 }),
      [{ code: 'newer-version', version: SETTINGS_VERSION + 1 }],
    ],
    ['an unknown field beside the settings', file(good(), { extra: true }), [{ code: 'left-out', where: ['extra'] }]],
    ['a date that is not one', file(good(), { exportedAt: '<script>alert(1)</script>' }), []],
    [
      'an unknown field in the settings',
      file({ ...good(), passwords: ['hunter2'] }),
      [{ code: 'unknown-field', where: [], field: 'passwords' }],
    ],
    [
      'an unknown field in a person',
      withProfile({ password: 'hunter2' }),
      [{ code: 'unknown-field', where: ['profiles', 1], field: 'password' }],
    ],
    [
      'a prototype-polluting key in the settings',
      file(good()).replace('"profiles":', '"__proto__":{"polluted":true},"profiles":'),
      [{ code: 'unknown-field', where: [], field: '__proto__' }],
    ],
    [
      'a prototype-polluting key in a person',
      withProfile({}).replace('"id":"me"', '"constructor":{"prototype":{"x":1}},"id":"me"'),
      [{ code: 'unknown-field', where: ['profiles', 0], field: 'constructor' }],
    ],
    [
      'a method that does not exist (yet)',
      withProfile({ method: 'passkey' }),
      [{ code: 'unknown-value', where: ['profiles', 1, 'method'] }],
    ],
    [
      'a bank this version does not know',
      withProfile({ partner: 'evil-bank' }),
      [{ code: 'unknown-bank', where: ['profiles', 1, 'partner'], id: 'evil-bank' }],
    ],
    [
      'a name far too long',
      withProfile({ label: 'M'.repeat(5000) }),
      [{ code: 'cleaned-name', where: ['profiles', 1, 'label'] }],
    ],
    [
      'a name with a right-to-left override',
      withProfile({ label: 'Maria\u202Egnp.exe' }),
      [{ code: 'cleaned-name', where: ['profiles', 1, 'label'] }],
    ],
    [
      'a name with control characters',
      withProfile({ label: 'Maria\u0007\u001b[31m' }),
      [{ code: 'cleaned-name', where: ['profiles', 1, 'label'] }],
    ],
    [
      'a name with a lone surrogate',
      withProfile({ label: 'Maria\uD800' }),
      [{ code: 'cleaned-name', where: ['profiles', 1, 'label'] }],
    ],
    [
      'HTML in an identifier (of the person signing in)',
      withProfile({ id: '<img src=x onerror=alert(1)>' }),
      [
        { code: 'left-out', where: ['activeProfile'] },
        { code: 'left-out', where: ['profiles', 1] },
      ],
    ],
    [
      'a date in the year 3000',
      withProfile({ newGckeyAt: 32_503_680_000_000 }),
      [{ code: 'unknown-value', where: ['profiles', 1, 'newGckeyAt'] }],
    ],
    [
      'a negative date',
      withProfile({ lastUsed: { method: 'gckey', at: -1 } }),
      [{ code: 'unknown-value', where: ['profiles', 1, 'lastUsed'] }],
    ],
    [
      'too many people',
      file({ ...good(), activeProfile: 'p-0', profiles: Array.from({ length: 201 }, (_, i) => ({ id: `p-${i}` })) }),
      [{ code: 'left-out', where: ['profiles', 200] }],
    ],
    [
      'the same person twice',
      file({ ...good(), activeProfile: 'me', profiles: [{ id: 'me' }, { id: 'me', label: 'Me too' }] }),
      [{ code: 'left-out', where: ['profiles', 1] }],
    ],
    [
      'someone signing in who is not there',
      file({ ...good(), activeProfile: 'p-nobody' }),
      [{ code: 'left-out', where: ['activeProfile'] }],
    ],
    [
      'a page kind that is a path',
      file({ ...good(), hiddenPages: ['../../etc/passwd', 'gckey/info'] }),
      [{ code: 'left-out', where: ['hiddenPages', 0] }],
    ],
    [
      'a language that does not exist (yet)',
      file({ ...good(), language: 'de' }),
      [{ code: 'unknown-value', where: ['language'] }],
    ],
    ['a switch that is text', file({ ...good(), disabled: 'yes' }), [{ code: 'unknown-value', where: ['disabled'] }]],
  ];

  it(`has at least 30 malformed files (${refused.length + inPart.length})`, () =>
    expect(refused.length + inPart.length).toBeGreaterThanOrEqual(30));

  for (const [name, text, aside] of inPart) {
    it(`imports what it can of ${name}, and lists what it keeps aside`, () => {
      const result = readImport(text);
      expect(result.ok).toBe(true);
      expect(result.ok && result.aside).toEqual(aside);
      expect(result.ok && result.settings.profiles.length).toBeGreaterThan(0);
    });
  }

  it('leaves Object.prototype alone whatever it reads', () => {
    for (const [, text] of [...refused, ...inPart]) readImport(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

describe('forward compatible: what this version does not understand is kept, and goes out again unchanged', () => {
  const WITHOUT_TANGERINE = PARTNER_IDS.filter((id) => id !== 'tangerine');
  const settingsOf = (text: string) => JSON.parse(text).settings as unknown;

  it('a backup with a person on a bank this build does not have imports both people and exports again unchanged', () => {
    const text = exportSettings(family, NOW); // Maria on Tangerine
    const result = readImport(text, WITHOUT_TANGERINE);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.settings.profiles.map((profile) => profile.id)).toEqual(['me', 'p-maria']);
    expect(result.settings.profiles[1]).toMatchObject({
      label: 'Maria',
      partner: 'tangerine',
      method: 'sign-in-partner',
    });
    expect(result.aside).toEqual([
      { code: 'unknown-bank', where: ['profiles', 1, 'partner'], id: 'tangerine' },
      { code: 'unknown-bank', where: ['profiles', 1, 'lastUsed', 'partner'], id: 'tangerine' },
    ]);
    // For the banner and the guards of that build it is "no known bank": no mark for a bank, no crash.
    expect(pageViewOf(result.settings, WITHOUT_TANGERINE).profile).toMatchObject({
      method: 'sign-in-partner',
      partner: null,
      lastUsed: { method: 'sign-in-partner', partner: null },
    });
    expect(settingsOf(exportSettings(result.settings, NOW + 1))).toEqual(settingsOf(text));
  });

  it('a backup with an unknown top-level field and an unknown field in a person keeps every known value, and both', () => {
    const settings = good();
    settings.profiles[1] = { ...settings.profiles[1], passkeyAt: 1_790_000_000_000 };
    const text = file({ ...settings, sharedWith: ['laptop'] });
    const result = readImport(text);
    if (!result.ok) throw new Error(result.problem.code);
    const known = (s: Settings) =>
      JSON.parse(
        JSON.stringify({ ...s, kept: undefined, profiles: s.profiles.map((p) => ({ ...p, kept: undefined })) }),
      );
    expect(known(result.settings)).toEqual(known({ ...family, deletedProfiles: [] }));
    expect(result.aside).toEqual([
      { code: 'unknown-field', where: [], field: 'sharedWith' },
      { code: 'unknown-field', where: ['profiles', 1], field: 'passkeyAt' },
    ]);
    expect(settingsOf(exportSettings(result.settings, NOW))).toEqual(settingsOf(text));
  });

  it('a newer version’s file is read as it is, its new values kept in place', () => {
    const text = file(
      { ...good(), language: 'es', profiles: [{ id: 'me', method: 'passkey', label: 'Zoë' }] },
      { version: 7 },
    );
    const result = readImport(text);
    if (!result.ok) throw new Error(result.problem.code);
    expect(result.settings).toMatchObject({ language: 'page', theme: 'dark', kept: { language: 'es' } });
    expect(result.settings.profiles[0]).toMatchObject({ label: 'Zoë', method: null, kept: { method: 'passkey' } });
    expect(settingsOf(exportSettings(result.settings, NOW))).toMatchObject({
      language: 'es',
      profiles: [{ id: 'me', method: 'passkey', label: 'Zoë' }],
    });
  });
});

describe('the preview of an import', () => {
  it('lists who is added, replaced, deleted and unchanged, and which other settings change', () => {
    const incoming: Settings = {
      ...family,
      profiles: [family.profiles[0]!, { ...newProfile('p-ahmed', 'Ahmed'), method: 'gckey' }],
      activeProfile: 'me',
      theme: 'light',
    };
    const current: Settings = { ...family, profiles: [{ ...family.profiles[0]!, updatedAt: 1 }, family.profiles[1]!] };
    const preview = previewImport(current, incoming);
    expect(preview.added.map((p) => p.id)).toEqual(['p-ahmed']);
    expect(preview.removed.map((p) => p.id)).toEqual(['p-maria']);
    expect(preview.unchanged.map((p) => p.id)).toEqual(['me']); // a change time alone is not a change
    expect(preview.changed).toEqual([]);
    expect(preview.prefs).toEqual(['theme']);
    expect(changesNothing(previewImport(family, family))).toBe(true);
  });
});
