import { browser } from 'wxt/browser';
import { bannerContent } from '../guidance/content';
import { pageLang } from '../i18n';
import { detectPage, pageKey } from '../pages';
import { SETTINGS_KEY } from '../settings/constants';
import type { HidePageMessage } from '../settings/messages';
import { type PageView, readPageView } from '../settings/page-view';
import { renderBanner } from './banner';
import { type BannerHost, mountHost } from './mount';

/** What the content script needs from its context: a way to learn it is being torn down. */
export type Lifetime = { onInvalidated(callback: () => void): void; readonly isInvalid: boolean };

type Changes = Record<string, { newValue?: unknown }>;

/**
 * The content script's whole job on one page: recognise it, and if the person has not hidden this
 * page kind, show the banner and keep it in step with their settings. On any other page it returns
 * at once, having touched nothing. It only reads storage; the one write (hiding a page kind) is a
 * message that the background validates.
 */
export async function runBanner(href: string, lifetime: Lifetime): Promise<BannerHost | undefined> {
  const match = detectPage(href);
  if (!match) return undefined;
  const key = pageKey(match);
  let view: PageView = readPageView((await browser.storage.local.get(SETTINGS_KEY))[SETTINGS_KEY]);
  if (lifetime.isInvalid || view.hiddenPages.includes(key)) return undefined;

  const banner = mountHost(match);
  const hide = () => {
    banner.remove();
    const message: HidePageMessage = { type: 'hide-page', page: key };
    browser.runtime.sendMessage(message).catch(() => {});
  };
  const render = () => {
    if (view.hiddenPages.includes(key)) return banner.remove();
    const lang = pageLang(match.lang, document.documentElement.lang);
    banner.show(renderBanner(bannerContent(match, lang, view.profile), hide));
  };
  render();
  const onChanged = (changes: Changes, area: string) => {
    if (area !== 'local' || !(SETTINGS_KEY in changes)) return;
    view = readPageView(changes[SETTINGS_KEY]?.newValue);
    render();
  };
  browser.storage.onChanged.addListener(onChanged);
  lifetime.onInvalidated(() => {
    browser.storage.onChanged.removeListener(onChanged);
    banner.remove();
  });
  return banner;
}
