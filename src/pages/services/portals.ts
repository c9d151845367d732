import { firstLang, langFromQuery, langFromSegment } from '../lang';
import type { Service, ServiceExamples } from '../types';

// The apps.cic.gc.ca portals: each its own account (facts F5–F7, F18). They put the language in the
// first path segment (`/en/…`) or in `?lang=`; the page's <html lang> answers otherwise.
const apps = (host: string) => `${host}.apps.cic.gc.ca`;
const portalLang = (url: URL) => firstLang(langFromSegment(url, 0), langFromQuery(url));
const path = (pattern: RegExp) => (url: URL) => pattern.test(url.pathname);
const other = { page: 'other', test: () => true } as const;
// IRCC's own links often leave the language out (`https://prson-srpel.apps.cic.gc.ca/login`): the
// portal then picks one itself. So every page rule accepts the path with or without `/en`, `/fr`:
// each pattern starts with `^(?:\/(?:en|fr))?`.

const PR_PORTAL = apps('prson-srpel');
export const prPortal = {
  id: 'pr-portal',
  singlePage: true,
  hosts: [PR_PORTAL],
  langOf: portalLang,
  pages: [
    {
      page: 'sign-in',
      test: path(/^(?:\/(?:en|fr))?\/login\/?$/i),
    },
    {
      // Representatives sign in and sign up themselves (`/rep/login`, `/rep/signup`; fact F26).
      page: 'representative',
      test: path(/^(?:\/(?:en|fr))?\/rep(?:\/|$)/i),
    },
    other,
  ],
} as const satisfies Service;

/** Where the content scripts run for prPortal (the manifest's `matches`; kept out of the objects the content scripts carry). */
export const prPortalMatches: readonly string[] = [`https://${PR_PORTAL}/*`];

const IRCC_PORTAL = apps('portal-portail');
const TR = apps('tr-rt');
// The IRCC Portal's new version starts from two canada.ca pages (fact F27); only those two pages of
// www.canada.ca are the IRCC Portal's.
const CANADA = 'www.canada.ca';
const NEW_VERSION_EN = '/en/immigration-refugees-citizenship/services/application/online-account.html';
const NEW_VERSION_FR = '/fr/immigration-refugies-citoyennete/services/demande/compte-en-ligne.html';
export const irccPortal = {
  id: 'ircc-portal',
  singlePage: true,
  hosts: [IRCC_PORTAL, TR, CANADA],
  owns: (url) => url.hostname !== CANADA || url.pathname === NEW_VERSION_EN || url.pathname === NEW_VERSION_FR,
  langOf: portalLang,
  pages: [
    {
      page: 'new-version',
      test: (url) => url.hostname === CANADA,
    },
    {
      page: 'sign-in',
      test: path(/^(?:\/(?:en|fr))?\/(?:signin|login)\/?$/i),
    },
    other,
  ],
} as const satisfies Service;

/** Where the content scripts run for irccPortal (the manifest's `matches`; kept out of the objects the content scripts carry). */
export const irccPortalMatches: readonly string[] = [
  `https://${IRCC_PORTAL}/*`,
  `https://${TR}/*`,
  `https://${CANADA}${NEW_VERSION_EN}*`,
  `https://${CANADA}${NEW_VERSION_FR}*`,
];

const STATUS = apps('ircc-tracker-suivi');
export const statusTracker = {
  id: 'status-tracker',
  singlePage: true,
  hosts: [STATUS],
  langOf: portalLang,
  pages: [
    {
      page: 'sign-in',
      test: path(/^(?:\/(?:en|fr))?\/login\/?$/i),
    },
    {
      page: 'register',
      test: path(/^(?:\/(?:en|fr))?\/register\/?$/i),
    },
    other,
  ],
} as const satisfies Service;

/** Where the content scripts run for statusTracker (the manifest's `matches`; kept out of the objects the content scripts carry). */
export const statusTrackerMatches: readonly string[] = [`https://${STATUS}/*`];

const CIT_TRACKER = apps('tracker-suivi');
const CIT_TRACKER_OLD = apps('cst-ssc');
const CIT_APPLY = apps('citapply-citdemande');
export const citizenship = {
  id: 'citizenship',
  singlePage: true,
  hosts: [CIT_TRACKER, CIT_TRACKER_OLD, CIT_APPLY],
  langOf: portalLang,
  pages: [
    {
      page: 'tracker',
      test: (url) => url.hostname !== CIT_APPLY,
    },
    {
      page: 'apply-sign-in',
      test: path(/^(?:\/(?:en|fr))?\/(?:landing|sign-in)\/?$/i),
    },
    other,
  ],
} as const satisfies Service;

/** Where the content scripts run for citizenship (the manifest's `matches`; kept out of the objects the content scripts carry). */
export const citizenshipMatches: readonly string[] = [
  `https://${CIT_TRACKER}/*`,
  `https://${CIT_TRACKER_OLD}/*`,
  `https://${CIT_APPLY}/*`,
];

const PR_TRACKER = apps('prt-srp');
export const prTracker = {
  id: 'pr-tracker',
  singlePage: true,
  hosts: [PR_TRACKER],
  langOf: portalLang,
  pages: [
    {
      page: 'sign-in',
      test: path(/^(?:\/(?:en|fr))?\/(?:login|register)\/?$/i),
    },
    other,
  ],
} as const satisfies Service;

/** Where the content scripts run for prTracker (the manifest's `matches`; kept out of the objects the content scripts carry). */
export const prTrackerMatches: readonly string[] = [`https://${PR_TRACKER}/*`];

/** The URLs that prove `prPortal`'s rules (tests only: a separate export, so the content script does not carry them). */
export const prPortalExamples: ServiceExamples = {
  lookAlikes: [
    `https://${PR_PORTAL}.evil.example/en/login`,
    'https://prson-srpel.apps.cic.gc.ca.com/en/login',
    'https://prson-srpel-apps-cic-gc.ca/en/login',
    `http://${PR_PORTAL}/en/login`,
  ],
  pages: {
    'sign-in': {
      // `/fr/login`: inferred (the French side was never seen); `/login`: the address IRCC links to.
      yes: [`https://${PR_PORTAL}/en/login`, `https://${PR_PORTAL}/fr/login`, `https://${PR_PORTAL}/login`],
      no: [`https://${PR_PORTAL}/de/login`, `https://${PR_PORTAL}/en/rep/login`],
    },
    representative: {
      yes: [
        `https://${PR_PORTAL}/en/rep/login`,
        `https://${PR_PORTAL}/en/rep/signup`,
        `https://${PR_PORTAL}/rep/login`,
        `https://${PR_PORTAL}/fr/rep/dashboard`,
      ],
      no: [`https://${PR_PORTAL}/en/report`, `https://${PR_PORTAL}/report`],
    },
    other: { yes: [`https://${PR_PORTAL}/en/application/profile/1234`, `https://${PR_PORTAL}/`] },
  },
};

/** The URLs that prove `irccPortal`'s rules (tests only: a separate export, so the content script does not carry them). */
export const irccPortalExamples: ServiceExamples = {
  lookAlikes: [
    `https://${IRCC_PORTAL}.evil.example/signin?lang=en`,
    `https://${CANADA}/en/immigration-refugees-citizenship/services/application/online-account.html.evil`,
    `https://${CANADA}/en/immigration-refugees-citizenship/services/application/online-account/other.html`,
    `https://canada.ca${NEW_VERSION_EN}`,
  ],
  pages: {
    'new-version': {
      yes: [`https://${CANADA}${NEW_VERSION_EN}`, `https://${CANADA}${NEW_VERSION_FR}`],
      no: [`https://${CANADA}/en/immigration-refugees-citizenship/services/application/account.html`],
    },
    'sign-in': {
      yes: [
        `https://${IRCC_PORTAL}/signin?lang=en`,
        `https://${IRCC_PORTAL}/signin?lang=fr`,
        `https://${IRCC_PORTAL}/signin`,
        `https://${TR}/en/login`,
        `https://${TR}/login`,
      ],
    },
    other: { yes: [`https://${IRCC_PORTAL}/dashboard`, `https://${TR}/`] },
  },
};

/** The URLs that prove `statusTracker`'s rules (tests only: a separate export, so the content script does not carry them). */
export const statusTrackerExamples: ServiceExamples = {
  lookAlikes: [`https://${STATUS}.evil.example/en/login`],
  pages: {
    'sign-in': { yes: [`https://${STATUS}/en/login`, `https://${STATUS}/fr/login`, `https://${STATUS}/login`] },
    register: { yes: [`https://${STATUS}/en/register`, `https://${STATUS}/register`] },
    other: { yes: [`https://${STATUS}/en/dashboard`] },
  },
};

/** The URLs that prove `citizenship`'s rules (tests only: a separate export, so the content script does not carry them). */
export const citizenshipExamples: ServiceExamples = {
  lookAlikes: [`https://${CIT_APPLY}.evil.example/en/landing`, `https://tracker-suivi.apps.cic.gc.ca.evil.example/`],
  pages: {
    tracker: { yes: [`https://${CIT_TRACKER}/`, `https://${CIT_TRACKER}/en/login`, `https://${CIT_TRACKER_OLD}/en`] },
    'apply-sign-in': {
      yes: [
        `https://${CIT_APPLY}/en/landing`,
        `https://${CIT_APPLY}/fr/landing`,
        `https://${CIT_APPLY}/en/sign-in`,
        `https://${CIT_APPLY}/sign-in`,
        `https://${CIT_APPLY}/landing`,
      ],
      no: [`https://${CIT_APPLY}/en/sign-in/extra`],
    },
    other: { yes: [`https://${CIT_APPLY}/en/application/1`] },
  },
};

/** The URLs that prove `prTracker`'s rules (tests only: a separate export, so the content script does not carry them). */
export const prTrackerExamples: ServiceExamples = {
  lookAlikes: [`https://${PR_TRACKER}.evil.example/en/register`],
  pages: {
    'sign-in': {
      yes: [`https://${PR_TRACKER}/en/register`, `https://${PR_TRACKER}/fr/login`, `https://${PR_TRACKER}/login`],
    },
    other: { yes: [`https://${PR_TRACKER}/en/dashboard`] },
  },
};
