import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { MIGRATIONS, migrate } from './index';
import { V1_FIRST_BUILD, V1_LAST_BUILD } from './fixtures';
import { v1ToV2 } from './v2';

describe('the chain of migrations', () => {
  it('has one migration per version after the first, numbered without a gap', () => {
    const numbers = Object.keys(MIGRATIONS).map(Number);
    expect(numbers).toEqual(numbers.map((_, i) => i + 2));
  });

  it('lifts a version 1 value through every migration to the current version', () => {
    expect(migrate(structuredClone(V1_LAST_BUILD), 1)).toEqual(v1ToV2(V1_LAST_BUILD));
  });
});

describe('migrating what is in storage (the background runs the migrations when it starts)', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.resetModules();
  });

  it('upgrades a value the first release stored, records the version, and loses nothing', async () => {
    await browser.storage.local.set({ settings: structuredClone(V1_LAST_BUILD), settings$: { v: 1 } });
    await (await import('./run')).runMigrations();
    const { getSettings } = await import('../store');
    const settings = await getSettings();
    expect(settings.profiles.map(({ updatedAt: _, ...profile }) => profile)).toEqual(V1_LAST_BUILD.profiles);
    const stored = await browser.storage.local.get(['settings', 'settings$']);
    expect(stored['settings$']).toEqual({ v: 2 });
    expect(stored.settings).toEqual(v1ToV2(V1_LAST_BUILD));
  });

  it('treats a value with no version recorded as version 1 (the first release recorded it on first write)', async () => {
    await browser.storage.local.set({ settings: structuredClone(V1_FIRST_BUILD) });
    await (await import('./run')).runMigrations();
    const { getSettings } = await import('../store');
    expect((await getSettings()).profiles[0]).toMatchObject({ method: 'sign-in-partner', partner: 'tangerine' });
    expect((await browser.storage.local.get('settings$'))['settings$']).toEqual({ v: 2 });
  });
});

describe('where the migrations run', () => {
  beforeEach(() => fakeBrowser.reset());

  it('nowhere but the background: reading the settings elsewhere changes nothing in storage', async () => {
    await browser.storage.local.set({ settings: structuredClone(V1_FIRST_BUILD), settings$: { v: 1 } });
    const { getSettings } = await import('../store');
    expect((await getSettings()).profiles[0]).toMatchObject({ method: 'sign-in-partner', partner: 'tangerine' });
    expect(await browser.storage.local.get(['settings', 'settings$'])).toEqual({
      settings: V1_FIRST_BUILD,
      settings$: { v: 1 },
    });
  });

  it('leaves a newer version’s value as it is (after a downgrade), and lifts nothing twice', async () => {
    const newer = { ...V1_LAST_BUILD, somethingNew: { a: 1 } };
    await browser.storage.local.set({ settings: structuredClone(newer), settings$: { v: 99 } });
    const { runMigrations } = await import('./run');
    expect(await runMigrations()).toBe(99);
    expect((await browser.storage.local.get('settings')).settings).toEqual(newer);
    expect(migrate(structuredClone(newer), 99)).toEqual(newer);
  });
});
