import { firstLang, langFromQuery } from '../lang';
import type { Service, ServiceExamples } from '../types';

// The bank chooser: the Interac sign-in service (current) and SecureKey Concierge (older), both
// serving the same "cbs" pages whose path ends in -eng / -fra (docs/pages.md §2).
// Seen: `services.securekeyconcierge.com/cbs/nav/home-accueil-eng|fra` (the older chooser), and the
// current chooser's logos on `content-gc.signin.interac-id.ca/cbs/images/en/<bank>.png`.
// INFERRED, not seen in any public copy: that the current chooser itself lives on a
// `*.signin.interac-id.ca` host (`gc.` is a guess from the logo host) and that it keeps the older
// `/cbs/nav/home-accueil-*` paths; so its root `/` also counts as the chooser.
const CHOOSER = /^\/cbs\/nav\/home-accueil-(eng|fra)\/?$/i;

export const signInPartner = {
  id: 'sign-in-partner',
  hosts: ['*.signin.interac-id.ca', 'services.securekeyconcierge.com'],
  langOf: (url) => {
    const suffix = CHOOSER.exec(url.pathname)?.[1]?.toLowerCase();
    return firstLang(suffix === 'eng' ? 'en' : suffix === 'fra' ? 'fr' : undefined, langFromQuery(url));
  },
  pages: [
    {
      page: 'choose-partner',
      test: (url) => CHOOSER.test(url.pathname) || url.pathname === '/',
    },
    {
      page: 'other',
      test: () => true,
    },
  ],
} as const satisfies Service;

/** Where the content scripts run for signInPartner (the manifest's `matches`; kept out of the objects the content scripts carry). */
export const signInPartnerMatches: readonly string[] = [
  'https://*.signin.interac-id.ca/*',
  'https://services.securekeyconcierge.com/*',
];

/** The URLs that prove `signInPartner`'s rules (tests only: a separate export, so the content script does not carry them). */
export const signInPartnerExamples: ServiceExamples = {
  lookAlikes: [
    'https://signin.interac-id.ca/cbs/nav/home-accueil-eng',
    'https://gc.signin.interac-id.ca.evil.example/cbs/nav/home-accueil-eng',
    'https://gc-signin-interac-id.ca/cbs/nav/home-accueil-eng',
    'https://securekeyconcierge.com/cbs/nav/home-accueil-eng',
    'http://services.securekeyconcierge.com/cbs/nav/home-accueil-eng',
  ],
  pages: {
    'choose-partner': {
      yes: [
        'https://services.securekeyconcierge.com/cbs/nav/home-accueil-eng',
        'https://services.securekeyconcierge.com/cbs/nav/home-accueil-fra?x=1',
        'https://gc.signin.interac-id.ca/cbs/nav/home-accueil-eng',
        'https://gc.signin.interac-id.ca/',
      ],
      no: ['https://gc.signin.interac-id.ca/cbs/nav/home-accueil-deu'],
    },
    other: {
      yes: ['https://gc.signin.interac-id.ca/cbs/nav/error', 'https://services.securekeyconcierge.com/cbs/help'],
    },
  },
};
