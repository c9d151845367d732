import type { Guide, Kind, Sender } from './types';

/**
 * The GCKey sign-up page: a new GCKey opens a new, empty IRCC account (F3, F4). For anyone who told
 * us how they sign in, coming from IRCC: stop. From elsewhere, GCKey is for many services (F24).
 */
export const gckeySignUp: Kind = {
  key: 'gckey/sign-up',
  shared: true,
  guarded: 'notes',
  headline(known) {
    if (!known.fromIrcc) return { tone: 'note', line: 'g_hSignUpAny', forIrcc: 'g_hSignUpForIrcc' };
    if (known.told) return { tone: 'warning', line: 'g_hSignUpStop', personal: true, back: 'signIn' };
    return { tone: 'note', line: 'g_hSignUpUnknown' };
  },
};

/** What the background believes from this page kind (src/kinds/senders.ts: the background's alone, never in a page). */
export const gckeySignUpSender: Sender = { sends: ['hide-page', 'record-new-gckey'] };

/** What this page kind says behind "More" (src/kinds/guides.ts: the background's alone, never in a page). */
export const gckeySignUpGuide: Partial<Guide> = {
  purpose: 'g_signUpPurpose',
  not: 'g_signUpNot',
  next: 'g_signUpNext',
};
