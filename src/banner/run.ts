import { browser } from '../content/browser';
import type { ContentContext } from '../content/lifetime';
import { themeClasses } from '../content/palette';
import { type PageSettings, pageSettings, watchSettings } from '../content/settings';
import { beforeNextPaint, whenBodyStarts } from '../content/timing';
import { type Answer, bannerContent, possibleContents } from '../guidance/content';
import { pageLang } from '../i18n';
import { detectPage, type PageMatch, pageKey } from '../pages';
import type { ContentMessage } from '../settings/messages';
import type { PageView } from '../settings/page-view';
import { renderBanner } from './banner';
import { type BannerHost, mountHost } from './mount';

/**
 * The content script's whole job on one page. On a page it does not know, it returns at once having
 * touched nothing. On a page it knows, it draws the banner as soon as the page's body starts, before
 * anything of it is laid out or painted (the script runs at document_start, so it is always in time
 * for that): what the page is for and, where what it says depends on the person, room for
 * everything it could say to anyone, laid out invisibly. The person's own lines fill that room in the
 * rendering step after their settings come (they can take tens of milliseconds while the browser is
 * busy loading the page), and again whenever they change, without moving the page. If they hid this
 * page kind, it is taken away. It only reads storage; the one write (hiding a page kind) is a
 * message the background validates.
 */
export type RunningBanner = {
  /** Settles once the settings are read and the banner drawn with them (or taken away). */
  ready: Promise<void>;
  /** The page moved without a reload (single-page apps): show what the new address is, or nothing. */
  follow(href: string): void;
};

export function runBanner(href: string, ctx: ContentContext): RunningBanner | undefined {
  let match = detectPage(href);
  if (!match) return undefined;
  let key = pageKey(match);
  // The host goes into the page with the first drawing.
  let mounted: BannerHost | undefined;
  const banner = {
    show: (element: Element) => (mounted ??= mountHost(match!)).show(element),
    setPage: (page: PageMatch) => mounted?.setPage(page),
    remove: () => mounted?.remove(),
  };
  let view: PageView | undefined;
  let noAccountYet = false;
  // Set when the lifetime ends. (Asking the lifetime itself would look at the extension's API,
  // which costs a page load time it need not spend.)
  let ended = false;

  const send = (message: ContentMessage) => void browser.runtime.sendMessage(message).catch(() => {});
  const actions = {
    onClose() {
      banner.remove();
      send({ type: 'hide-page', page: key });
    },
    onAnswer(answer: Answer) {
      if (answer !== 'none') return send({ type: 'remember-method', method: answer });
      noAccountYet = true;
      render();
    },
  };
  let drawn = '';
  const render = () => {
    const settings: PageSettings | undefined =
      view && match && pageSettings(view, match, document.documentElement.lang);
    if (!match || (settings && !settings.banner)) {
      drawn = '';
      return banner.remove();
    }
    // The page's language, unless the person chose one in the options.
    const lang = settings?.lang ?? pageLang(match.lang, document.documentElement.lang);
    const now = Date.now();
    // Everything this page kind could say to anyone. Where that is more than one thing, the banner
    // keeps room for all of it, so neither the settings coming in nor a later change (a method
    // remembered in the popup, a sign-in recorded) ever moves the page.
    const possible = possibleContents(match, lang, now);
    const reserve = possible.length > 1 ? possible : [];
    // A page that says the same to everyone is shown at once, settings or not.
    const shown = settings
      ? bannerContent(match, lang, { ...settings.view, noAccountYet, now })
      : reserve.length
        ? undefined
        : possible[0];
    const theme = settings?.theme ?? 'system';
    // Nothing to redraw when the settings change nothing this banner shows.
    const drawing = JSON.stringify([shown, reserve.length && `${key}|${lang}`, theme]);
    if (drawing === drawn) return;
    drawn = drawing;
    const element = renderBanner(shown, reserve, actions);
    element.classList.add(...themeClasses(theme)); // inside the closed root only
    banner.show(element);
  };
  // Later drawings happen in the browser's next rendering step (after layout, before paint), so a
  // burst of changes is drawn once. (A hidden tab paints nothing, and waits.)
  let cancelDrawing: (() => void) | undefined;
  let settled: () => void = () => {};
  const ready = new Promise<void>((resolve) => (settled = resolve));
  const schedule = () => {
    if (cancelDrawing || ended) return;
    cancelDrawing = beforeNextPaint(() => {
      cancelDrawing = undefined;
      if (ended) return;
      render();
      if (view) settled();
    });
  };

  // The first drawing is as soon as the page's body starts, before any of it is laid out, so the
  // banner never moves the page: not even between the frames a screen reader or the mouse can have
  // the browser lay the page out for. (Waiting for the first frame instead costs the page's load
  // less, but such a layout in between then counts as a layout shift; see the README.)
  const stopWaiting = whenBodyStarts(() => {
    if (!ended) render();
  });
  // Settings: read once, watched, read again when the page comes back from the back/forward cache.
  watchSettings(ctx, (next) => {
    view = next;
    schedule();
  });
  // A page put in the back/forward cache (`pagehide`) needs nothing done: it paints nothing while
  // there, so a drawing asked for on the way out waits, and when it is back (`pageshow`) the
  // settings are read again and the banner drawn once, for the page as it then is.
  /** Takes the banner away and does nothing more on this page. */
  ctx.onInvalidated(() => {
    ended = true;
    stopWaiting();
    cancelDrawing?.();
    banner.remove();
    settled();
  });
  const follow = (next: string) => {
    const moved = detectPage(next);
    if (moved && match && pageKey(moved) === key && moved.lang === match.lang) return;
    match = moved;
    noAccountYet = false;
    if (moved) {
      key = pageKey(moved);
      banner.setPage(moved);
    }
    schedule();
  };
  return { ready, follow };
}
