import type { WxtBrowser } from 'wxt/browser';

/**
 * The extension API for the content scripts (the build points their `wxt/browser` here; everything
 * else, and the unit tests, get WXT's own). Chrome's MV3 `chrome.*` and Firefox's `browser.*` both
 * return promises, so no polyfill is needed. Which one is decided by the build, not by looking at
 * the page's window: there, `browser` could be an element a page gave `id="browser"`. Nothing here
 * touches `runtime`, so loading the script costs the page no API set-up it does not use.
 */
const api = globalThis as unknown as { browser: WxtBrowser; chrome: WxtBrowser };
export const browser: WxtBrowser = import.meta.env.FIREFOX ? api.browser : api.chrome;
