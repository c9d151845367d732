import { pageLang } from '../i18n';
import type { Lang, PageMatch } from '../pages/types';
import { type Method, SETTINGS_KEY, type ThemeChoice } from '../settings/constants';
import { type PageProfile, type PageView, readPageView, showsBanner } from '../settings/page-view';
import { browser } from './browser';
import type { ContentContext } from './lifetime';

type Changes = Record<string, { newValue?: unknown }>;

/**
 * The content scripts' one read and one watch of the settings. `onView` is called with the
 * validated view (a malformed store reads as the defaults, never a crash) once they are read, again
 * on every change, and again when the page comes back from the back/forward cache (changes made
 * while it was there may never have been delivered to it). If the extension's API fails (the
 * extension went away mid-read), the lifetime ends.
 */
export function watchSettings(ctx: ContentContext, onView: (view: PageView) => void): void {
  const read = () =>
    browser.storage.local.get(SETTINGS_KEY).then((stored) => {
      if (!ctx.isInvalid) onView(readPageView(stored[SETTINGS_KEY]));
    }, ctx.abort);
  const onChanged = (changes: Changes, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes) || ctx.isInvalid) return;
    onView(readPageView(changes[SETTINGS_KEY]?.newValue));
  };
  void read().then(() => {
    if (ctx.signal.aborted) return;
    browser.storage.onChanged.addListener(onChanged);
    ctx.onInvalidated(() => browser.storage.onChanged.removeListener(onChanged));
  });
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
