import { afterEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fakeBackground, storeSettings } from '../../tests/unit/fake-background';
import { readPageView, readStoredPageView } from '../settings/page-view';
import { contentContext } from './lifetime';
import { watchRoute } from './navigation';
import { pageSettings, watchSettings } from './settings';
import { startContent } from './start';
import { fromPerson } from './trust';

const CHOOSER_FR = {
  service: 'secure-account',
  page: 'choose-sign-in',
  lang: 'fr',
} as const;

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

describe('startContent', () => {
  it('on a page it does not know, makes no lifetime, timer or listener', () => {
    const setInterval = vi.spyOn(globalThis, 'setInterval');
    const addEventListener = vi.spyOn(EventTarget.prototype, 'addEventListener');
    const run = vi.fn();
    startContent(() => true, run, 'https://onlineservices-servicesenligne.cic.gc.ca/eta/');
    startContent(() => false, run, 'https://clegc-gckey.gc.ca/j/eng/l'); // known, but not wanted
    expect(run).not.toHaveBeenCalled();
    expect(setInterval).not.toHaveBeenCalled();
    expect(addEventListener).not.toHaveBeenCalled();
  });

  it('on a page it knows, runs with the page and a live lifetime', () => {
    const run = vi.fn();
    startContent(() => true, run, 'https://clegc-gckey.gc.ca/j/eng/l');
    expect(run).toHaveBeenCalledWith(expect.objectContaining({ service: 'gckey', page: 'sign-in' }), expect.anything());
    run.mock.calls[0]![1].abort();
  });
});

describe('the lifetime', () => {
  it('ends when the extension goes away: every listener and timer it gave out stops, clean-ups run once', () => {
    vi.useFakeTimers();
    let alive = true;
    const ctx = contentContext(() => alive);
    const listener = vi.fn();
    const tick = vi.fn();
    const later = vi.fn();
    const cleanUp = vi.fn();
    ctx.addEventListener(window, 'test-event', listener);
    ctx.setInterval(tick, 100);
    ctx.setTimeout(later, 5000);
    ctx.onInvalidated(cleanUp);
    window.dispatchEvent(new Event('test-event'));
    vi.advanceTimersByTime(300);
    expect([listener.mock.calls.length, tick.mock.calls.length]).toEqual([1, 3]);

    alive = false;
    vi.advanceTimersByTime(2000); // the lifetime looks, and ends
    expect(ctx.isInvalid).toBe(true);
    const ticks = tick.mock.calls.length;
    window.dispatchEvent(new Event('test-event'));
    vi.advanceTimersByTime(10_000);
    expect(listener).toHaveBeenCalledTimes(1);
    expect(tick).toHaveBeenCalledTimes(ticks);
    expect(later).not.toHaveBeenCalled();
    expect(cleanUp).toHaveBeenCalledTimes(1);
    ctx.onInvalidated(cleanUp); // given after the end: runs at once
    expect(cleanUp).toHaveBeenCalledTimes(2);
  });
});

describe('watchRoute', () => {
  it('follows a route once it has changed (currententrychange), never the start of a navigation', () => {
    const navigation = new EventTarget() as EventTarget & { currentEntry: object };
    navigation.currentEntry = {};
    vi.stubGlobal('navigation', navigation);
    const ctx = contentContext(() => true);
    const onRoute = vi.fn();
    watchRoute(ctx, onRoute);
    const start = location.href;
    // A navigation starting (a tel: link, a download): nothing has changed yet, and nothing is followed.
    navigation.dispatchEvent(Object.assign(new Event('navigate'), { destination: { url: 'tel:+1' } }));
    navigation.dispatchEvent(new Event('currententrychange')); // (replaceState to the same address)
    expect(onRoute).not.toHaveBeenCalled();
    history.pushState(null, '', '/somewhere-else');
    navigation.dispatchEvent(new Event('currententrychange'));
    expect(onRoute).toHaveBeenCalledWith(location.href);
    history.replaceState(null, '', start);
    ctx.abort();
  });

  it('without the Navigation API, compares the address after popstate and once a second', () => {
    vi.useFakeTimers();
    vi.stubGlobal('navigation', undefined);
    const ctx = contentContext(() => true);
    const onRoute = vi.fn();
    watchRoute(ctx, onRoute);
    const start = location.href;
    history.pushState(null, '', '/moved');
    vi.advanceTimersByTime(1000);
    expect(onRoute).toHaveBeenCalledTimes(1);
    history.replaceState(null, '', start);
    dispatchEvent(new PopStateEvent('popstate'));
    expect(onRoute).toHaveBeenCalledTimes(2);
    ctx.abort();
    history.pushState(null, '', '/after-the-end');
    vi.advanceTimersByTime(5000);
    expect(onRoute).toHaveBeenCalledTimes(2);
    history.replaceState(null, '', start);
  });
});

describe('the settings for a page', () => {
  const settings = (more: object = {}) =>
    readPageView({
      profiles: [
        {
          id: 'me',
          label: 'Maria',
          method: 'sign-in-partner',
          partner: 'rbc',
          lastUsed: { method: 'gckey', partner: null, at: 1 },
          newGckeyAt: 2,
        },
        { id: 'you', label: 'Sam', method: null, partner: null },
      ],
      activeProfile: 'me',
      ...more,
    });

  it('the person’s chosen language over the page’s; the page’s otherwise', () => {
    expect(pageSettings(settings({ language: 'en' }), CHOOSER_FR, 'fr').lang).toBe('en');
    expect(pageSettings(settings(), CHOOSER_FR, 'en').lang).toBe('fr'); // the URL says French
    expect(pageSettings(settings(), { ...CHOOSER_FR, lang: undefined }, 'fr-CA').lang).toBe('fr');
  });

  it('keeps what was told apart from what was only seen; names the person only among several', () => {
    const view = settings({ theme: 'dark' });
    expect(pageSettings(view, CHOOSER_FR, 'fr')).toMatchObject({
      theme: 'dark',
      banner: true,
      disabled: false,
      name: 'Maria',
      told: { method: 'sign-in-partner', partner: 'rbc' },
      seen: { lastUsed: { method: 'gckey', at: 1 }, newGckeyAt: 2 },
    });
    const off = pageSettings(settings({ disabled: true }), CHOOSER_FR, 'fr');
    expect([off.banner, off.disabled]).toEqual([false, true]);
  });

  it('reads once, follows changes, reads again when the page comes back from the back/forward cache', async () => {
    fakeBrowser.reset();
    fakeBackground();
    await storeSettings({ theme: 'dark' });
    const ctx = contentContext(() => true);
    const views: string[] = [];
    watchSettings(ctx, ({ view }) => views.push(view.theme));
    await vi.waitFor(() => expect(views).toEqual(['dark']));
    await browser.storage.local.set({ settings: { theme: 'light' } });
    await vi.waitFor(() => expect(views).toEqual(['dark', 'light']));
    const pageshow = (persisted: boolean) => dispatchEvent(Object.assign(new Event('pageshow'), { persisted }));
    pageshow(false); // a fresh load: its settings were read as it started
    pageshow(true); // back from the back/forward cache
    await vi.waitFor(() => expect(views).toEqual(['dark', 'light', 'light']));
    ctx.abort();
    await browser.storage.local.set({ settings: { theme: 'system' } });
    expect(views).toHaveLength(3);
  });

  it('asks once per page for the banner and the guards together, and tells both every change', async () => {
    fakeBrowser.reset();
    fakeBackground({ fromIrcc: true });
    await storeSettings({ theme: 'dark' });
    const asks = vi.spyOn(browser.runtime, 'sendMessage');
    const banner = contentContext(() => true);
    const guards = contentContext(() => true);
    const seen: string[] = [];
    watchSettings(banner, ({ view, fromIrcc }) => seen.push(`banner ${view.theme} ${fromIrcc}`));
    await vi.waitFor(() => expect(seen).toEqual(['banner dark true']));
    // The guards start later (after the load): they hear the answer already in, at once.
    watchSettings(guards, ({ view }) => seen.push(`guards ${view.theme}`));
    expect(seen).toEqual(['banner dark true', 'guards dark']);
    await browser.storage.local.set({ settings: { theme: 'light' } });
    await vi.waitFor(() => expect(seen).toHaveLength(4));
    expect(seen.slice(2).sort()).toEqual(['banner light true', 'guards light']);
    expect(
      asks.mock.calls.filter(([message]) => (message as unknown as { type: string }).type === 'ask-page-view'),
    ).toHaveLength(1);
    banner.abort();
    guards.abort();
  });

  it('keeps what it knows when a later ask goes unanswered (back from the back/forward cache)', async () => {
    fakeBrowser.reset();
    const send = vi.spyOn(browser.runtime, 'sendMessage');
    send.mockResolvedValueOnce({ view: { disabled: true, theme: 'dark' }, fromIrcc: true } as never);
    const ctx = contentContext(() => true);
    const states: [boolean, string, boolean][] = [];
    watchSettings(ctx, ({ view, fromIrcc }) => states.push([view.disabled, view.theme, fromIrcc]));
    await vi.waitFor(() => expect(states).toEqual([[true, 'dark', true]]));
    send.mockRejectedValueOnce(new Error('no answer'));
    dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    send.mockResolvedValueOnce({ view: 'nonsense' } as never);
    dispatchEvent(Object.assign(new Event('pageshow'), { persisted: true }));
    await vi.waitFor(() => expect(send).toHaveBeenCalledTimes(3));
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(states).toEqual([[true, 'dark', true]]); // the off switch stays on
    ctx.abort();
    vi.restoreAllMocks();
  });

  it('reads an unanswered or malformed answer as the defaults, not from IRCC', async () => {
    for (const answer of [
      Promise.reject(new Error('no answer')),
      Promise.resolve('nonsense'),
      Promise.resolve({ view: 5, fromIrcc: 'yes' }),
    ]) {
      answer.catch(() => {});
      fakeBrowser.reset();
      vi.spyOn(browser.runtime, 'sendMessage').mockReturnValueOnce(answer as never);
      const reads = vi.spyOn(browser.storage.local, 'get'); // content scripts never read storage themselves
      const ctx = contentContext(() => true);
      const states: unknown[] = [];
      watchSettings(ctx, (state) => states.push(state));
      await vi.waitFor(() => expect(states).toHaveLength(1));
      expect(states[0]).toEqual({ view: readStoredPageView(undefined), fromIrcc: false });
      expect(reads).not.toHaveBeenCalled();
      ctx.abort();
      vi.restoreAllMocks();
    }
  });

  it('keeps a change heard while the answer was on its way over the answer’s older view', async () => {
    fakeBrowser.reset();
    let answer!: (value: unknown) => void;
    vi.spyOn(browser.runtime, 'sendMessage').mockReturnValueOnce(new Promise((resolve) => (answer = resolve)) as never);
    const ctx = contentContext(() => true);
    const states: { theme: string; fromIrcc: boolean }[] = [];
    watchSettings(ctx, ({ view, fromIrcc }) => states.push({ theme: view.theme, fromIrcc }));
    await fakeBrowser.runtime.onMessage.trigger({ type: 'page-view', view: { theme: 'light' } }, {});
    expect(states).toEqual([]); // the tab's way is not known yet
    answer({ view: { theme: 'dark' }, fromIrcc: true });
    await vi.waitFor(() => expect(states).toEqual([{ theme: 'light', fromIrcc: true }]));
    ctx.abort();
    vi.restoreAllMocks();
  });
});

describe('fromPerson', () => {
  it('refuses a script-made event, and a trusted one without a user activation', () => {
    expect(fromPerson(new MouseEvent('click'))).toBe(false); // isTrusted is false for dispatched events
    const trusted = (event: Event) => Object.defineProperty(event, 'isTrusted', { value: true });
    vi.stubGlobal('navigator', { userActivation: { isActive: false } });
    expect(fromPerson(trusted(new Event('submit')))).toBe(false);
    vi.stubGlobal('navigator', { userActivation: { isActive: true } });
    expect(fromPerson(trusted(new Event('submit')))).toBe(true);
  });
});
