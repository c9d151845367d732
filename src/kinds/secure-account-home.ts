import type { Guide, Kind, Sender } from './types';

/**
 * The account's home. Right after a new GCKey, or a sign-in another way than the person told us,
 * this may be a new, empty account (F3); otherwise it is where their applications are (F1). Linking
 * is for paper applications and a change of bank, not for an account made by mistake (F15, F29).
 */
export const secureAccountHome: Kind = {
  key: 'secure-account/home',
  headline(known) {
    if (known.recentNewGckey) return { tone: 'warning', line: 'g_hHomeNewGckey', personal: true };
    if (known.recentOtherWay) return { tone: 'warning', line: 'g_hHomeOtherWay', personal: true };
    return { tone: 'note', line: 'g_hHome' };
  },
};

/** What the background believes from this page kind (src/kinds/senders.ts: the background's alone, never in a page). */
export const secureAccountHomeSender: Sender = { sends: ['hide-page'], marksTab: true };

/** What this page kind says behind "More" (src/kinds/guides.ts: the background's alone, never in a page). */
export const secureAccountHomeGuide: Partial<Guide> = {
  not: 'g_homeNot',
  next: 'g_homeNext',
  tips: ['g_linkingHelp', 'g_tipQuiet'],
};
