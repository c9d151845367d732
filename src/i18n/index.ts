import type { Lang } from '../pages/types';
import { en, type Messages } from './en';
import { fr } from './fr';

export type { Messages, MessageKey } from './en';
export const MESSAGES: Record<Lang, Messages> = { en, fr };

/** `fr`, `fr-CA`, `FR_ca` → 'fr'; `en-CA` → 'en'; anything else → undefined. */
export function normalizeLang(tag: string | null | undefined): Lang | undefined {
  const primary = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return primary === 'fr' || primary === 'en' ? primary : undefined;
}

/** The page's language: what the URL says first (the contract), else `<html lang>`, else English. */
export function pageLang(urlLang: Lang | undefined, htmlLang: string | null | undefined): Lang {
  return urlLang ?? normalizeLang(htmlLang) ?? 'en';
}
