import { pagesSending } from '../kinds/senders';
import { detectPage, pageKey } from '../pages';
import { methodFromIdp } from '../pages/idp';
import type { ContentMessage } from './messages';

/**
 * Whether the browser-reported address of the sending tab (never what the message says about
 * itself) makes this message believable. What it changes is `fromMessage` (edits.ts).
 */
export function messageFitsSender(message: ContentMessage, senderUrl: string | undefined): boolean {
  const match = senderUrl ? detectPage(senderUrl) : undefined;
  if (!match) return false;
  const key = pageKey(match);
  // Which page a message may come from (each page kind's `sends`, src/kinds/): a content script can
  // only report what happens on its own page.
  const allowed = pagesSending(message.type);
  if (allowed === 'any') return message.type !== 'hide-page' || message.page === key;
  if (!allowed.includes(key)) return false;
  // On the federation front, the address itself says which method was chosen.
  if (message.type === 'record-sign-in' && key === 'secure-account/sign-in-redirect') {
    return methodFromIdp(senderUrl!) === message.method;
  }
  return true;
}
