import { detectPage, pageKey } from '../pages';
import { methodFromIdp } from '../pages/idp';
import type { ContentMessage } from './messages';

/** Which page a message may come from: a content script can only report what happens on its own page. */
const FROM_PAGE: Record<ContentMessage['type'], string[] | 'own'> = {
  'hide-page': 'own',
  'remember-method': ['secure-account/choose-sign-in'],
  'record-sign-in': ['secure-account/choose-sign-in', 'secure-account/sign-in-redirect'],
  'record-bank': ['sign-in-partner/choose-partner'],
  'record-new-gckey': ['gckey/sign-up'],
};

/**
 * Whether the browser-reported address of the sending tab (never what the message says about
 * itself) makes this message believable. What it changes is `fromMessage` (edits.ts).
 */
export function messageFitsSender(message: ContentMessage, senderUrl: string | undefined): boolean {
  const match = senderUrl ? detectPage(senderUrl) : undefined;
  if (!match) return false;
  const key = pageKey(match);
  const allowed = FROM_PAGE[message.type];
  if (allowed === 'own') return message.type === 'hide-page' && message.page === key;
  if (!allowed.includes(key)) return false;
  // On the federation front, the address itself says which method was chosen.
  if (message.type === 'record-sign-in' && key === 'secure-account/sign-in-redirect') {
    return methodFromIdp(senderUrl!) === message.method;
  }
  return true;
}
