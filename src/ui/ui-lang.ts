import { browser } from 'wxt/browser';
import { MESSAGES, type Messages, normalizeLang } from '../i18n';
import { uiEn, type UiMessages } from '../i18n/ui-en';
import { uiFr } from '../i18n/ui-fr';
import type { Lang } from '../pages/types';

/** Every word the popup and options page may show: the banner's plus their own. */
export type UiText = Messages & UiMessages;
const UI: Record<Lang, UiText> = { en: { ...MESSAGES.en, ...uiEn }, fr: { ...MESSAGES.fr, ...uiFr } };

/** The popup and options follow the browser's language (French or English). */
export function uiLang(): Lang {
  return normalizeLang(browser.i18n.getUILanguage()) ?? 'en';
}
export const uiText = (lang: Lang = uiLang()): UiText => UI[lang];
