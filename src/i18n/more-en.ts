/**
 * What the banner says behind "More" (what the page is for, what it is not, the next step, tips,
 * the official link's name), in English. Not in the content scripts: the background gives it when
 * the person opens "More" (src/guidance/more.ts), which keeps the banner's script within its size
 * budget. `g_` keys rest on facts (src/guidance/facts.ts).
 */
export const moreEn = {
  next: 'Next:',
  officialLinkAccounts: 'Which IRCC account do I need? (canada.ca)',
  officialLinkSignIn: 'IRCC sign-in page (canada.ca)',
  g_gckeyPurpose: 'GCKey only checks who you are, then sends you back to the service that asked.',
  g_gckeyNot: 'It is only the sign-in step: for IRCC, your applications are in your IRCC secure account.',
  g_gckeyNext: 'Use the GCKey username you created before. Forgot it? Recover it rather than signing up again.',
  g_signUpPurpose: 'This page creates a brand-new GCKey username.',
  g_signUpNot: 'A new GCKey does not open an IRCC account you already have: it creates a new, empty one.',
  g_signUpNext: 'Already have an IRCC account? Go back and sign in, or recover your username or password.',
  g_registerPurpose: 'This page creates a new IRCC secure account.',
  g_registerNot: 'Registering again does not open an account you have: it makes a second, empty one.',
  g_irccPortalNewPurpose: 'The IRCC Portal’s new version has its own account, also used for passport renewal online.',
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

export type MoreMessages = typeof moreEn;
