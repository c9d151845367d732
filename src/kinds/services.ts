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
 * (a file in this folder) says more. These say the same to everyone.
 */
export const SERVICE_KINDS: Record<ServiceId, { guide: Guide; headline: Headline }> = {
  gckey: {
    guide: { purpose: 'g_gckeyPurpose', not: 'g_gckeyNot', next: 'g_gckeyNext' },
    headline: { tone: 'note', line: 'g_hGckeyAny', forIrcc: 'g_hGckeyForIrcc' },
  },
  'sign-in-partner': {
    guide: { purpose: 'g_partnerPurpose', not: 'g_partnerNot', next: 'g_partnerNext' },
    headline: { tone: 'note', line: 'g_hPartnerAny', forIrcc: 'g_hPartnerForIrcc' },
  },
  'secure-account': {
    guide: { purpose: 'g_accountPurpose', not: 'g_accountNot', next: 'g_accountNext', link: 'accounts' },
    headline: { tone: 'note', line: 'g_hAccount' },
  },
  'pr-portal': {
    guide: {
      purpose: 'g_prPortalPurpose',
      not: 'g_prPortalNot',
      next: 'g_prPortalNext',
      tips: ['g_tipInvitation', 'g_tipRespond', 'g_tipFree'],
      link: 'accounts',
    },
    headline: { tone: 'note', line: 'g_hPrPortal' },
  },
  'ircc-portal': { guide: otherAccount('g_irccPortalPurpose'), headline: ownAccount },
  'status-tracker': { guide: otherAccount('g_statusTrackerPurpose', 'g_statusTrackerNext'), headline: ownAccount },
  citizenship: { guide: otherAccount('g_citizenshipPurpose'), headline: ownAccount },
  'pr-tracker': { guide: otherAccount('g_prTrackerPurpose'), headline: ownAccount },
};
