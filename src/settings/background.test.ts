import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storeSettings } from '../../tests/unit/fake-background';
import { contentContext } from '../content/lifetime';
import { watchSettings } from '../content/settings';
import { pageViewAnswer, publishPageViews } from './background';
import { PAGE_VIEW_KEY } from './constants';
import type { PageView } from './page-view';

const twoPeople = (ahmed = 'Ahmed Karimi') => ({
  profiles: [
    { id: 'me', label: 'Zoë Kowalczyk-Nguyen', method: 'sign-in-partner', partner: 'tangerine' },
    { id: 'ahmed', label: ahmed, method: 'sign-in-partner', partner: 'rbc-royal-bank' },
  ],
  activeProfile: 'me',
});

describe('what the content scripts get (the page view the background publishes)', () => {
  let sent: unknown[];
  beforeEach(async () => {
    fakeBrowser.reset();
    sent = [];
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: unknown) => {
      sent.push(message);
    }) as never);
    publishPageViews();
    // The background starts by publishing the defaults (nothing stored yet).
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    sent.length = 0;
  });

  it('holds the active person only: no other person’s name or bank', async () => {
    await storeSettings(twoPeople());
    const published = JSON.stringify((await browser.storage.local.get(PAGE_VIEW_KEY))[PAGE_VIEW_KEY]);
    expect(published).toContain('Zoë Kowalczyk-Nguyen');
    expect(published).toContain('tangerine');
    expect(published).not.toMatch(/Ahmed|Karimi|rbc/);
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    expect(JSON.stringify(sent)).not.toMatch(/Ahmed|Karimi|rbc/);
  });

  it('holds no name at all when the browser keeps one person (the banner names nobody then)', async () => {
    await storeSettings({ profiles: [{ id: 'me', label: 'Zoë', method: 'gckey', partner: null }] });
    expect(JSON.stringify((await browser.storage.local.get(PAGE_VIEW_KEY))[PAGE_VIEW_KEY])).not.toContain('Zoë');
  });

  it('tells the tabs nothing when only another person changed', async () => {
    await storeSettings(twoPeople());
    await vi.waitFor(() => expect(sent).toHaveLength(1));
    await storeSettings(twoPeople('Ahmed K.'));
    await new Promise((done) => setTimeout(done, 50));
    expect(sent).toHaveLength(1);
  });

  it('reaches a content script by message, never through storage.onChanged', async () => {
    const listens = vi.spyOn(browser.storage.onChanged, 'addListener');
    const reads = vi.spyOn(browser.storage.local, 'get');
    vi.spyOn(browser.tabs, 'sendMessage').mockImplementation((async (_tab: number, message: unknown) => {
      await fakeBrowser.runtime.onMessage.trigger(message, {});
    }) as never);
    // The background's answer to `ask-page-view` (entrypoints/background.ts).
    const answers: unknown[] = [];
    browser.runtime.onMessage.addListener(((message: { type?: string }) => {
      if (message.type !== 'ask-page-view') return undefined;
      const answer = pageViewAnswer(Promise.resolve(false));
      void answer.then((value) => answers.push(value));
      return answer;
    }) as never);
    await storeSettings(twoPeople());
    const views: PageView[] = [];
    const ctx = contentContext(() => true);
    watchSettings(ctx, ({ view }) => views.push(view));
    await vi.waitFor(() => expect(views).toHaveLength(1));
    expect(views[0]).toMatchObject({
      profileCount: 2,
      profile: { label: 'Zoë Kowalczyk-Nguyen', partner: 'tangerine' },
    });
    // The answer, like the messages, holds the active person only.
    expect(answers).toHaveLength(1);
    expect(JSON.stringify(answers)).not.toMatch(/Ahmed|Karimi|rbc/);
    await storeSettings({ profiles: [{ id: 'me', label: 'Zoë', method: 'gckey', partner: null }] });
    await vi.waitFor(() => expect(views.at(-1)?.profile.label).toBe(''));
    await storeSettings(twoPeople());
    await vi.waitFor(() => expect(views.at(-1)?.profile.label).toBe('Zoë Kowalczyk-Nguyen'));
    expect(views.at(-1)).toMatchObject({ profileCount: 2, profile: { partner: 'tangerine' } });
    expect(listens).not.toHaveBeenCalled();
    // Storage was asked for the settings and the page view only (by the background: content scripts
    // never read storage themselves, src/content/runtime.test.ts).
    const contentReads = reads.mock.calls.filter(([key]) => key !== PAGE_VIEW_KEY && key !== 'settings');
    expect(contentReads).toEqual([]);
    ctx.abort();
  });
});
