import type { FactId } from '../guidance/facts';
import type { WelcomeMessages } from '../i18n/welcome-en';

/**
 * The first-run page's words, each a statement about IRCC (with the facts it rests on, listed in
 * src/guidance/facts.ts) or words about the extension itself. Typed so that a new message must be
 * sorted into one or the other.
 */
export const WELCOME_MESSAGE_FACTS: Record<keyof WelcomeMessages, readonly FactId[] | 'about-the-extension'> = {
  welcomeTitle: 'about-the-extension',
  whatItDoes: 'about-the-extension',
  does1: ['F2'],
  does2: ['F3'],
  does3: 'about-the-extension',
  askHeading: ['F2'],
  askHelp: ['F3'],
  noAccount: 'about-the-extension',
  dontRemember: 'about-the-extension',
  toldSaved: 'about-the-extension',
  noAccountHeading: 'about-the-extension',
  noAccount1: ['F2', 'F12', 'F14'],
  noAccount2: ['F3'],
  noAccountLink: ['F11'],
  rememberHeading: 'about-the-extension',
  remember1: ['F2'],
  remember2: ['F25'],
  remember3: ['F3', 'F25'],
  remember4: ['F15'],
  rememberLink: ['F21'],
  opensNewTab: 'about-the-extension',
  pinHeading: 'about-the-extension',
  pinIntro: 'about-the-extension',
  pinChrome: 'about-the-extension',
  pinChromeHow: 'about-the-extension',
  pinEdge: 'about-the-extension',
  pinEdgeHow: 'about-the-extension',
  pinFirefox: 'about-the-extension',
  pinFirefoxHow: 'about-the-extension',
  severalHeading: 'about-the-extension',
  severalText: 'about-the-extension',
  openOptions: 'about-the-extension',
  closeTab: 'about-the-extension',
};
