import { OFFICIAL_LINKS } from '../guidance/links';
import type { GuideKey } from '../i18n/guide-en';
import type { Lang } from '../pages/types';

/**
 * Where each outcome of the guide sends a person: only official addresses, over https, on canada.ca or
 * a gc.ca host. canada.ca pages come from docs/facts.md ("Official starting points"); a portal's own sign-in
 * page is linked only in a language for which ../docs/pages.md lists its address (or an
 * address without a language). Where it lists none, the person gets the canada.ca "Which IRCC account do
 * I need?" page in their language, which lists every account: see `outcomeLink`.
 */
export const GUIDE_LINKS = {
  secureAccount: OFFICIAL_LINKS.signIn,
  accounts: OFFICIAL_LINKS.accounts,
  // French `/fr/login` is inferred in docs/pages.md, never seen: French falls back to `accounts`.
  prPortal: { en: 'https://prson-srpel.apps.cic.gc.ca/en/login' },
  irccPortal: {
    en: 'https://portal-portail.apps.cic.gc.ca/signin?lang=en',
    fr: 'https://portal-portail.apps.cic.gc.ca/signin?lang=fr',
  },
  // Seen: `/en/login` and `/login` (no language in the address).
  statusTracker: {
    en: 'https://ircc-tracker-suivi.apps.cic.gc.ca/en/login',
    fr: 'https://ircc-tracker-suivi.apps.cic.gc.ca/login',
  },
  citizenshipApply: {
    en: 'https://citapply-citdemande.apps.cic.gc.ca/en/landing',
    fr: 'https://citapply-citdemande.apps.cic.gc.ca/fr/landing',
  },
  // Only the host is listed: its front page, in both languages.
  citizenshipTracker: {
    en: 'https://tracker-suivi.apps.cic.gc.ca/',
    fr: 'https://tracker-suivi.apps.cic.gc.ca/',
  },
  // Only `/en/register` is listed: French falls back to `accounts`.
  prTracker: { en: 'https://prt-srp.apps.cic.gc.ca/en/register' },
} as const satisfies Record<string, Partial<Record<Lang, string>>>;
export type GuideLinkId = keyof typeof GUIDE_LINKS;

/** The name of a link is a guide message (`link_<id>`): a link without one does not compile. */
export const linkLabel = (id: GuideLinkId): GuideKey => `link_${id}`;

/** The official link an outcome shows, in this language: its own page, else the canada.ca accounts page. */
export function outcomeLink(id: GuideLinkId, lang: Lang): { href: string; label: GuideKey } {
  const hrefs: Partial<Record<Lang, string>> = GUIDE_LINKS[id];
  const href = hrefs[lang];
  return href ? { href, label: linkLabel(id) } : { href: GUIDE_LINKS.accounts[lang], label: linkLabel('accounts') };
}
