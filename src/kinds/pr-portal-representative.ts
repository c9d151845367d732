import type { Kind } from './types';

/** The PR Portal's representatives' side: they sign up for their own account; no invitation (F26). */
export const prPortalRepresentative: Kind = {
  key: 'pr-portal/representative',
  guide: { purpose: 'g_prRepPurpose', next: 'g_prRepNext', tips: ['g_tipFree'] },
  headline: () => ({ tone: 'note', line: 'g_hPrRep' }),
};
