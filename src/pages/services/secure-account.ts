import { firstLang, langFromQuery } from '../lang';
import type { Lang, Service, ServiceExamples } from '../types';

// Three hosts: the canada.ca pages that offer the sign-in buttons and registration (only those
// pages: the rest of www.canada.ca is not ours), the federation front that sends the person to GCKey
// or the bank chooser, and the account itself. The account host also serves the eTA form, which
// needs no account (fact F19), so only /mycic, /eapp and /c2c belong to the secure account.
const CANADA = 'www.canada.ca';
const FRONT = 'onlineservices-servicesenligne-cic.fjgc-gccf.gc.ca';
const ACCOUNT = 'onlineservices-servicesenligne.cic.gc.ca';
const CHOOSER_EN = '/en/immigration-refugees-citizenship/services/application/account.html';
const CHOOSER_FR = '/fr/immigration-refugies-citoyennete/services/demande/compte.html';
// "Register for an account" on the 2026 chooser leads here (F22). The French path is the one the
// English page names as its French version (its alternate-language link in a saved public copy);
// the French page itself was not seen.
const REGISTER_EN = '/en/immigration-refugees-citizenship/services/application/register.html';
const REGISTER_FR = '/fr/immigration-refugies-citoyennete/services/demande/inscription.html';
const CANADA_PAGES = new Map<string, Lang>([
  [CHOOSER_EN, 'en'],
  [CHOOSER_FR, 'fr'],
  [REGISTER_EN, 'en'],
  [REGISTER_FR, 'fr'],
]);
const OWNED = /^\/(?:mycic|eapp|c2c)(?:\/|$)/i;

const onAccount = (url: URL, path: RegExp) => url.hostname === ACCOUNT && path.test(url.pathname);

export const secureAccount = {
  id: 'secure-account',
  hosts: [CANADA, FRONT, ACCOUNT],
  owns: (url) => (url.hostname === CANADA ? CANADA_PAGES.has(url.pathname) : OWNED.test(url.pathname)),
  langOf: (url) => firstLang(url.hostname === CANADA ? CANADA_PAGES.get(url.pathname) : undefined, langFromQuery(url)),
  pages: [
    // On canada.ca, `owns` has already narrowed the path to one of CANADA_PAGES.
    {
      page: 'register',
      test: (url) => url.hostname === CANADA && /\/(?:register|inscription)\.html$/.test(url.pathname),
    },
    {
      page: 'choose-sign-in',
      test: (url) => url.hostname === CANADA,
    },
    {
      page: 'sign-in-redirect',
      test: (url) => url.hostname === FRONT && /^\/mycic\/gccf\/?$/i.test(url.pathname),
    },
    {
      page: 'home',
      test: (url) => onAccount(url, /^\/mycic\/home\/?$/i),
    },
    {
      page: 'reference-code',
      test: (url) => onAccount(url, /^\/mycic\/home\/kitReferenceClaim\/?$/i),
    },
    {
      page: 'terms',
      test: (url) => onAccount(url, /^\/mycic\/termsAndConditions\/?$/i),
    },
    {
      page: 'identity-validation',
      test: (url) => onAccount(url, /^\/mycic\/askSecurityQuestion\/?$/i),
    },
    {
      page: 'sign-out',
      test: (url) => onAccount(url, /^\/mycic\/exit\/?$/i),
    },
    {
      page: 'application',
      test: (url) =>
        onAccount(url, /^\/(?:eapp|c2c)(?:\/|$)/i) ||
        (url.hostname === ACCOUNT && /applicationChecklist/i.test(url.pathname + url.search)),
    },
    {
      page: 'other',
      test: () => true,
    },
  ],
} as const satisfies Service;

/** Where the content scripts run for secureAccount (the manifest's `matches`; kept out of the objects the content scripts carry). */
export const secureAccountMatches: readonly string[] = [
  ...[...CANADA_PAGES.keys()].map((path) => `https://${CANADA}${path}*`),
  `https://${FRONT}/*`,
  `https://${ACCOUNT}/*`,
];

/** The URLs that prove `secureAccount`'s rules (tests only: a separate export, so the content script does not carry them). */
export const secureAccountExamples: ServiceExamples = {
  lookAlikes: [
    'https://onlineservices-servicesenligne.cic.gc.ca/eta/welcome?lang=en',
    'https://onlineservices-servicesenligne.cic.gc.ca/',
    'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/ircc-accounts.html',
    'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/register.html.evil.example',
    'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/register/other.html',
    'https://www.canada.ca/en/immigration-refugees-citizenship/corporate/partners-service-providers/dli-portal/register.html',
    'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/account.html.evil.example',
    'https://canada.ca/en/immigration-refugees-citizenship/services/application/account.html',
    'https://ca-ciconline.com/www.ca-ciconline.com/en/immigration-refugees-citizenship/services/application/account.html',
    'https://canadianworkpermitonlin.com/www.canada.ca/en/government/sign-in-online-account/gckey.html',
    'https://cicgc-ca.com/mycic/home',
    'https://cic-gc-ca.com/mycic/home',
    'https://cic.gc.ca.org/mycic/home',
    'https://www.canada.ca.evil.example/en/immigration-refugees-citizenship/services/application/account.html',
    'http://www.canada.ca/en/immigration-refugees-citizenship/services/application/account.html',
  ],
  pages: {
    'choose-sign-in': {
      yes: [
        `https://${CANADA}${CHOOSER_EN}`,
        `https://${CANADA}${CHOOSER_FR}`,
        `https://${CANADA}${CHOOSER_EN}?utm=1#main`,
      ],
    },
    register: {
      yes: [
        `https://${CANADA}${REGISTER_EN}`,
        `https://${CANADA}${REGISTER_FR}`,
        `https://${CANADA}${REGISTER_EN}#gckey`,
      ],
      no: [`https://${CANADA}${CHOOSER_EN}`],
    },
    'sign-in-redirect': {
      yes: [
        `https://${FRONT}/mycic/gccf?lang=eng&idp=gckey&svc=/mycic/start`,
        `https://${FRONT}/mycic/gccf?lang=fra&idp=securekey&svc=/mycic/start`,
      ],
    },
    home: { yes: [`https://${ACCOUNT}/mycic/home?&lang=en`, `https://${ACCOUNT}/mycic/home?lang=fr`] },
    'reference-code': { yes: [`https://${ACCOUNT}/mycic/home/kitReferenceClaim`] },
    terms: { yes: [`https://${ACCOUNT}/mycic/termsAndConditions?lang=en`] },
    'identity-validation': { yes: [`https://${ACCOUNT}/mycic/askSecurityQuestion`] },
    'sign-out': { yes: [`https://${ACCOUNT}/mycic/exit?logout=true&uri=/mycic/home`] },
    application: {
      yes: [
        `https://${ACCOUNT}/eapp/comeToCanadaHowToApply.do?rtValue=1`,
        `https://${ACCOUNT}/eapp/action.do?action=returnToApplication&id=1`,
        `https://${ACCOUNT}/c2c/start`,
        `https://${ACCOUNT}/mycic/applicationChecklist?id=3`,
      ],
    },
    other: { yes: [`https://${ACCOUNT}/mycic/start`, `https://${FRONT}/mycic/other`] },
  },
};
