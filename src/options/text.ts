import { optionsEn, type OptionsMessages } from '../i18n/options-en';
import { optionsFr } from '../i18n/options-fr';
import type { Lang } from '../pages/types';
import type { LanguageChoice } from '../settings/constants';
import { uiLang, uiText, type UiText } from '../ui/ui-lang';

/** Every word the options page may show: the popup's (and the banner's) plus its own. */
export type OptionsText = UiText & OptionsMessages;
const OPTIONS: Record<Lang, OptionsMessages> = { en: optionsEn, fr: optionsFr };

export const optionsText = (lang: Lang): OptionsText => ({ ...uiText(lang), ...OPTIONS[lang] });

/** The page's language: the person's choice, or else the browser's (there is no IRCC page to follow here). */
export const optionsLang = (choice: LanguageChoice): Lang => (choice === 'page' ? uiLang() : choice);

const LOCALE: Record<Lang, string> = { en: 'en-CA', fr: 'fr-CA' };

export const formatDate = (at: number, lang: Lang) =>
  new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : 'fr-CA', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
  }).format(at);

export const formatTime = (at: number, lang: Lang) =>
  new Intl.DateTimeFormat(LOCALE[lang], { hour: 'numeric', minute: '2-digit' }).format(at);

export const formatKb = (bytes: number, lang: Lang, t: OptionsText) =>
  t.kilobytes(new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 }).format(Math.max(0.1, bytes / 1024)));
