import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIRST_RUN_KEY, FIRST_RUN_PATH, type FirstRunApi, openFirstRunOnce } from './first-run';

/** The real storage (WXT's fake browser), and a record of the tabs the handler opens. */
function api(): FirstRunApi & { opened: string[] } {
  const opened: string[] = [];
  return {
    opened,
    get: (key) => browser.storage.local.get(key),
    set: (items) => browser.storage.local.set(items),
    open: async (url) => void opened.push(url),
    url: (path) => `chrome-extension://test${path}`,
  };
}

beforeEach(() => fakeBrowser.reset());

describe('the first-run page', () => {
  it('opens once after a fresh install, and records that it did', async () => {
    const fake = api();
    expect(await openFirstRunOnce('install', fake)).toBe(true);
    expect(fake.opened).toEqual([`chrome-extension://test${FIRST_RUN_PATH}`]);
    expect(typeof (await browser.storage.local.get(FIRST_RUN_KEY))[FIRST_RUN_KEY]).toBe('number');
  });

  it('does not open after an update, a browser update or a shared-module change', async () => {
    const fake = api();
    for (const reason of ['update', 'browser_update', 'chrome_update', 'shared_module_update'])
      expect(await openFirstRunOnce(reason, fake)).toBe(false);
    expect(fake.opened).toEqual([]);
  });

  it('does not open a second time when a browser reports a second install in the same profile', async () => {
    const fake = api();
    await openFirstRunOnce('install', fake);
    expect(await openFirstRunOnce('install', fake)).toBe(false);
    expect(fake.opened).toHaveLength(1);
  });

  it('does not open after an update even when the flag is missing (installed before the page existed)', async () => {
    const fake = api();
    await browser.storage.local.set({ settings: { profiles: [] } });
    expect(await openFirstRunOnce('update', fake)).toBe(false);
    expect(fake.opened).toEqual([]);
  });

  it('never rejects: a storage failure leaves things as they were', async () => {
    const fake = { ...api(), get: () => Promise.reject(new Error('storage gone')) };
    await expect(openFirstRunOnce('install', fake)).resolves.toBe(false);
    expect(fake.opened).toEqual([]);
  });
});
