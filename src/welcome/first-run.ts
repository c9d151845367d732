import { browser } from 'wxt/browser';

/**
 * storage.local key that records when the first-run page was opened (a number, ms since the epoch).
 * It makes "once" hold even where a browser reports a second `install` for the same profile (Firefox
 * installs a temporary add-on again on each start; a profile restored from a backup keeps storage).
 */
export const FIRST_RUN_KEY = 'firstRunShown';

/** The first-run page, as WXT builds entrypoints/welcome/index.html. */
export const FIRST_RUN_PATH = '/welcome.html';

/** What openFirstRunOnce needs from the browser; the real one by default, a fake in unit tests. */
export type FirstRunApi = {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  open(url: string): Promise<unknown>;
  url(path: string): string;
};

const realApi: FirstRunApi = {
  get: (key) => browser.storage.local.get(key),
  set: (items) => browser.storage.local.set(items),
  open: (url) => browser.tabs.create({ url, active: true }),
  url: (path) => browser.runtime.getURL(path as '/welcome.html'),
};

/**
 * runtime.onInstalled's handler: opens the first-run page in a new tab after a fresh install only
 * (`reason` 'install'), never after an update, a browser update or a shared-module change, and never
 * twice in one profile (the flag is written before the tab opens, so a second event finds it).
 * Resolves to whether it opened the page; never rejects (a failure leaves the extension as it was).
 */
export async function openFirstRunOnce(reason: string, api: FirstRunApi = realApi): Promise<boolean> {
  if (reason !== 'install') return false;
  try {
    const stored = await api.get(FIRST_RUN_KEY);
    if (stored[FIRST_RUN_KEY] !== undefined) return false;
    await api.set({ [FIRST_RUN_KEY]: Date.now() });
    await api.open(api.url(FIRST_RUN_PATH));
    return true;
  } catch {
    return false;
  }
}
