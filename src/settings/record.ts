import { pagesSending } from '../kinds';
import { detectPage, pageKey } from '../pages';
import { methodFromIdp } from '../pages/idp';
import type { ContentMessage } from './messages';
import { activeProfile, type Profile, type Settings } from './schema';

/**
 * Whether the browser-reported address of the sending tab (never what the message says about
 * itself) makes this message believable.
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

const updateActive = (settings: Settings, change: (profile: Profile) => Profile): Settings => {
  const active = activeProfile(settings);
  return {
    ...settings,
    profiles: settings.profiles.map((profile) => (profile.id === active.id ? change(profile) : profile)),
  };
};

/** What a (validated) message changes in the settings, for the active profile. Pure. */
export function applyMessage(settings: Settings, message: ContentMessage, now: number): Settings {
  switch (message.type) {
    case 'hide-page':
      return {
        ...settings,
        hiddenPages: [...settings.hiddenPages.filter((page) => page !== message.page), message.page],
      };
    case 'remember-method':
      // Told, not guessed: a bank they were only seen picking stays seen (they choose it in the popup).
      // The same method again keeps the bank they told.
      return updateActive(settings, (profile) => ({
        ...profile,
        method: message.method,
        partner: message.method === 'sign-in-partner' && profile.method === 'sign-in-partner' ? profile.partner : null,
      }));
    case 'record-sign-in':
      return updateActive(settings, (profile) => ({
        ...profile,
        lastUsed: { method: message.method, partner: null, at: now },
      }));
    case 'record-bank':
      return updateActive(settings, (profile) => ({
        ...profile,
        lastUsed: { method: 'sign-in-partner', partner: message.partner, at: now },
      }));
    case 'record-new-gckey':
      return updateActive(settings, (profile) => ({ ...profile, newGckeyAt: now }));
    case 'ircc-tab':
    case 'ask-ircc-tab':
    case 'more':
      return settings; // about the tab, not the settings (src/kinds/ircc-tabs.ts)
  }
}
