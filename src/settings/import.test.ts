import { describe, expect, it } from 'vitest';
import { SETTINGS_VERSION } from './constants';
import { EXPORT_FORMAT, exportFileName, exportSettings } from './export';
import { type ImportProblem, MAX_IMPORT_BYTES, readImport } from './import';
import { changesNothing, previewImport } from './import-preview';
import { defaultSettings, newProfile, parseSettings, type Settings } from './schema';

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

describe('import refuses a bad file and says why (the file changes nothing: reading is pure)', () => {
  const deep = '['.repeat(5000) + ']'.repeat(5000);
  const cases: [string, string, Partial<ImportProblem>][] = [
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
    ['no version', file(good(), { version: undefined }), { code: 'bad-version' }],
    ['a version that is text', file(good(), { version: '2' }), { code: 'bad-version' }],
    ['version 0', file(good(), { version: 0 }), { code: 'bad-version' }],
    ['version 1.5', file(good(), { version: 1.5 }), { code: 'bad-version' }],
    [
      'a newer version',
      file(good(), { version: SETTINGS_VERSION + 1 }),
      { code: 'newer-version', version: SETTINGS_VERSION + 1 },
    ],
    [
      'an unknown field beside the settings',
      file(good(), { extra: true }),
      { code: 'unknown-field', field: 'extra', where: [] },
    ],
    [
      'a date that is not one',
      file(good(), { exportedAt: '<script>alert(1)</script>' }),
      { code: 'bad-value', where: ['exportedAt'] },
    ],
    ['no settings at all', file(undefined), { code: 'bad-value', where: ['settings'] }],
    ['settings that are a string', file('everything'), { code: 'bad-value', where: [] }],
    [
      'an unknown field in the settings',
      file({ ...good(), passwords: ['hunter2'] }),
      { code: 'unknown-field', field: 'passwords' },
    ],
    [
      'an unknown field in a person',
      withProfile({ password: 'hunter2' }),
      { code: 'unknown-field', field: 'password', where: ['profiles', 1] },
    ],
    [
      'a prototype-polluting key in the settings',
      file(good()).replace('"profiles":', '"__proto__":{"polluted":true},"profiles":'),
      { code: 'unknown-field', field: '__proto__' },
    ],
    [
      'a prototype-polluting key in a person',
      withProfile({}).replace('"id":"me"', '"constructor":{"prototype":{"x":1}},"id":"me"'),
      { code: 'unknown-field', field: 'constructor', where: ['profiles', 0] },
    ],
    [
      'a method that does not exist',
      withProfile({ method: 'passkey' }),
      { code: 'bad-value', where: ['profiles', 1, 'method'] },
    ],
    [
      'a bank that does not exist',
      withProfile({ partner: 'evil-bank' }),
      { code: 'bad-value', where: ['profiles', 1, 'partner'] },
    ],
    [
      'a name far too long',
      withProfile({ label: 'M'.repeat(5000) }),
      { code: 'bad-value', where: ['profiles', 1, 'label'] },
    ],
    [
      'a name with a right-to-left override',
      withProfile({ label: 'Maria\u202Egnp.exe' }),
      { code: 'hostile-text', where: ['profiles', 1, 'label'] },
    ],
    [
      'a name with control characters',
      withProfile({ label: 'Maria\u0007\u001b[31m' }),
      { code: 'hostile-text', where: ['profiles', 1, 'label'] },
    ],
    [
      'a name with a lone surrogate',
      withProfile({ label: 'Maria\uD800' }),
      { code: 'hostile-text', where: ['profiles', 1, 'label'] },
    ],
    [
      'HTML in an identifier',
      withProfile({ id: '<img src=x onerror=alert(1)>' }),
      { code: 'bad-value', where: ['profiles', 1, 'id'] },
    ],
    [
      'a date in the year 3000',
      withProfile({ newGckeyAt: 32_503_680_000_000 }),
      { code: 'bad-value', where: ['profiles', 1, 'newGckeyAt'] },
    ],
    [
      'a negative date',
      withProfile({ lastUsed: { method: 'gckey', at: -1 } }),
      { code: 'bad-value', where: ['profiles', 1, 'lastUsed', 'at'] },
    ],
    ['a person that is a string', file({ ...good(), profiles: ['me'] }), { code: 'bad-value', where: ['profiles', 0] }],
    ['no people', file({ ...good(), profiles: [] }), { code: 'no-people' }],
    [
      'too many people',
      file({ ...good(), profiles: Array.from({ length: 201 }, (_, i) => ({ id: `p-${i}` })) }),
      { code: 'too-many-people', count: 201 },
    ],
    [
      'the same person twice',
      file({ ...good(), profiles: [{ id: 'me' }, { id: 'me', label: 'Me too' }] }),
      { code: 'duplicate-person', id: 'me' },
    ],
    ['someone signing in who is not there', file({ ...good(), activeProfile: 'p-nobody' }), { code: 'unknown-active' }],
    [
      'a page kind that is a path',
      file({ ...good(), hiddenPages: ['../../etc/passwd'] }),
      { code: 'bad-value', where: ['hiddenPages', 0] },
    ],
    ['a language that does not exist', file({ ...good(), language: 'de' }), { code: 'bad-value', where: ['language'] }],
    ['a switch that is text', file({ ...good(), disabled: 'yes' }), { code: 'bad-value', where: ['disabled'] }],
    [
      'a file over the size limit',
      `${file(good())}${' '.repeat(MAX_IMPORT_BYTES)}`,
      { code: 'too-large', limit: MAX_IMPORT_BYTES },
    ],
  ];

  it(`has at least 30 malformed files (${cases.length})`, () => expect(cases.length).toBeGreaterThanOrEqual(30));

  for (const [name, text, problem] of cases) {
    it(`refuses ${name}`, () => {
      const result = readImport(text);
      expect(result.ok).toBe(false);
      expect(!result.ok && result.problem).toMatchObject(problem);
    });
  }

  it('leaves Object.prototype alone whatever it reads', () => {
    for (const [, text] of cases) readImport(text);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).x).toBeUndefined();
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
