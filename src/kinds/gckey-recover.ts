import type { Kind } from './types';

/** Recovering a GCKey keeps it, and with it every account it opens (F16, F3). */
export const gckeyRecover: Kind = {
  key: 'gckey/recover',
  guide: { purpose: 'g_recoverPurpose', next: 'g_recoverNext' },
  headline: () => ({ tone: 'note', line: 'g_hRecover' }),
};
