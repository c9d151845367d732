// What the background believes from each page kind: which messages its content scripts may send, and
// whether asking from it marks the tab as on its way to IRCC. The background's alone (src/settings/record.ts,
// src/kinds/ircc-tabs.ts), so none of it is in the content scripts' bundle. Each is written in its page
// kind's own file, beside the kind.
import type { ContentMessage } from '../settings/messages';
import { gckeySignInSender } from './gckey-sign-in';
import { gckeySignUpSender } from './gckey-sign-up';
import { secureAccountChooseSignInSender } from './secure-account-choose-sign-in';
import { secureAccountHomeSender } from './secure-account-home';
import { secureAccountSignInRedirectSender } from './secure-account-sign-in-redirect';
import { signInPartnerChoosePartnerSender } from './sign-in-partner-choose-partner';
import type { PageKey, Sender } from './types';

/** The page kinds that send more than `hide-page` or mark the tab. */
export const KIND_SENDERS: Partial<Record<PageKey, Sender>> = {
  'gckey/sign-in': gckeySignInSender,
  'gckey/sign-up': gckeySignUpSender,
  'sign-in-partner/choose-partner': signInPartnerChoosePartnerSender,
  'secure-account/choose-sign-in': secureAccountChooseSignInSender,
  'secure-account/sign-in-redirect': secureAccountSignInRedirectSender,
  'secure-account/home': secureAccountHomeSender,
};

/**
 * Which page kinds may send each message (generated from each kind's `sends`); `hide-page` and the
 * read-only `more` and `ask-page-view` come from any.
 */
export function pagesSending(type: ContentMessage['type']): string[] | 'any' {
  if (type === 'hide-page' || type === 'more' || type === 'ask-page-view') return 'any';
  return Object.entries(KIND_SENDERS)
    .filter(([, sender]) => sender.sends.includes(type))
    .map(([key]) => key);
}

/** Whether asking for the page view from this page kind marks the tab as on its way to IRCC (its `marksTab`). */
export const marksTab = (key: string): boolean => KIND_SENDERS[key as PageKey]?.marksTab === true;
