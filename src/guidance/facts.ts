import type { MessageKey } from '../i18n';
import type { GuardMessages } from '../i18n/guards-en';
import type { UiMessages } from '../i18n/ui-en';

/**
 * The facts of docs/facts.md that the guidance rests on (ids and a reminder; the
 * sources are in that file). When a fact changes, every sentence citing it is found here.
 */
export const FACTS = {
  F1: 'The IRCC secure account is where people apply, upload documents, read messages, follow applications.',
  F2: 'The secure account is signed in to with either GCKey or a Sign-In Partner (bank, through Interac).',
  F3: 'The other method or a new GCKey creates a new, separate, empty account; methods cannot be switched.',
  F4: 'IRCC counted 29,945 duplicate Express Entry profiles held by 10,229 people (2023).',
  F5: 'The PR Portal is a separate system used after PR approval: details, photo, address, eCOPR.',
  F6: 'People cannot register for the PR Portal themselves for PR confirmation: IRCC invites them.',
  F7: 'The secure account and the PR Portal are not linked and do not share information.',
  F8: 'Genuine PR Portal invitations come from a cic.gc.ca address, in English and French.',
  F9: 'Respond promptly inside the PR Portal.',
  F10: 'Both systems are free.',
  F11: 'Still waiting for a decision → secure account; approved and invited → PR Portal.',
  F12: 'GCKey is the Government of Canada’s own username-and-password credential.',
  F13: 'Two-factor authentication is mandatory for GCKey on IRCC accounts since 31 July 2023.',
  F14: 'Sign-In Partners are banks partnered with Interac; the government does not learn which bank.',
  F15: 'Changing banks means a new account and linking applications: 5 tries, then locked 24 hours.',
  F16: 'GCKey username and password rules; a locked GCKey is recovered, or a new one registered (empty account).',
  F17: '"Invalid Session" on GCKey is often caused by a VPN or proxy.',
  F18: 'The IRCC Portal and the trackers each have their own sign-in; none is the secure account or uses GCKey/SIP.',
  F19: 'The eTA form needs no account.',
  F20: 'The status tracker signs people out after 30 minutes without activity.',
  F21: 'Official IRCC sites are bilingual and end in canada.ca or gc.ca.',
} as const;
export type FactId = keyof typeof FACTS;

export type GuidanceKey = Extract<MessageKey, `g_${string}`>;
type GuardGuidanceKey = Extract<keyof GuardMessages, `g_${string}`>;

/** Every guidance sentence and the facts it rests on. The type makes a sentence without an entry a compile error. */
export const GUIDANCE_FACTS: Record<GuidanceKey | GuardGuidanceKey, readonly FactId[]> = {
  g_gckeyPurpose: ['F12'],
  g_gckeyNot: ['F1', 'F12'],
  g_gckeyNext: ['F3', 'F16'],
  g_signUpPurpose: ['F12'],
  g_signUpNot: ['F3', 'F4'],
  g_signUpNext: ['F3', 'F16'],
  g_recoverPurpose: ['F16', 'F3'],
  g_recoverNext: ['F3', 'F16'],
  g_partnerPurpose: ['F2', 'F14'],
  g_partnerNot: ['F1'],
  g_partnerNext: ['F3', 'F15'],
  g_accountPurpose: ['F1'],
  g_accountNot: ['F5', 'F7'],
  g_accountNext: ['F11', 'F6'],
  g_chooserPurpose: ['F2'],
  g_chooserNot: ['F3'],
  g_chooserNext: ['F3'],
  g_redirectPurpose: ['F2'],
  g_homeNot: ['F3'],
  g_homeNext: ['F3', 'F15'],
  g_prPortalPurpose: ['F5'],
  g_prPortalNot: ['F7'],
  g_prPortalNext: ['F6', 'F8'],
  g_irccPortalPurpose: ['F18'],
  g_otherAccountNot: ['F18'],
  g_otherAccountNext: ['F1', 'F18'],
  g_statusTrackerPurpose: ['F18'],
  g_statusTrackerNext: ['F20'],
  g_citizenshipPurpose: ['F18'],
  g_prTrackerPurpose: ['F18'],
  g_inviteToRemember: ['F3'],
  g_youUseGckey: ['F2'],
  g_youUsePartner: ['F2', 'F14'],
  g_gckeyNotYours: ['F3'],
  g_gckeyNotYoursNext: ['F2', 'F3'],
  g_gckeyIsYours: ['F3'],
  g_partnerNotYours: ['F3'],
  g_partnerNotYoursNext: ['F2', 'F3'],
  g_partnerIsYours: ['F3', 'F15'],
  g_signUpWarning: ['F3', 'F4'],
  g_chooserYoursGckey: ['F2', 'F3'],
  g_chooserYoursPartner: ['F2', 'F3'],
  g_profileUses: ['F2', 'F3'],
  g_profileNotSet: ['F3'],
  g_questionPrompt: ['F2', 'F3'],
  g_noAccountYet: ['F2', 'F3'],
  g_emptyAfterNewGckey: ['F3', 'F16'],
  g_emptyAfterOtherWay: ['F3'],
  g_linkingHelp: ['F15'],
  g_dialogBody: ['F3'],
  g_dialogBodyPerson: ['F3'],
};

/**
 * The popup's words, each either a statement about IRCC (with the facts it rests on) or a label,
 * control or statement about the extension itself (no IRCC fact to cite). Typed so that a new popup
 * message must be put in one or the other.
 */
export const UI_MESSAGE_FACTS: Record<keyof UiMessages, readonly FactId[] | 'about-the-extension'> = {
  popupTitle: 'about-the-extension',
  popupUnofficial: 'about-the-extension',
  thisTab: 'about-the-extension',
  notIrcc: 'about-the-extension',
  pageHidden: 'about-the-extension',
  showAgain: 'about-the-extension',
  howYouSignIn: ['F2'],
  howYouSignInHelp: ['F3'],
  notSetYet: 'about-the-extension',
  partnerSelect: ['F14'],
  partnerChoose: 'about-the-extension',
  partnerUnknown: 'about-the-extension',
  saved: 'about-the-extension',
  privacy: 'about-the-extension',
  whoSignsIn: 'about-the-extension',
  me: 'about-the-extension',
  addPerson: 'about-the-extension',
  personName: 'about-the-extension',
  add: 'about-the-extension',
  cancel: 'about-the-extension',
  lastUsed: 'about-the-extension',
  lastUsedWay: 'about-the-extension',
  rememberLastUsed: 'about-the-extension',
  lastUsedDiffers: ['F3'],
  lookAlikeStrong: ['F21'],
  lookAlikeTip: ['F21'],
  lookAlikeWhy: ['F21'],
  lookAlikeLink: ['F21'],
};
