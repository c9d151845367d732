import { pageLang } from '../i18n';
import type { Lang, PageMatch } from '../pages/types';
import { type Method, PAGE_VIEW_KEY, type ThemeChoice } from '../settings/constants';
import { type PageProfile, type PageView, readStoredPageView, showsBanner } from '../settings/page-view';
import { browser } from './browser';
import type { ContentContext } from './lifetime';

/**
 * The content scripts' one read and one watch of the settings. They read only the page view the
 * background keeps for them (PAGE_VIEW_KEY: the active person, no one else) and hear of changes from
 * the background's message, never from `storage.onChanged`, which would hand every page's process
 * every person's name and bank with each change. `onView` is called with the validated view (a
 * malformed value reads as the defaults, never a crash) once it is read, again on every change, and
 * again when the page comes back from the back/forward cache (a message sent while it was there is
 * not delivered). If the extension's API fails (the extension went away mid-read), the lifetime ends.
 */
export function watchSettings(ctx: ContentContext, onView: (view: PageView) => void): void {
  // Changes heard so far: one heard while a read is under way is newer than what the read returns.
  let heard = 0;
  const read = (since = heard) =>
    browser.storage.local.get(PAGE_VIEW_KEY).then((stored) => {
      if (!ctx.isInvalid && since === heard) onView(readStoredPageView(stored[PAGE_VIEW_KEY]));
    }, ctx.abort);
  const onMessage = (message: unknown) => {
    const sent = message as { type?: unknown; view?: unknown } | null;
    if (ctx.isInvalid || sent?.type !== 'page-view') return;
    heard++;
    onView(readStoredPageView(sent.view));
  };
  browser.runtime.onMessage.addListener(onMessage);
  ctx.onInvalidated(() => browser.runtime.onMessage.removeListener(onMessage));
  void read();
  ctx.addEventListener(window, 'pageshow', (event) => {
    if ((event as PageTransitionEvent).persisted) void read();
  });
}

/**
 * What the settings mean for one page, for the banner and the guards alike. `told` is what the
 * person told the extension (popup, options, first run, the banner's question): only that is
 * asserted or guarded. `seen` is what it only saw happen: offered as a question at most.
 */
export type PageSettings = {
  /** The person's chosen language over the page's; the page's is the URL's, else `<html lang>`, else English. */
  lang: Lang;
  theme: ThemeChoice;
  /** Whether a banner belongs here (not switched off globally, for the service or the page kind). */
  banner: boolean;
  /** The global off switch: no banner, no guard, anywhere. */
  disabled: boolean;
  /** The active person's name, only when more than one person is kept and it has one. */
  name: string | undefined;
  told: { method: Method | null; partner: PageProfile['partner'] };
  seen: { lastUsed: PageProfile['lastUsed']; newGckeyAt: number | null };
  /** The view itself, for the banner's wording (src/guidance/content.ts takes the profile whole). */
  view: PageView;
};

export function pageSettings(view: PageView, match: PageMatch, htmlLang: string | null | undefined): PageSettings {
  const { profile } = view;
  return {
    lang: view.language !== 'page' ? view.language : pageLang(match.lang, htmlLang),
    theme: view.theme,
    banner: showsBanner(view, match),
    disabled: view.disabled,
    name: view.profileCount > 1 && profile.label ? profile.label : undefined,
    told: { method: profile.method, partner: profile.partner },
    seen: { lastUsed: profile.lastUsed, newGckeyAt: profile.newGckeyAt },
    view,
  };
}
