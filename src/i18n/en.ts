/**
 * Every word the banner shows, in English. `fr.ts` has the same keys (the type makes a missing
 * French key a compile error). Keys starting with `g_` are guidance: each rests on facts listed in
 * src/guidance/facts.ts, and a test checks that none is without one. `g_h…` are headlines: the one
 * line a banner opens with (about a dozen words); the rest is behind "More".
 * No message takes a person's name or bank: those are drawn apart, where the page cannot read them.
 */
export const en = {
  unofficial: 'Unofficial guide',
  bannerLabel: 'Sign-In Guide for IRCC (unofficial extension)',
  more: 'More',
  close: 'Hide',
  hideAsk: 'Hide this guide on this kind of page? Bring it back from the extension’s button (toolbar or extensions menu).',
  hideAskWarning:
    'Hide this guide, and its warning, on this kind of page? Bring it back from the extension’s button (toolbar or extensions menu).',
  hideYes: 'Hide it',
  hideNo: 'Keep it',
  change: 'Change',
  yes: 'Yes',
  no: 'No',
  backToIrcc: 'Back to IRCC’s sign-in page',

  method_gckey: 'GCKey',
  method_partner: 'Sign-In Partner',
  answerForgot: 'I don’t remember',
  answerNoAccount: 'No account yet',

  // Where you are
  what_gckey: 'GCKey, the government’s username and password',
  'what_gckey/sign-in': 'GCKey sign-in page',
  'what_gckey/sign-up': 'GCKey sign-up page',
  'what_gckey/recover': 'GCKey: recover your username or password',
  'what_gckey/info': 'GCKey help and information',
  'what_sign-in-partner': 'Sign-In Partner: sign in through your bank',
  'what_sign-in-partner/choose-partner': 'Sign-In Partner: choose your bank',
  'what_secure-account': 'IRCC secure account',
  'what_secure-account/choose-sign-in': 'IRCC secure account: sign-in page',
  'what_secure-account/sign-in-redirect': 'IRCC secure account: on the way to sign-in',
  'what_secure-account/home': 'IRCC secure account: your account home',
  'what_secure-account/reference-code': 'IRCC secure account: personal reference code',
  'what_secure-account/terms': 'IRCC secure account: terms and conditions',
  'what_secure-account/identity-validation': 'IRCC secure account: security question',
  'what_secure-account/sign-out': 'IRCC secure account: signing out',
  'what_secure-account/application': 'IRCC secure account: an application',
  'what_pr-portal': 'Permanent Residence Portal (PR Portal)',
  'what_pr-portal/sign-in': 'Permanent Residence Portal: sign-in',
  'what_pr-portal/representative': 'Permanent Residence Portal: representatives',
  'what_ircc-portal': 'IRCC Portal',
  'what_status-tracker': 'Application Status Tracker',
  what_citizenship: 'Citizenship application and tracker',
  'what_citizenship/tracker': 'Citizenship application status tracker',
  'what_citizenship/apply-sign-in': 'Online citizenship application: sign-in',
  'what_pr-tracker': 'Permanent Residence Application Tracker',

  // Headlines: the one thing that matters on the page, for this person
  g_hGckeyAny: 'GCKey signs you in to many government services, not only IRCC.',
  g_hGckeyForIrcc: 'For IRCC, use only the GCKey your account was made with.',
  g_hGckeyUnknown: 'Sign in here only if you made your IRCC account with GCKey.',
  g_hGckeyYours: 'You made your IRCC account with GCKey: use the username you have.',
  g_hGckeyNotYours: 'You made your IRCC account through your bank: a GCKey opens a new, empty one.',
  g_hSignUpAny: 'This page makes a new GCKey, for any government service.',
  g_hSignUpForIrcc: 'For IRCC, a new GCKey opens a new, empty account.',
  g_hSignUpUnknown: 'Already have an IRCC account? A new GCKey opens a new, empty one.',
  g_hSignUpStop: 'Stop: you have an IRCC account. A new GCKey opens a new, empty one.',
  g_hRegisterUnknown: 'Already have an IRCC account? Registering again makes a new, empty one.',
  g_hRegisterStop: 'Stop: you have an IRCC account. Registering makes a new, empty one.',
  g_hRecover: 'Recovering keeps your GCKey; a new GCKey would not open your accounts.',
  g_hPartnerAny: 'Sign in through your bank, for many government services, not only IRCC.',
  g_hPartnerForIrcc: 'For IRCC, choose only the bank your account was made with.',
  g_hPartnerUnknown: 'Choose the bank you made your IRCC account with: another opens a new, empty one.',
  g_hPartnerYours: 'Choose your bank, marked below: another bank opens a new, empty account.',
  g_hPartnerNotYours: 'You made your IRCC account with GCKey: a bank opens a new, empty one.',
  g_hChooserGckey: 'Yours is the GCKey button. The other opens a new, empty account.',
  g_hChooserPartner: 'Yours is the Sign-In Partner button, then your bank. The other opens a new, empty account.',
  g_questionPrompt: 'When you made your account, which did you use?',
  g_seenGckey: 'Last time in this browser: GCKey. Is that how you made your account?',
  g_seenPartner: 'Last time in this browser: Sign-In Partner. Is that how you made your account?',
  g_hRedirect: 'On the way to GCKey or your bank, as chosen on IRCC’s page.',
  g_hHome: 'Your applications, documents and IRCC’s messages are here.',
  g_hHomeNewGckey: 'You just made a new GCKey: no applications here means a new, empty account.',
  g_hHomeOtherWay: 'You just used another way than you told us: this may be a new, empty account.',
  g_hAccount: 'Your IRCC secure account: applications, documents and IRCC’s messages.',
  g_hPrPortal: 'For PR confirmation, sign in with the details in IRCC’s invitation email.',
  g_hPrRep: 'Representatives sign up here for their own account: no invitation needed.',
  g_hOwnAccount: 'Its own account: not your IRCC secure account, and no GCKey or bank.',

  // After an answer
  g_noAccountYet: 'Then either works: pick one now and always use that same one. Each way makes its own account.',
  g_forgot:
    'Try one. If IRCC then asks you to register a new profile, stop there: that makes a new account. Go back and try the other.',
};

export type Messages = typeof en;
export type MessageKey = keyof Messages;
