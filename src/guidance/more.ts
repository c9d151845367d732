import { moreEn, type MoreMessages } from '../i18n/more-en';
import { moreFr } from '../i18n/more-fr';
import { guideOf } from '../kinds/guides';
import { SERVICE_IDS, type Lang, type PageMatch } from '../pages/types';
import { OFFICIAL_LINKS } from './links';

const MORE: Record<Lang, MoreMessages> = { en: moreEn, fr: moreFr };

/** What the banner shows behind "More": plain strings in one language. */
export type MoreContent = {
  next: string;
  purpose: string;
  not: string;
  step: string;
  tips: string[];
  link: { href: string; text: string } | undefined;
};

/**
 * "More" for a page kind (`service/page`) in a language, or undefined for a key that is no service's.
 * Worked out in the background and sent to the banner when the person opens "More", so that these
 * words, in both languages, do not weigh on every IRCC page load (the banner's script has a 12 KB
 * budget).
 */
export function moreContent(page: string, lang: Lang): MoreContent | undefined {
  const [service, kind] = page.split('/');
  if (!SERVICE_IDS.includes(service as PageMatch['service']) || !kind) return undefined;
  const t = MORE[lang];
  const guide = guideOf({ service: service as PageMatch['service'], page: kind });
  return {
    next: t.next,
    purpose: t[guide.purpose],
    not: t[guide.not],
    step: t[guide.next],
    tips: (guide.tips ?? []).map((tip) => t[tip]),
    link: guide.link && {
      href: OFFICIAL_LINKS[guide.link][lang],
      text: guide.link === 'signIn' ? t.officialLinkSignIn : t.officialLinkAccounts,
    },
  };
}

const isString = (value: unknown): value is string => typeof value === 'string' && value.length < 2000;

/** A reply from the background, checked before the banner shows any of it (never trusted as it is). */
export function readMore(raw: unknown): MoreContent | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined;
  const more = raw as Record<string, unknown>;
  const link = more.link as Record<string, unknown> | undefined;
  if (![more.next, more.purpose, more.not, more.step].every(isString)) return undefined;
  if (!Array.isArray(more.tips) || !more.tips.every(isString) || more.tips.length > 8) return undefined;
  const linkOk =
    link === undefined ||
    (typeof link === 'object' &&
      link !== null &&
      isString(link.text) &&
      isString(link.href) &&
      /^https:\/\/www\.canada\.ca\//.test(link.href));
  if (!linkOk) return undefined;
  return {
    next: more.next as string,
    purpose: more.purpose as string,
    not: more.not as string,
    step: more.step as string,
    tips: more.tips as string[],
    link: link && { href: link.href as string, text: link.text as string },
  };
}
