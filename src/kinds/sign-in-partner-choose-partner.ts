import { seenQuestion } from './gckey-sign-in';
import type { Kind, Sender } from './types';

/**
 * The bank list. Shared by many services (F24); from IRCC, another bank than the one the account was
 * made with opens a new, empty account (F3, F15), and a told GCKey user is warned with the way back.
 * The person's bank is shown beside the line, never in it (the page must not learn it, F14).
 */
export const signInPartnerChoosePartner: Kind = {
  key: 'sign-in-partner/choose-partner',
  shared: true,
  guarded: 'marks',
  headline(known) {
    if (!known.fromIrcc) return { tone: 'note', line: 'g_hPartnerAny', forIrcc: 'g_hPartnerForIrcc' };
    if (known.told === 'gckey')
      return { tone: 'warning', line: 'g_hPartnerNotYours', personal: true, change: true, back: 'signIn' };
    if (known.told === 'sign-in-partner')
      return known.toldBank
        ? { tone: 'note', line: 'g_hPartnerYours', personal: true, bank: true, change: true }
        : { tone: 'note', line: 'g_hPartnerUnknown', personal: true, change: true };
    if (known.seen) return seenQuestion(known.seen);
    return { tone: 'note', line: 'g_hPartnerUnknown' };
  },
};

/** What the background believes from this page kind (src/kinds/senders.ts: the background's alone, never in a page). */
export const signInPartnerChoosePartnerSender: Sender = { sends: ['hide-page', 'remember-method', 'record-bank'] };
