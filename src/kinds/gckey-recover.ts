import type { Guide, Kind } from './types';

/** Recovering a GCKey keeps it, and with it every account it opens (F16, F3). */
export const gckeyRecover: Kind = {
  key: 'gckey/recover',
  headline: () => ({ tone: 'note', line: 'g_hRecover' }),
};

/** What this page kind says behind "More" (src/kinds/guides.ts: the background's alone, never in a page). */
export const gckeyRecoverGuide: Partial<Guide> = { purpose: 'g_recoverPurpose', next: 'g_recoverNext' };
