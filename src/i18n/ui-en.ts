/** The words of the popup and the options page (not needed by the banner, so not in the content script). */
export const uiEn = {
  popupTitle: 'Sign-In Guide for IRCC',
  popupUnofficial: 'Unofficial: not made by the Government of Canada.',
  thisTab: 'This tab',
  notIrcc: 'Not an IRCC page',
  pageHidden: 'You hid the guide on this kind of page.',
  showAgain: 'Show the guide here again',
  howYouSignIn: 'How you sign in to your IRCC secure account',
  howYouSignInHelp: 'The way you chose when you created your account. The other way opens a new, empty account.',
  notSetYet: 'Not set yet',
  partnerSelect: 'Your bank (Sign-In Partner)',
  partnerChoose: 'Choose your bank…',
  saved: 'Saved.',
  privacy: 'Stays in this browser. Nothing is sent anywhere. No passwords are ever read.',
};

export type UiMessages = typeof uiEn;
