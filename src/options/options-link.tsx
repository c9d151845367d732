import { browser } from 'wxt/browser';
import { optionsEn } from '../i18n/options-en';
import { optionsFr } from '../i18n/options-fr';
import type { Lang } from '../pages/types';

/** The popup's way to the options page (the browser opens it in a tab, as the manifest asks). */
export function OptionsLink({ lang }: { lang: Lang }) {
  return (
    <p class="options-link">
      <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
        {(lang === 'fr' ? optionsFr : optionsEn).openSettings}
      </button>
    </p>
  );
}
