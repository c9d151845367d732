/**
 * Every word the banner shows, in English. `fr.ts` has the same keys (the type makes a missing
 * French key a compile error). Keys starting with `g_` are guidance: each rests on facts listed in
 * src/guidance/facts.ts, and a test checks that none is without one. `g_h…` are headlines: the one
 * line a banner opens with (about a dozen words); the rest is behind "More".
 * No message takes a person's name or bank: those are drawn apart, where the page cannot read them.
 */
export const en = {
  extName: 'Sign-In Guide for IRCC (unofficial)',
  unofficial: 'Unofficial guide',
  bannerLabel: 'Sign-In Guide for IRCC (unofficial extension)',
  more: 'More',
  close: 'Hide',
  hideAsk: 'Hide this guide on this kind of page? Bring it back from the extension’s toolbar button.',
  hideAskWarning:
    'Hide this guide, and its warning, on this kind of page? Bring it back from the extension’s toolbar button.',
  hideYes: 'Hide it',
  hideNo: 'Keep it',
  next: 'Next:',
  change: 'Change',
  yes: 'Yes',
  no: 'No',
  officialLinkAccounts: 'Which IRCC account do I need? (canada.ca)',
  officialLinkSignIn: 'IRCC sign-in page (canada.ca)',
  backToIrcc: 'Back to IRCC’s sign-in page',

  method_gckey: 'GCKey',
  method_partner: 'Sign-In Partner',
  answerForgot: 'I don’t remember',
  answerNoAccount: 'I have no account yet',

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

  // Behind "More": what the page is for, what it is not, what to do next, tips
  g_gckeyPurpose: 'GCKey only checks who you are, then sends you back to the service that asked.',
  g_gckeyNot: 'It is only the sign-in step: for IRCC, your applications are in your IRCC secure account.',
  g_gckeyNext: 'Use the GCKey username you created before. Forgot it? Recover it rather than signing up again.',
  g_signUpPurpose: 'This page creates a brand-new GCKey username.',
  g_signUpNot: 'A new GCKey does not open an IRCC account you already have: it creates a new, empty one.',
  g_signUpNext: 'Already have an IRCC account? Go back and sign in, or recover your username or password.',
  g_recoverPurpose: 'Recovering keeps your GCKey, and with it your IRCC account and applications.',
  g_recoverNext: 'Recover rather than signing up again: a new GCKey opens a new, empty account.',
  g_partnerPurpose:
    'You sign in with your online banking, through the Interac sign-in service. The government does not learn which bank you use.',
  g_partnerNot: 'It is only the sign-in step: for IRCC, your applications are in your IRCC secure account.',
  g_partnerNext: 'Choose the bank you used before: another bank opens a different, empty account.',
  g_accountPurpose: 'This is where you apply, upload documents, read IRCC’s messages and follow your applications.',
  g_accountNot: 'It is not the Permanent Residence Portal, which is a separate account.',
  g_accountNext: 'Approved for permanent residence and invited by email? Your next steps are in the PR Portal.',
  g_chooserPurpose: 'Your secure account opens with either GCKey or a Sign-In Partner (your bank).',
  g_chooserNot: 'The other button does not open your account: it creates a new, empty one.',
  g_chooserNext: 'Choose the button you used when you created your account.',
  g_redirectPurpose: 'This step sends you to GCKey or to the bank list, depending on the button you chose.',
  g_homeNot: 'Don’t see your applications? You may have signed in another way, which opens a new, empty account.',
  g_homeNext: 'If your applications are missing: sign out, then sign in the way you used before.',
  g_linkingHelp:
    'Linking adds paper applications, or older ones after a change of bank, to your account (5 tries, then locked for 24 hours). It is not a fix for an account made by mistake.',
  g_prPortalPurpose:
    'Used after a permanent residence application is approved: confirm your details, upload a photo, give your mailing address and receive your eCOPR. Also for PR cards and some PR applications.',
  g_prPortalNot:
    'It is separate from your IRCC secure account and not linked to it: what one shows about your application does not appear in the other.',
  g_prPortalNext:
    'For PR confirmation, sign in with the details from IRCC’s invitation email: you cannot register on your own for it.',
  g_prRepPurpose: 'The representatives’ side of the Permanent Residence Portal.',
  g_prRepNext: 'Representatives sign up for their own account here; they do not wait for an IRCC invitation.',
  g_irccPortalPurpose: 'The IRCC Portal has its own account: an email, a password and an invitation code.',
  g_otherAccountNot: 'It is not your IRCC secure account, and it does not use GCKey or a Sign-In Partner.',
  g_otherAccountNext: 'Looking for applications you made in your IRCC secure account? Sign in there instead.',
  g_statusTrackerPurpose: 'The tracker has its own sign-in, with your UCI and a password.',
  g_statusTrackerNext: 'Sign in with your UCI and password; after 30 minutes without activity, it signs you out.',
  g_citizenshipPurpose: 'Online citizenship applications and their tracker have their own sign-in.',
  g_prTrackerPurpose: 'This tracker, for sponsorship applications, has its own account.',
  g_tipFree: 'These sign-ins are free: nobody needs to be paid to get you in.',
  g_tipInvalidSession: '“Invalid Session”? A VPN or proxy is often the cause: turn it off and try again.',
  g_tipInvitation:
    'Invitations come from a cic.gc.ca address and go to the email on your application: check your spam folder.',
  g_tipRespond: 'Once invited, respond promptly in the portal: the time to send your photo and address is limited.',
  g_tipQuiet: 'After a PR Portal invitation, your secure account may look quiet: that is expected.',
};

export type Messages = typeof en;
export type MessageKey = keyof Messages;
