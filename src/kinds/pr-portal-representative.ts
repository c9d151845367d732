import type { Guide, Kind } from './types';

/** The PR Portal's representatives' side: they sign up for their own account; no invitation (F26). */
export const prPortalRepresentative: Kind = {
  key: 'pr-portal/representative',
  headline: () => ({ tone: 'note', line: 'g_hPrRep' }),
};

/** What this page kind says behind "More" (src/kinds/guides.ts: the background's alone, never in a page). */
export const prPortalRepresentativeGuide: Partial<Guide> = {
  purpose: 'g_prRepPurpose',
  next: 'g_prRepNext',
  tips: ['g_tipFree'],
};
