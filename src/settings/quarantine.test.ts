import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { keepsEverything } from './damage';
import { dismissQuarantined, getQuarantine, keepAside, MAX_TEXT } from './quarantine';
import { parseSettings, storedSettings } from './schema';

const repaired = (raw: unknown) => storedSettings(parseSettings(raw));
import { updateActiveProfile } from './edits';
import { change, getSettings, repairStoredSettings } from './store';

describe('keepsEverything (did validation lose anything?)', () => {
  it('is true for nothing stored, valid values, and older values lacking newer fields', () => {
    for (const raw of [
      null,
      undefined,
      { profiles: [{ id: 'me', label: '', method: 'gckey', partner: null }], activeProfile: 'me', hiddenPages: [] },
    ]) {
      expect(keepsEverything(raw, repaired(raw))).toBe(true);
    }
  });

  it('is true for what a newer version wrote: unknown fields and values are kept in place, not damage', () => {
    for (const raw of [
      { profiles: [{ id: 'me', method: 'passkey' }] },
      { profiles: [{ id: 'me', password: 'x', partner: 'bank-of-2030' }] },
      { profiles: [{ id: 'me' }], extra: 1, language: 'de' },
      JSON.parse('{"profiles":[{"id":"me"}],"__proto__":{"polluted":true}}'),
    ]) {
      expect(keepsEverything(raw, repaired(raw)), JSON.stringify(raw)).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('is false when anything was dropped, replaced or reordered', () => {
    const damaged = [
      'garbage',
      [],
      { profiles: [] },
      { profiles: [{ id: 'me' }, { id: 'me' }] },
      { profiles: [{ id: 'BAD' }, { id: 'me' }] },
      { profiles: [{ id: 'me' }], activeProfile: 'nobody' },
      { profiles: [{ id: 'me' }], hiddenPages: ['gckey/info', 'gckey/info'] },
      { profiles: [{ id: 'me', label: 'x'.repeat(61) }] },
      { profiles: [{ id: 'me', label: 'Maria\u202Egnp.exe' }] },
    ];
    for (const raw of damaged) expect(keepsEverything(raw, repaired(raw)), JSON.stringify(raw)).toBe(false);
  });
});

describe('the quarantine', () => {
  beforeEach(() => fakeBrowser.reset());

  it('keeps a damaged stored value aside, whole, before the first write replaces it', async () => {
    const damaged = {
      profiles: [
        { id: 'maria', label: 'Maria', method: 'gckey' },
        { id: 'me', method: 'passkey', note: 'mine' },
        { id: 'No Such Id', label: 'Ahmed' },
      ],
      activeProfile: 'maria',
    };
    await browser.storage.local.set({ settings: damaged });
    await change(updateActiveProfile({ method: 'sign-in-partner' }));
    const [entry, ...more] = await getQuarantine();
    expect(more).toEqual([]);
    expect(JSON.parse(entry!.text)).toEqual(damaged);
    expect(entry).toMatchObject({ source: 'storage', truncated: false });
    // The valid parts are kept and in use: Maria, and "me" with what could be read of it.
    expect((await getSettings()).profiles.map((profile) => profile.id)).toEqual(['maria', 'me']);
  });

  it('repairs the stored value once, keeping the original once', async () => {
    await browser.storage.local.set({ settings: { profiles: 'nope' } });
    expect(await repairStoredSettings()).toBe(true);
    expect(await repairStoredSettings()).toBe(false);
    expect(await getQuarantine()).toHaveLength(1);
    const stored = (await browser.storage.local.get('settings')).settings;
    expect(keepsEverything(stored, repaired(stored))).toBe(true);
  });

  it('does not quarantine a valid value, or an older version’s value', async () => {
    await browser.storage.local.set({
      settings: {
        profiles: [{ id: 'me', label: '', method: 'gckey', partner: null }],
        activeProfile: 'me',
        hiddenPages: [],
      },
    });
    expect(await repairStoredSettings()).toBe(false);
    await change(updateActiveProfile({ method: 'sign-in-partner' }));
    expect(await getQuarantine()).toEqual([]);
  });

  it('keeps the beginning of a huge value, and says so; keeps the same value once; lets the person remove it', async () => {
    await keepAside('x'.repeat(MAX_TEXT + 10), 'storage', 5);
    await keepAside('x'.repeat(MAX_TEXT + 10), 'storage', 6);
    await keepAside({ 'p:me': 'junk' }, 'sync', 7);
    const entries = await getQuarantine();
    expect(entries.map((entry) => [entry.at, entry.source, entry.truncated, entry.text.length])).toEqual([
      [7, 'sync', false, JSON.stringify({ 'p:me': 'junk' }, null, 2).length],
      [5, 'storage', true, MAX_TEXT],
    ]);
    await dismissQuarantined(entries[0]!);
    expect((await getQuarantine()).map((entry) => entry.at)).toEqual([5]);
  });

  it('ignores a quarantine list that is itself damaged', async () => {
    await browser.storage.local.set({
      quarantine: [{ at: 'x' }, 'junk', { at: 1, source: 'storage', text: 'ok', truncated: false }],
    });
    expect(await getQuarantine()).toEqual([{ at: 1, source: 'storage', text: 'ok', truncated: false }]);
  });
});
