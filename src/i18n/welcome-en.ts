/**
 * The first-run page’s words (entrypoints/welcome). Facts (src/guidance/facts.ts): the two ways to sign in and
 * that the other way opens a new, empty account (F2, F3); how to find out which way
 * made an account (F25: a way that has no account asks to register a new profile — name, email,
 * security questions — after the terms; an existing account asks one of its security questions).
 */
export const welcomeEn = {
  welcomeTitle: 'Welcome to the Sign-In Guide for IRCC',
  whatItDoes: 'What it does',
  does1:
    'On the official IRCC sign-in pages (GCKey, Sign-In Partner, the IRCC secure account), a short banner says where you are.',
  does2: 'It remembers how you sign in, and asks before a click that would open a new, empty account.',
  does3: 'It reads no passwords and sends nothing anywhere. It is not made by the Government of Canada.',

  askHeading: 'How do you sign in to your IRCC secure account?',
  askHelp: 'The way you chose when you created your account. The other way opens a new, empty account.',
  noAccount: 'I don’t have an account yet',
  dontRemember: 'I don’t remember',
  toldSaved:
    'Saved. The guide will point to this way on the IRCC pages. You can change it at any time from its toolbar button.',

  noAccountHeading: 'No account yet',
  noAccount1:
    'Nothing to choose now. When you create your account, either way works: a GCKey (a username and password for government services) or Sign-In Partner (your online banking).',
  noAccount2: 'Whichever you choose, use that same way every time after. Then tell the guide, from its toolbar button.',
  noAccountLink: 'Which IRCC account do I need? (canada.ca)',

  rememberHeading: 'Find out safely',
  remember1: 'Open the IRCC secure account sign-in page and sign in the way you think you used.',
  remember2:
    'If it asks one of the security questions you set up before, that is your account: come back here and choose that way.',
  remember3:
    'If, after the terms and conditions, it asks you to register a new profile (your name, email and new security questions), that way has no account: stop there and fill in nothing. Nothing is lost by going back: close the tab and try the other way.',
  remember4: 'With a bank, try the bank you used back then; another bank is another account too.',
  rememberLink: 'IRCC secure account sign-in page (canada.ca)',
  opensNewTab: '(opens in a new tab)',

  pinHeading: 'Keep the guide’s button in sight',
  pinIntro:
    'New extensions are hidden in the Extensions menu (the puzzle-piece icon beside the address bar). To see the guide’s button all the time:',
  pinChrome: 'Chrome',
  pinChromeHow: 'click the puzzle piece, then the pin beside “Sign-In Guide for IRCC”.',
  pinEdge: 'Edge',
  pinEdgeHow: 'click the puzzle piece, then the eye icon (“Show in toolbar”) beside the guide.',
  pinFirefox: 'Firefox',
  pinFirefoxHow: 'click the puzzle piece, then the gear beside the guide, and choose “Pin to Toolbar”.',

  severalHeading: 'Helping several people?',
  severalText:
    'A family member or clients: add each person in the settings, each with their own way to sign in. The guide stays on the person you are helping now until you switch.',
  openOptions: 'Open the settings',
  closeTab: 'That’s all: you can close this tab.',
};

export type WelcomeMessages = typeof welcomeEn;
