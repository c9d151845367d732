import type { Guide, Kind, Sender } from './types';

/** IRCC's federation front: the tab is on its way to GCKey or the bank list, from IRCC. */
export const secureAccountSignInRedirect: Kind = {
  key: 'secure-account/sign-in-redirect',
  guarded: 'notes',
  headline: () => ({ tone: 'note', line: 'g_hRedirect' }),
};

/** What the background believes from this page kind (src/kinds/senders.ts: the background's alone, never in a page). */
export const secureAccountSignInRedirectSender: Sender = { sends: ['hide-page', 'record-sign-in'], marksTab: true };

/** What this page kind says behind "More" (src/kinds/guides.ts: the background's alone, never in a page). */
export const secureAccountSignInRedirectGuide: Partial<Guide> = {
  purpose: 'g_redirectPurpose',
  not: 'g_chooserNot',
  next: 'g_chooserNext',
};
