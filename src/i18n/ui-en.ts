/** The words of the popup and the options page (not needed by the banner, so not in the content script). */
export const uiEn = {
  popupTitle: 'Sign-In Guide for IRCC',
  popupUnofficial: 'Unofficial: not made by the Government of Canada.',
  thisTab: 'This tab',
  notIrcc: 'Not an IRCC page',
  officialIrcc: 'Official IRCC page — no sign-in here',
  pageHidden: 'You hid the guide on this kind of page.',
  showAgain: 'Show the guide here again',
  howYouSignIn: 'How you sign in to your IRCC secure account',
  howYouSignInHelp: 'The way you chose when you created your account. The other way opens a new, empty account.',
  howSignsIn: (name: string) => `How ${name} signs in`,
  bankOf: (name: string) => `Bank of ${name} (Sign-In Partner)`,
  notSetYet: 'Not set yet',
  partnerSelect: 'Your bank (Sign-In Partner)',
  partnerChoose: 'Choose your bank…',
  partnerUnknown: 'A bank this version does not know',
  saved: 'Saved.',
  privacy: 'Stays in this browser. Nothing is sent anywhere. No passwords are ever read.',

  whoSignsIn: 'Who is signing in?',
  me: 'Me',
  activeNow: 'Signing in now:',
  switchTo: 'Switch to',
  addAndSwitch: 'Add and switch to them',
  addedKept: (added: string, current: string) => `${added} added. ${current} is still the one signing in.`,
  addPerson: 'Add a person',
  personName: 'Their name, as you want to see it (for example “Maria” or “Client 12”)',
  add: 'Add',
  cancel: 'Cancel',
  lastUsed: (way: string, date: string) => `Last used: ${way}, ${date}`,
  lastUsedWay: (method: string, bank: string | undefined) => (bank ? `${method} (${bank})` : method),
  rememberLastUsed: (way: string) => `Remember ${way}`,
  lastUsedDiffers: 'That is not the way remembered below. The other way opens a different, empty account.',

  lookAlikeStrong: 'This is not a Government of Canada site.',
  lookAlikeTip: 'This site talks about IRCC, but it is not a Government of Canada site.',
  lookAlikeWhy:
    'Official IRCC pages are in English and French, and their address ends in canada.ca or gc.ca. Don’t sign in from links in messages you did not expect.',
  lookAlikeLink: 'Go to the official IRCC sign-in page (canada.ca)',
};

export type UiMessages = typeof uiEn;
