import { firstLang, langFromQuery, langFromSegment } from '../lang';
import type { Service, ServiceExamples } from '../types';

// GCKey puts the language in the path (`/j/eng/…`, `/j/fra/…`) and a session token in every link;
// pages are told apart by the path code only, never by the token (docs/pages.md §1).
const code = (url: URL) => /^\/j\/(?:eng|fra)\/([^/]+)\/?$/i.exec(url.pathname)?.[1];

export const gckey = {
  id: 'gckey',
  hosts: ['clegc-gckey.gc.ca'],
  langOf: (url) => firstLang(langFromSegment(url, 1), langFromQuery(url)),
  pages: [
    {
      page: 'sign-in',
      test: (url) => code(url) === 'l',
    },
    {
      page: 'sign-up',
      test: (url) => code(url) === 'rg',
    },
    {
      // `fu` (recover username) seen; `fp` (forgot password) inferred from a link to it in a copy.
      page: 'recover',
      test: (url) => code(url) === 'fu' || code(url) === 'fp',
    },
    {
      page: 'info',
      test: (url) => /^[A-Z]{2}-01$/.test(code(url) ?? ''),
    },
    {
      page: 'other',
      test: () => true,
    },
  ],
} as const satisfies Service;

/** Where the content scripts run for gckey (the manifest's `matches`; kept out of the objects the content scripts carry). */
export const gckeyMatches: readonly string[] = ['https://clegc-gckey.gc.ca/*'];

/** The URLs that prove `gckey`'s rules (tests only: a separate export, so the content script does not carry them). */
export const gckeyExamples: ServiceExamples = {
  lookAlikes: [
    'http://clegc-gckey.gc.ca/j/eng/l?ReqID=s1',
    'https://clegc-gckey.gc.ca:8443/j/eng/l?ReqID=s1',
    'https://clegc-gckey.gc.ca@evil.example/j/eng/l',
    'https://user:pass@clegc-gckey.gc.ca/j/eng/l',
    'https://clegc-gckey.gc.ca.evil.example/j/eng/l?ReqID=s1',
    'https://te.clegc-gckey.gc.ca/j/eng/l?ReqID=s1',
    'https://clegc-gckey.gc.ca./j/eng/l',
    'https://xn--clegc-gckey-xyz.gc.ca/j/eng/l',
    'https://cIegc-gckey.gc.ca/j/eng/l',
    'https://clegc-gckey-gc.ca/j/eng/l',
    'https://evil.example/clegc-gckey.gc.ca/j/eng/l',
    'https://evil.example/?next=https://clegc-gckey.gc.ca/j/eng/l',
  ],
  pages: {
    'sign-in': {
      yes: [
        'https://clegc-gckey.gc.ca/j/eng/l?ReqID=s3c0ffee',
        'https://clegc-gckey.gc.ca/j/fra/l?ReqID=s3c0ffee&wbdisable=true',
        'https://clegc-gckey.gc.ca/j/eng/l',
      ],
    },
    'sign-up': {
      yes: ['https://clegc-gckey.gc.ca/j/eng/rg?ReqID=s1', 'https://clegc-gckey.gc.ca/j/fra/rg?execution=e1s1'],
      no: ['https://clegc-gckey.gc.ca/j/eng/rgx', 'http://clegc-gckey.gc.ca/j/eng/rg'],
    },
    recover: {
      yes: [
        'https://clegc-gckey.gc.ca/j/eng/fu?execution=e2s1',
        'https://clegc-gckey.gc.ca/j/fra/fu?execution=e2s1&_eventId=changeLang',
        'https://clegc-gckey.gc.ca/j/eng/fp?ReqID=s1',
      ],
    },
    info: {
      yes: [
        'https://clegc-gckey.gc.ca/j/eng/AB-01?ReqID=s1',
        'https://clegc-gckey.gc.ca/j/fra/FQ-01',
        'https://clegc-gckey.gc.ca/j/eng/HP-01',
      ],
      no: ['https://clegc-gckey.gc.ca/j/eng/ab-011'],
    },
    other: {
      yes: [
        'https://clegc-gckey.gc.ca/j/SSORedirect/metaAlias/GCKey/idp',
        'https://clegc-gckey.gc.ca/j/eng/gckey_login',
        'https://clegc-gckey.gc.ca/',
      ],
    },
  },
};
