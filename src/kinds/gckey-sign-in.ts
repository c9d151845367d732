import type { Guide, Headline, Kind, Known, Sender } from './types';

/**
 * Where a GCKey is typed. Shared by many services (F24): IRCC is spoken of only when the tab comes
 * from IRCC's front. A person who told us they use their bank is warned, with the way back (F3).
 */
export const gckeySignIn: Kind = {
  key: 'gckey/sign-in',
  shared: true,
  headline(known: Known): Headline {
    if (!known.fromIrcc) return { tone: 'note', line: 'g_hGckeyAny', forIrcc: 'g_hGckeyForIrcc' };
    if (known.told === 'gckey') return { tone: 'note', line: 'g_hGckeyYours', personal: true, change: true };
    if (known.told === 'sign-in-partner')
      return { tone: 'warning', line: 'g_hGckeyNotYours', personal: true, bank: true, change: true, back: 'signIn' };
    if (known.seen) return seenQuestion(known.seen);
    return { tone: 'note', line: 'g_hGckeyUnknown' };
  },
};

/** What the background believes from this page kind (src/kinds/senders.ts: the background's alone, never in a page). */
export const gckeySignInSender: Sender = { sends: ['hide-page', 'remember-method'] };

/** What the extension only saw, offered as a question (yes makes it told). */
export function seenQuestion(seen: Known['seen']): Headline {
  return { tone: 'note', line: seen === 'gckey' ? 'g_seenGckey' : 'g_seenPartner', personal: true, ask: 'seen' };
}

/** What this page kind says behind "More" (src/kinds/guides.ts: the background's alone, never in a page). */
export const gckeySignInGuide: Partial<Guide> = { tips: ['g_tipInvalidSession'] };
