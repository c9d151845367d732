import { browser } from 'wxt/browser';
import { type Answer, bannerContent, possibleContents } from '../guidance/content';
import { pageLang } from '../i18n';
import { detectPage, pageKey } from '../pages';
import { SETTINGS_KEY } from '../settings/constants';
import type { ContentMessage } from '../settings/messages';
import { type PageView, readPageView, showsBanner } from '../settings/page-view';
import { renderBanner } from './banner';
import { type BannerHost, mountHost } from './mount';

/** What the content script needs from its context: a way to learn it is being torn down. */
export type Lifetime = { onInvalidated(callback: () => void): void; readonly isInvalid: boolean };

type Changes = Record<string, { newValue?: unknown }>;

/**
 * The content script's whole job on one page. On a page it does not know, it returns at once having
 * touched nothing. On a page it knows, it puts the banner in place synchronously (the script runs at
 * document_start, before the page is painted), with room for whatever it may say; then it reads the
 * person's settings and fills in their line, or takes the banner away if they hid this page kind.
 * It only reads storage; the one write (hiding a page kind) is a message the background validates.
 */
export type RunningBanner = {
  host: BannerHost;
  ready: Promise<void>;
  /** The page moved without a reload (single-page apps): show what the new address is, or nothing. */
  follow(href: string): void;
};

export function runBanner(href: string, lifetime: Lifetime): RunningBanner | undefined {
  let match = detectPage(href);
  if (!match) return undefined;
  let key = pageKey(match);
  const banner = mountHost(match);
  let view: PageView | undefined;
  let noAccountYet = false;

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
  const render = () => {
    if (!match || (view && !showsBanner(view, match))) return banner.remove();
    // The page's language, unless the person chose one in the options.
    const lang = view && view.language !== 'page' ? view.language : pageLang(match.lang, document.documentElement.lang);
    const now = Date.now();
    const shown = view && bannerContent(match, lang, { ...view, noAccountYet, now });
    const element = renderBanner(shown, possibleContents(match, lang, now), actions);
    if (view && view.theme !== 'system') element.classList.add(view.theme); // inside the closed root only
    banner.show(element);
  };
  const onChanged = (changes: Changes, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    view = readPageView(changes[SETTINGS_KEY]?.newValue);
    render();
  };

  render();
  const ready = browser.storage.local.get(SETTINGS_KEY).then(
    (stored) => {
      if (lifetime.isInvalid) return;
      view = readPageView(stored[SETTINGS_KEY]);
      render();
      browser.storage.onChanged.addListener(onChanged);
    },
    () => banner.remove(), // the extension went away mid-read: leave the page as it was
  );
  lifetime.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onChanged);
    banner.remove();
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
    render();
  };
  return { host: banner, ready, follow };
}
