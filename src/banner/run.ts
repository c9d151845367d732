import { browser } from '../content/browser';
import type { ContentContext } from '../content/lifetime';
import { themeClasses } from '../content/palette';
import { type PageSettings, type PageState, pageSettings, watchSettings } from '../content/settings';
import { beforeNextPaint, whenBodyStarts } from '../content/timing';
import { type Answer, type BannerContext, bannerContent, possibleContents } from '../guidance/content';
import { readMore } from '../guidance/more';
import { MESSAGES, pageLang } from '../i18n';
import { kindFor } from '../kinds';
import { detectPage, type PageMatch, pageKey } from '../pages';
import type { ContentMessage } from '../settings/messages';
import { type DrawnBanner, renderBanner } from './banner';
import { type BannerHost, mountHost } from './mount';

/**
 * The content script's whole job on one page. On a page it does not know, it returns at once having
 * touched nothing. On a page it knows, it draws the banner as soon as the page's body starts, before
 * anything of it is laid out or painted (the script runs at document_start, so it is always in time
 * for that): what the page is for and, where what it says depends on the person, room for
 * everything it could say to anyone, laid out invisibly. The person's own lines fill that room in the
 * rendering step after their settings come (they can take tens of milliseconds while the browser is
 * busy loading the page), and again whenever they change, without moving the page. If they hid this
 * page kind, it is taken away. It only reads the settings; the one write (hiding a page kind) is a
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
  // The banner as drawn, and what it was drawn for (page kind, language, theme): while these stay
  // the same, the person's headline is shown in the room kept for it rather than drawn again. A
  // banner taken away is drawn anew if it comes back (the host goes back in with a new drawing).
  let current: { frame: string; banner: DrawnBanner } | undefined;
  const banner = {
    show: (element: Element) => (mounted ??= mountHost(match!)).show(element),
    setPage: (page: PageMatch) => mounted?.setPage(page),
    remove: () => {
      current = undefined;
      mounted?.remove();
    },
  };
  // The settings, and whether this tab is on its way to or from IRCC (both undefined until the
  // background answers: src/content/settings.ts).
  let state: PageState | undefined;
  // What the person just answered in this banner (changes it in place; not stored).
  let answered: BannerContext['answered'];
  // Set when the lifetime ends. (Asking the lifetime itself would look at the extension's API,
  // which costs a page load time it need not spend.)
  let ended = false;

  const send = (message: ContentMessage) => void browser.runtime.sendMessage(message).catch(() => {});
  const actions = {
    more: (page: string, lang: string) =>
      browser.runtime.sendMessage({ type: 'more', page, lang } as ContentMessage).then(readMore, () => undefined),
    onClose() {
      banner.remove();
      send({ type: 'hide-page', page: key });
    },
    onAnswer(answer: Answer) {
      if (answer === 'yes') {
        const seen = state?.view.profile.lastUsed?.method;
        if (seen) send({ type: 'remember-method', method: seen });
        answered = undefined;
        return;
      }
      if (answer === 'gckey' || answer === 'sign-in-partner') {
        answered = undefined;
        return send({ type: 'remember-method', method: answer });
      }
      // "I don't remember" takes back what they told (the safe advice follows); the rest change the banner in place.
      if (answer === 'forgot' && state?.view.profile.method) send({ type: 'remember-method', method: null });
      answered = answer;
      render();
    },
  };
  let drawn = '';
  const render = () => {
    const settings: PageSettings | undefined =
      state && match && pageSettings(state.view, match, document.documentElement.lang);
    if (!match || (settings && !settings.banner)) {
      drawn = '';
      return banner.remove();
    }
    // The page's language, unless the person chose one in the options.
    const lang = settings?.lang ?? pageLang(match.lang, document.documentElement.lang);
    const now = Date.now();
    // Every headline this page kind could show anyone. Where that is more than one, the banner
    // keeps room for all of them, so neither the settings coming in nor a later change (a method
    // remembered in the popup, a sign-in recorded) ever moves the page.
    const possible = possibleContents(match, lang);
    const reserve = possible.length > 1 ? possible : [];
    // Only GCKey and the bank list, which serve other services too, go by the tab's way.
    const fromIrcc = Boolean(kindFor(match).shared && state?.fromIrcc);
    // A page that says the same to everyone is shown at once, settings or not.
    const shown = settings
      ? bannerContent(match, lang, { ...settings.view, fromIrcc, answered, now })
      : reserve.length
        ? undefined
        : possible[0];
    const theme = settings?.theme ?? 'system';
    // Nothing to redraw when the settings change nothing this banner shows.
    const frame = `${key}|${lang}|${theme}`;
    const drawing = JSON.stringify([shown, frame]);
    if (drawing === drawn) return;
    drawn = drawing;
    if (shown && current?.frame === frame && current.banner.show(shown)) return;
    const drawnBanner = renderBanner(shown, reserve, actions, MESSAGES[lang].bannerLabel);
    drawnBanner.element.classList.add(...themeClasses(theme)); // inside the closed root only
    current = { frame, banner: drawnBanner };
    banner.show(drawnBanner.element);
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
      if (state) settled();
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
    state = next;
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
    answered = undefined;
    if (moved) {
      key = pageKey(moved);
      banner.setPage(moved);
    }
    schedule();
  };
  return { ready, follow };
}
