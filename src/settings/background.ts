import { browser } from 'wxt/browser';
import { PAGE_VIEW_KEY, SETTINGS_KEY } from './constants';
import { runMigrations } from './migrations/run';
import { pageViewOf, storedPageView } from './page-view';
import { getSettings, repairStoredSettings } from './store';
import { canonical } from './sync/stamp';
import { startSync } from './sync/run';

/**
 * The settings' life in the background, the one place migrations run: the stored value is lifted
 * to this version when the worker starts (after an install or update, or any start: it is cheap
 * when there is nothing to do), then damaged values are kept aside and repaired whenever they appear
 * (written by anything: an old version, a bug, a person with devtools), and sync runs when the
 * person turned it on. Call once, synchronously, at the start of the background script (its
 * listeners must be registered in the first turn for the browser to wake the worker for them).
 * Returns when the stored value is migrated: the background's own writes wait for it.
 */
export function startSettingsBackground(): Promise<unknown> {
  const migrated = runMigrations().then(() => repairStoredSettings());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void migrated.then(() => repairStoredSettings());
  });
  publishPageViews(migrated);
  startSync(migrated);
  return migrated;
}

/**
 * Keeps the content scripts' page view (PAGE_VIEW_KEY, src/settings/page-view.ts `storedPageView`) in
 * step with the settings, from `ready` on (the migrations) and at every change of them: written when
 * what a page shows changed (the other people's names and banks change nothing), then sent to every
 * open tab, whose content scripts (if any: other tabs ignore it) redraw from it. One publication at a
 * time, so an older view is never written over a newer one. Needs no permission: `tabs.query` gives
 * the tabs' ids, and no address.
 */
export function publishPageViews(ready: Promise<unknown> = Promise.resolve()): void {
  let queue: Promise<unknown> = ready;
  const publish = () => (queue = queue.then(publishPageView, publishPageView));
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void publish();
  });
  void publish();
}

/**
 * The background's answer to a content script's `ask-page-view` (src/content/settings.ts
 * `watchSettings`): the stored page view as it is (`view`, unknown: the content script validates it)
 * and `fromIrcc`, whether the asking tab is on its way to or from IRCC (`tabFromIrcc`, from the tab id
 * the browser reports: src/kinds/ircc-tabs.ts). One message for both, so a page asks once: each
 * message and each storage read costs the page's main thread time while it loads (docs/performance.md).
 */
export async function pageViewAnswer(tabFromIrcc: Promise<boolean>): Promise<{ view: unknown; fromIrcc: boolean }> {
  // (The tab's way failing, e.g. `storage.session`, never keeps the person's settings from the page.)
  const [stored, fromIrcc] = await Promise.all([
    browser.storage.local.get(PAGE_VIEW_KEY),
    tabFromIrcc.catch(() => false),
  ]);
  return { view: stored[PAGE_VIEW_KEY], fromIrcc };
}

async function publishPageView(): Promise<void> {
  const view = storedPageView(pageViewOf(await getSettings()));
  const stored = (await browser.storage.local.get(PAGE_VIEW_KEY))[PAGE_VIEW_KEY];
  if (canonical(stored) === canonical(view)) return;
  await browser.storage.local.set({ [PAGE_VIEW_KEY]: view });
  const send = async (tabId: number) => {
    try {
      await browser.tabs.sendMessage(tabId, { type: 'page-view', view });
    } catch {
      // A tab without our content scripts (most of them): nothing to tell.
    }
  };
  for (const tab of await browser.tabs.query({})) if (tab.id !== undefined) void send(tab.id);
}
