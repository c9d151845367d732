/**
 * Every word the extension shows, in English. `fr.ts` has the same keys (the type makes a missing
 * French key a compile error). Keys starting with `g_` are guidance: each rests on facts listed in
 * src/guidance/facts.ts, and a test checks that none is without one.
 */
export const en = {
  extName: 'Sign-In Guide for IRCC (unofficial)',
  unofficial: 'Unofficial guide',
  bannerLabel: 'Sign-In Guide for IRCC (unofficial extension)',
  close: 'Hide this guide on this kind of page',
  next: 'Next:',
  officialLinkAccounts: 'Which IRCC account do I need? (canada.ca)',
  officialLinkSignIn: 'IRCC secure account sign-in page (canada.ca)',

  method_gckey: 'GCKey',
  method_partner: 'Sign-In Partner',
  yourBank: 'your bank',
  phrase_gckey: 'GCKey',
  phrase_partner: (bank: string) => `${bank} through Sign-In Partner`,
  answerNoAccount: 'I don’t have an account yet',

  // Where you are
  what_gckey: 'GCKey, the government’s username and password',
  'what_gckey/sign-in': 'GCKey sign-in page',
  'what_gckey/sign-up': 'GCKey sign-up: this creates a new GCKey',
  'what_gckey/recover': 'GCKey: recover your username or password',
  'what_gckey/info': 'GCKey help and information',
  'what_sign-in-partner': 'Sign-In Partner: sign in through your bank',
  'what_sign-in-partner/choose-partner': 'Sign-In Partner: choose your bank',
  'what_secure-account': 'IRCC secure account',
  'what_secure-account/choose-sign-in': 'IRCC secure account: choose how you sign in',
  'what_secure-account/sign-in-redirect': 'IRCC secure account: on the way to sign-in',
  'what_secure-account/home': 'IRCC secure account: your account home',
  'what_secure-account/reference-code': 'IRCC secure account: personal reference code',
  'what_secure-account/terms': 'IRCC secure account: terms and conditions',
  'what_secure-account/identity-validation': 'IRCC secure account: security question',
  'what_secure-account/sign-out': 'IRCC secure account: signing out',
  'what_secure-account/application': 'IRCC secure account: an application',
  'what_pr-portal': 'Permanent Resident Portal (PR Portal)',
  'what_pr-portal/sign-in': 'Permanent Resident Portal: sign-in',
  'what_pr-portal/representative': 'Permanent Resident Portal: representatives',
  'what_ircc-portal': 'IRCC Portal',
  'what_status-tracker': 'Application Status Tracker',
  what_citizenship: 'Citizenship application and tracker',
  'what_citizenship/tracker': 'Citizenship application status tracker',
  'what_citizenship/apply-sign-in': 'Online citizenship application: sign-in',
  'what_pr-tracker': 'Permanent Residence Application Tracker',

  // What it is for, what it is not, what to do next
  g_gckeyPurpose: 'GCKey only checks who you are, then sends you back to the service that asked.',
  g_gckeyNot: 'It is only the sign-in step: your applications are in your IRCC secure account, not here.',
  g_gckeyNext: 'Use the GCKey username you created before. Forgot it? Recover it rather than signing up again.',
  g_signUpPurpose: 'This page creates a brand-new GCKey username.',
  g_signUpNot: 'A new GCKey does not open an IRCC account you already have: it creates a new, empty one.',
  g_signUpNext: 'Already have an IRCC account? Go back and sign in, or recover your username or password.',
  g_recoverPurpose: 'Recovering keeps your GCKey, and with it your IRCC account and applications.',
  g_recoverNext: 'Recover rather than signing up again: a new GCKey opens a new, empty account.',
  g_partnerPurpose:
    'You sign in with your online banking, through the Interac sign-in service. The government does not learn which bank you use.',
  g_partnerNot: 'It is only the sign-in step: your applications are in your IRCC secure account.',
  g_partnerNext: 'Choose the bank you used before: another bank opens a different, empty account.',
  g_accountPurpose: 'This is where you apply, upload documents, read IRCC’s messages and follow your applications.',
  g_accountNot: 'It is not the Permanent Resident Portal, which is a separate account.',
  g_accountNext: 'Approved for permanent residence and invited by email? Your next steps are in the PR Portal.',
  g_registerPurpose: 'This page creates a new IRCC secure account.',
  g_registerNot: 'Registering again does not open an account you have: it makes a second, empty one.',
  g_chooserPurpose: 'Your secure account opens with either GCKey or a Sign-In Partner (your bank).',
  g_chooserNot: 'The other button does not open your account: it creates a new, empty one.',
  g_chooserNext: 'Choose the button you used when you created your account.',
  g_redirectPurpose: 'This step sends you to GCKey or to the bank list, depending on the button you chose.',
  g_homeNot: 'Don’t see your applications? You may have signed in another way, which opens a new, empty account.',
  g_homeNext:
    'Sign out and sign in the way you used before. Only if you changed banks: link your applications to the new account (5 tries, then a 24-hour lock).',
  g_prPortalPurpose:
    'Used after a permanent residence application is approved: confirm your details, upload a photo, give your mailing address and receive your eCOPR.',
  g_prPortalNot:
    'It is separate from your IRCC secure account and not linked to it: what one shows about your application does not appear in the other.',
  g_prPortalNext:
    'Sign in with the details from IRCC’s invitation email. You cannot register on your own for PR confirmation.',
  g_irccPortalNewPurpose: 'The IRCC Portal’s new version has its own account, also for passports.',
  g_irccPortalPurpose: 'The IRCC Portal has its own account: an email, a password and an invitation code.',
  g_otherAccountNot: 'It is not your IRCC secure account, and it does not use GCKey or a Sign-In Partner.',
  g_otherAccountNext: 'Looking for applications you made in your IRCC secure account? Sign in there instead.',
  g_statusTrackerPurpose: 'The tracker has its own sign-in, with your UCI and a password.',
  g_statusTrackerNext: 'Sign in with your UCI and password; after 30 minutes without activity, it signs you out.',
  g_citizenshipPurpose: 'Online citizenship applications and their tracker have their own sign-in.',
  g_prTrackerPurpose: 'This tracker, for sponsorship applications, has its own account.',

  // What the remembered method changes
  g_inviteToRemember:
    'Tell this extension how you sign in (its button in your browser’s toolbar) and it will point you to the right way here.',
  g_youUseGckey: 'You sign in with GCKey.',
  g_youUsePartner: (bank: string) => `You sign in with ${bank} through Sign-In Partner.`,
  g_gckeyNotYours: 'A GCKey opens a different, empty account.',
  g_gckeyNotYoursNext: 'Go back to the IRCC sign-in page and choose the Sign-In Partner button.',
  g_gckeyIsYours: 'Sign in with the GCKey username you already have.',
  g_partnerNotYours: 'Signing in through a bank opens a different, empty account.',
  g_partnerNotYoursNext: 'Go back to the IRCC sign-in page and choose the GCKey button.',
  g_partnerIsYours: (bank: string) => `Choose ${bank}: another bank opens a different, empty account.`,
  g_signUpWarning: 'Stop: a new GCKey creates a new, empty IRCC account, without your applications.',
  g_chooserYoursGckey: 'Your button is the GCKey one.',
  g_chooserYoursPartner: (bank: string) => `Your button is the Sign-In Partner one; then choose ${bank}.`,

  // Several people in one browser, and what the extension learned from what they did
  g_profileUses: (name: string, way: string) => `Signing in for ${name}? ${name} uses ${way}.`,
  g_profileNotSet: (name: string) =>
    `Signing in for ${name}? Tell this extension how ${name} signs in (its toolbar button).`,
  g_questionPrompt: 'When you created your account, which did you use?',
  g_noAccountYet: 'Then either works: pick one now and always use that same one. Each way makes its own account.',
  g_emptyAfterNewGckey:
    'You just made a new GCKey. If you don’t see your applications, this is a new, empty account: sign out and sign in the way you used before.',
  g_emptyAfterOtherWay: (way: string) =>
    `You just signed in another way. If you don’t see your applications, you may be in a new, empty account: sign out and sign in with ${way}.`,
  g_linkingHelp:
    'Changed banks, so you need a new account? Link your applications to it: 5 tries, then locked for 24 hours.',
};

export type Messages = typeof en;
export type MessageKey = keyof Messages;
