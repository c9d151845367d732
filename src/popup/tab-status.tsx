import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { titleKey } from '../guidance/pages';
import { OFFICIAL_LINKS } from '../guidance/links';
import { lookAlikeOf } from '../lookalike';
import { detectPage, pageKey } from '../pages';
import type { Lang } from '../pages/types';
import type { Settings } from '../settings/schema';
import { setPageHidden } from '../settings/store';
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

export function TabStatus({ t, lang, settings }: { t: UiText; lang: Lang; settings: Settings }) {
  const url = useActiveTabUrl();
  if (url === 'loading') return null;
  const match = url ? detectPage(url) : undefined;
  const official = !match && isOfficialIrccPage(url);
  const lookAlike = match || official ? undefined : lookAlikeOf(url);
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
          <button type="button" class="link" onClick={() => void setPageHidden(pageKey(match), false)}>
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
