import type { MessageKey } from '../i18n';
import type { PageMatch, ServiceId } from '../pages/types';
import type { GuidanceKey } from './facts';
import type { OfficialLink } from './links';

/** What a banner says on a page kind: what it is for, what it is not, the next step, an official link. */
export type PageGuide = { purpose: GuidanceKey; not: GuidanceKey; next: GuidanceKey; link?: OfficialLink };

const otherAccount = (purpose: GuidanceKey, next: GuidanceKey = 'g_otherAccountNext'): PageGuide => ({
  purpose,
  not: 'g_otherAccountNot',
  next,
  link: 'accounts',
});

/** The service's general guide: what every page of it gets unless a page says more. */
const SERVICE_GUIDES: Record<ServiceId, PageGuide> = {
  gckey: { purpose: 'g_gckeyPurpose', not: 'g_gckeyNot', next: 'g_gckeyNext' },
  'sign-in-partner': { purpose: 'g_partnerPurpose', not: 'g_partnerNot', next: 'g_partnerNext' },
  'secure-account': { purpose: 'g_accountPurpose', not: 'g_accountNot', next: 'g_accountNext', link: 'accounts' },
  'pr-portal': { purpose: 'g_prPortalPurpose', not: 'g_prPortalNot', next: 'g_prPortalNext', link: 'accounts' },
  'ircc-portal': otherAccount('g_irccPortalPurpose'),
  'status-tracker': otherAccount('g_statusTrackerPurpose', 'g_statusTrackerNext'),
  citizenship: otherAccount('g_citizenshipPurpose'),
  'pr-tracker': otherAccount('g_prTrackerPurpose'),
};

/** Where a page kind needs more than its service's guide. */
const PAGE_GUIDES: Record<string, Partial<PageGuide>> = {
  'gckey/sign-up': { purpose: 'g_signUpPurpose', not: 'g_signUpNot', next: 'g_signUpNext' },
  'gckey/recover': { purpose: 'g_recoverPurpose', next: 'g_recoverNext' },
  'secure-account/choose-sign-in': {
    purpose: 'g_chooserPurpose',
    not: 'g_chooserNot',
    next: 'g_chooserNext',
    link: 'accounts',
  },
  'secure-account/sign-in-redirect': { purpose: 'g_redirectPurpose', not: 'g_chooserNot', next: 'g_chooserNext' },
  'secure-account/home': { not: 'g_homeNot', next: 'g_homeNext' },
  'secure-account/register': {
    purpose: 'g_registerPurpose',
    not: 'g_registerNot',
    next: 'g_signUpNext', // "Already have an IRCC account? Go back and sign in…" fits here too
    link: 'signIn',
  },
  'ircc-portal/new-version': { purpose: 'g_irccPortalNewPurpose' },
};

export function guideFor(match: Pick<PageMatch, 'service' | 'page'>): PageGuide {
  return { ...SERVICE_GUIDES[match.service], ...PAGE_GUIDES[`${match.service}/${match.page}`] };
}

/** The banner's title: the page kind's own name where it has one, else the service's. */
export function titleKey(match: Pick<PageMatch, 'service' | 'page'>, has: (key: string) => boolean): MessageKey {
  const specific = `what_${match.service}/${match.page}`;
  return (has(specific) ? specific : `what_${match.service}`) as MessageKey;
}
