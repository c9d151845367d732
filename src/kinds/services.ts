import type { ServiceId } from '../pages/types';
import type { Guide, Headline } from './types';

const otherAccount = (purpose: Guide['purpose'], next: Guide['next'] = 'g_otherAccountNext'): Guide => ({
  purpose,
  not: 'g_otherAccountNot',
  next,
  link: 'accounts',
});
const ownAccount: Headline = { tone: 'note', line: 'g_hOwnAccount' };

/**
 * Each service's general page kind: what every page of it says unless a page kind of its own
 * (a file in this folder) says more. These say the same to everyone. The headlines, for the banner:
 */
export const SERVICE_HEADLINES: Record<ServiceId, Headline> = {
  gckey: { tone: 'note', line: 'g_hGckeyAny', forIrcc: 'g_hGckeyForIrcc' },
  'sign-in-partner': { tone: 'note', line: 'g_hPartnerAny', forIrcc: 'g_hPartnerForIrcc' },
  'secure-account': { tone: 'note', line: 'g_hAccount' },
  'pr-portal': { tone: 'note', line: 'g_hPrPortal' },
  'ircc-portal': ownAccount,
  'status-tracker': ownAccount,
  citizenship: ownAccount,
  'pr-tracker': ownAccount,
};

/** The guides behind "More": the background's alone (src/kinds/guides.ts), never in a page's bundle. */
export const SERVICE_GUIDES: Record<ServiceId, Guide> = {
  gckey: { purpose: 'g_gckeyPurpose', not: 'g_gckeyNot', next: 'g_gckeyNext' },
  'sign-in-partner': { purpose: 'g_partnerPurpose', not: 'g_partnerNot', next: 'g_partnerNext' },
  'secure-account': { purpose: 'g_accountPurpose', not: 'g_accountNot', next: 'g_accountNext', link: 'accounts' },
  'pr-portal': {
    purpose: 'g_prPortalPurpose',
    not: 'g_prPortalNot',
    next: 'g_prPortalNext',
    tips: ['g_tipInvitation', 'g_tipRespond', 'g_tipFree'],
    link: 'accounts',
  },
  'ircc-portal': otherAccount('g_irccPortalPurpose'),
  'status-tracker': otherAccount('g_statusTrackerPurpose', 'g_statusTrackerNext'),
  citizenship: otherAccount('g_citizenshipPurpose'),
  'pr-tracker': otherAccount('g_prTrackerPurpose'),
};
