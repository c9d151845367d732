import { seenQuestion } from './gckey-sign-in';
import type { Guide, Kind, Sender } from './types';

/**
 * IRCC's own sign-in page (canada.ca): the two buttons. The person's own is named by what it is
 * ("the GCKey button"), never by a label the page may not have; with nothing told, the banner asks.
 */
export const secureAccountChooseSignIn: Kind = {
  key: 'secure-account/choose-sign-in',
  guarded: 'marks',
  headline(known) {
    if (known.told === 'gckey') return { tone: 'note', line: 'g_hChooserGckey', personal: true, change: true };
    if (known.told === 'sign-in-partner')
      // (Their bank is shown on the bank list, where it is chosen: here its line would push IRCC's
      // buttons below a phone's first screen.)
      return { tone: 'note', line: 'g_hChooserPartner', personal: true, change: true };
    if (known.seen) return seenQuestion(known.seen);
    return { tone: 'note', line: 'g_questionPrompt', personal: true, ask: 'method' };
  },
};

/** What the background believes from this page kind (src/kinds/senders.ts: the background's alone, never in a page). */
export const secureAccountChooseSignInSender: Sender = {
  sends: ['hide-page', 'remember-method', 'record-sign-in'],
  marksTab: true,
};

/** What this page kind says behind "More" (src/kinds/guides.ts: the background's alone, never in a page). */
export const secureAccountChooseSignInGuide: Partial<Guide> = {
  purpose: 'g_chooserPurpose',
  not: 'g_chooserNot',
  next: 'g_chooserNext',
  tips: ['g_tipFree'],
  link: 'accounts',
};
