/**
 * The words of the popup's "Which account do I need?" guide, in English. `guide-fr.ts` has the same
 * keys (the type makes a missing French key a compile error). The decision tree that uses them, and the
 * facts each question, answer and outcome rests on, are in src/account-guide/tree.ts.
 *
 * Keys: `q_` a question, `a_` an answer, `o_` an outcome's title, `s_` how that account signs in,
 * `n_` a note on an outcome, `link_` the name of an outcome's official link (src/account-guide/links.ts).
 */
export const guideEn = {
  guideTitle: 'Which account do I need?',
  guideIntro: 'An unofficial guide: a few questions, then the official page for your account.',
  back: 'Back',
  startOver: 'Start over',
  signInLabel: 'How you sign in:',
  opensNewTab: '(opens in a new tab)',
  checkAddress: 'Official IRCC sites end in canada.ca or gc.ca.',

  // Questions and their answers
  q_start: 'What do you need to do?',
  a_apply: 'Apply for something',
  a_follow: 'Follow an application I sent',
  a_approved: 'My permanent residence was approved',
  a_lost: 'Find my applications: they seem to be gone',

  q_apply: 'What are you applying for?',
  a_visitStudyWork: 'A visitor visa, a study permit or a work permit',
  a_citizenship: 'Canadian citizenship',
  a_eta: 'An eTA (electronic travel authorization)',
  a_otherApplication: 'Permanent residence, Express Entry or something else',

  q_code: 'Did IRCC give you an invitation code for the IRCC Portal?',
  a_codeYes: 'Yes, I have an invitation code',
  a_codeNo: 'No',

  q_follow: 'What do you want to do?',
  a_messages: 'Read IRCC’s messages or send documents it asked for',
  a_status: 'Check the status of my application',

  q_statusKind: 'Which application?',
  a_statusCitizenship: 'A citizenship application',
  a_statusSponsorship: 'Sponsorship of a spouse, partner or dependent child',
  a_statusOther: 'Another application',

  q_invited: 'Did IRCC email you an invitation to the Permanent Residence Portal?',
  a_invitedYes: 'Yes, I got the invitation',
  a_invitedNo: 'Not yet',

  // Outcomes: which account, how it signs in, and what else matters
  o_secureAccount: 'You need the IRCC secure account',
  s_secureAccount:
    'GCKey or Sign-In Partner (your bank): always the same one. The other way opens a new, empty account.',
  n_secureAccount: 'It is where you apply, upload documents, read IRCC’s messages and follow your applications.',

  o_secureLost: 'Sign in to your IRCC secure account the way you used first',
  s_secureLost: 'The same way as when you created it: GCKey or Sign-In Partner, with the same GCKey or the same bank.',
  n_secureLost:
    'Another way, or a new GCKey, opens a new, empty account: your applications are not in it. Forgot your GCKey? Recover it rather than making a new one.',

  o_prPortal: 'You need the Permanent Residence Portal (PR Portal)',
  s_prPortal: 'Its own account: your email address and the code or temporary password from IRCC’s invitation.',
  n_prPortal:
    'It is not linked to your IRCC secure account, which may now look quiet. Reply promptly: there is usually a time limit.',

  o_prWait: 'Wait for IRCC’s invitation to the PR Portal',
  s_prWait: 'You cannot register on your own: IRCC creates the account and emails you how to sign in.',
  n_prWait:
    'Check your spam folder: the real email comes from an address ending in cic.gc.ca. Nothing after a reasonable wait? Contact IRCC.',

  o_irccPortal: 'You need the IRCC Portal',
  s_irccPortal:
    'Its own account: your email address, a password and the invitation code from IRCC. Not GCKey, not Sign-In Partner.',

  o_statusTracker: 'You need the Application Status Tracker',
  s_uci: 'Its own account: your UCI (unique client identifier) and a password. Not GCKey, not Sign-In Partner.',
  n_statusTracker:
    'It signs you out after 30 minutes without activity. Applied online? Your IRCC secure account shows your application too.',

  o_citizenshipApply: 'You need the online citizenship application',
  s_ownAccount: 'Its own account, with its own password. Not GCKey, not Sign-In Partner.',

  o_citizenshipTracker: 'You need the citizenship application status tracker',

  o_prTracker: 'You need the Permanent Residence Application Tracker',
  n_prTracker: 'It follows sponsorship applications for a spouse, partner or dependent child.',

  o_eta: 'You need no account',
  s_eta: 'Nothing to sign in to: the eTA form needs no account.',

  // The official links' names (the address they go to is in src/account-guide/links.ts)
  link_secureAccount: 'IRCC secure account sign-in page (canada.ca)',
  link_accounts: 'Which IRCC account do I need? (canada.ca)',
  link_prPortal: 'Permanent Residence Portal sign-in page (cic.gc.ca)',
  link_irccPortal: 'IRCC Portal sign-in page (cic.gc.ca)',
  link_statusTracker: 'Application Status Tracker sign-in page (cic.gc.ca)',
  link_citizenshipApply: 'Online citizenship application (cic.gc.ca)',
  link_citizenshipTracker: 'Citizenship application status tracker (cic.gc.ca)',
  link_prTracker: 'Permanent Residence Application Tracker (cic.gc.ca)',
};

export type GuideMessages = typeof guideEn;
export type GuideKey = keyof GuideMessages;
