// The background's part in the unit tests of the content scripts: it keeps the page view, answers the
// content scripts' `ask-page-view` with it (src/settings/background.ts) and delivers its messages to
// the tab, which in WXT's fake browser is this same test's `runtime.onMessage` (its `tabs.sendMessage`
// is not implemented).
import { vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { pageViewAnswer, publishPageViews } from '../../src/settings/background';
import { PAGE_VIEW_KEY } from '../../src/settings/constants';
import { pageViewOf, storedPageView } from '../../src/settings/page-view';
import { getSettings } from '../../src/settings/store';
import { canonical } from '../../src/settings/sync/stamp';

/**
 * Call after `fakeBrowser.reset()`: from then on, settings written to storage reach the content
 * scripts. `fromIrcc`: whether the background knows this tab as on its way to or from IRCC.
 */
export function fakeBackground({ fromIrcc = false }: { fromIrcc?: boolean } = {}): void {
  browser.runtime.onMessage.addListener(((message: { type?: string } | null) =>
    message?.type === 'ask-page-view' ? pageViewAnswer(Promise.resolve(fromIrcc)) : undefined) as never);
  vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_tabId: number, message: unknown) => {
    await fakeBrowser.runtime.onMessage.trigger(message, {});
  }) as never);
  publishPageViews();
}

/**
 * Stores `settings` as the popup or options would, and returns once the background has published
 * the page view they make (what a content script then reads, or has been sent).
 */
export async function storeSettings(settings: unknown): Promise<void> {
  await browser.storage.local.set({ settings });
  const expected = canonical(storedPageView(pageViewOf(await getSettings())));
  await vi.waitFor(async () => {
    const published = (await browser.storage.local.get(PAGE_VIEW_KEY))[PAGE_VIEW_KEY];
    if (canonical(published) !== expected) throw new Error('the page view is not published yet');
  });
}
