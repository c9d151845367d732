import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { UiText } from '../ui/ui-lang';
import { detectPage, pageKey, type PageMatch } from '../pages';
import { titleKey } from '../guidance/pages';
import type { Settings } from '../settings/schema';
import { setPageHidden } from '../settings/store';

/** The page in the active tab of this window, if it is one the extension knows. */
function useActivePage(): PageMatch | undefined | 'loading' {
  const [match, setMatch] = useState<PageMatch | undefined | 'loading'>('loading');
  useEffect(() => {
    void browser.tabs
      .query({ active: true, currentWindow: true })
      .then(([tab]) => setMatch(tab?.url ? detectPage(tab.url) : undefined))
      .catch(() => setMatch(undefined));
  }, []);
  return match;
}

export function TabStatus({ t, settings }: { t: UiText; settings: Settings }) {
  const match = useActivePage();
  if (match === 'loading') return null;
  const hidden = match && settings.hiddenPages.includes(pageKey(match));
  return (
    <section class="tab" aria-labelledby="tab-heading">
      <h2 id="tab-heading">{t.thisTab}</h2>
      <p class="tab-page">{match ? (t[titleKey(match, (key) => key in t)] as string) : t.notIrcc}</p>
      {hidden && (
        <p>
          {t.pageHidden}{' '}
          <button type="button" class="link" onClick={() => void setPageHidden(pageKey(match), false)}>
            {t.showAgain}
          </button>
        </p>
      )}
    </section>
  );
}
