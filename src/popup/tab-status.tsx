import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { titleKey } from '../guidance/pages';
import { OFFICIAL_LINKS } from '../guidance/links';
import { lookAlikeOf } from '../lookalike';
import { detectPage, pageKey } from '../pages';
import type { Lang } from '../pages/types';
import type { Settings } from '../settings/schema';
import { setPageHidden } from '../settings/edits';
import { change } from '../settings/store';
import type { UiText } from '../ui/ui-lang';
import { isOfficialIrccPage } from './official';

/**
 * The address of the active tab of this window. The popup sees it for IRCC tabs (the extension's
 * hosts) and, through activeTab, for the tab the person opened the popup on, and for no other.
 */
function useActiveTabUrl(): string | undefined | 'loading' {
  const [url, setUrl] = useState<string | undefined | 'loading'>('loading');
  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setUrl(tab?.url))
      .catch(() => setUrl(undefined));
  }, []);
  return url;
}

/**
 * What the popup can say about an address: the catalogue page it is, or a look-alike warning.
 * A malformed address (`https://evil.example/%E0%A4%A`, an unknown scheme) is simply not
 * recognised: nothing here may throw while the popup renders, or the popup would lose its controls.
 */
function readTab(url: string | undefined) {
  if (!url) return { match: undefined, lookAlike: undefined };
  let match: ReturnType<typeof detectPage>;
  try {
    match = detectPage(url);
  } catch {
    match = undefined;
  }
  if (match) return { match, lookAlike: undefined };
  try {
    return { match, lookAlike: lookAlikeOf(url) };
  } catch {
    return { match, lookAlike: undefined };
  }
}

export function TabStatus({ t, lang, settings }: { t: UiText; lang: Lang; settings: Settings }) {
  const url = useActiveTabUrl();
  if (url === 'loading') return null;
  const { match, lookAlike: seen } = readTab(url);
  const official = !match && isOfficialIrccPage(url);
  const lookAlike = official ? undefined : seen;
  const hidden = match && settings.hiddenPages.includes(pageKey(match));
  return (
    <section class="tab" aria-labelledby="tab-heading">
      <h2 id="tab-heading">{t.thisTab}</h2>
      <p class="tab-page">
        {match ? (t[titleKey(match, (key) => key in t)] as string) : official ? t.officialIrcc : t.notIrcc}
      </p>
      {hidden && (
        <p>
          {t.pageHidden}{' '}
          <button type="button" class="link" onClick={() => void change(setPageHidden(pageKey(match), false))}>
            {t.showAgain}
          </button>
        </p>
      )}
      {lookAlike && (
        <div class={`look-alike ${lookAlike.strength}`} role="alert">
          <p class="look-alike-title">{lookAlike.strength === 'strong' ? t.lookAlikeStrong : t.lookAlikeTip}</p>
          <p>{t.lookAlikeWhy}</p>
          <p>
            <a href={OFFICIAL_LINKS.signIn[lang]} target="_blank" rel="noopener noreferrer">
              {t.lookAlikeLink}
            </a>
          </p>
        </div>
      )}
    </section>
  );
}
