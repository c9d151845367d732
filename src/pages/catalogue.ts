import { gckey, gckeyExamples, gckeyMatches } from './services/gckey';
import {
  citizenship,
  citizenshipExamples,
  citizenshipMatches,
  irccPortal,
  irccPortalExamples,
  irccPortalMatches,
  prPortal,
  prPortalExamples,
  prPortalMatches,
  prTracker,
  prTrackerExamples,
  prTrackerMatches,
  statusTracker,
  statusTrackerExamples,
  statusTrackerMatches,
} from './services/portals';
import { secureAccount, secureAccountExamples, secureAccountMatches } from './services/secure-account';
import { signInPartner, signInPartnerExamples, signInPartnerMatches } from './services/sign-in-partner';
import type { Service, ServiceExamples, ServiceId } from './types';

const CATALOGUE = [
  gckey,
  signInPartner,
  secureAccount,
  prPortal,
  irccPortal,
  statusTracker,
  citizenship,
  prTracker,
] as const;

/** Every service the extension knows, in the contract's order. The single source of "what page is this". */
export const SERVICES: readonly Service[] = CATALOGUE;

type KeysOf<S> = S extends { id: infer Id extends string; pages: readonly (infer Rule)[] }
  ? Rule extends { page: infer Page extends string }
    ? `${Id}/${Page}`
    : never
  : never;
/**
 * A page kind's key, `service/page`, exactly as the catalogue names its pages (e.g. `'gckey/sign-up'`):
 * a key that names no page of the catalogue does not compile.
 */
export type PageKey = KeysOf<(typeof CATALOGUE)[number]>;

/** Every page kind's key, in the catalogue's order (generated from it). */
export const PAGE_KEYS = /* @__PURE__ */ SERVICES.flatMap((service) =>
  service.pages.map((rule) => `${service.id}/${rule.page}` as PageKey),
);

/**
 * Where the extension runs, as manifest match patterns, per service: usually `https://<host>/*`;
 * narrower where the host is shared with unrelated pages (www.canada.ca). Kept beside the services,
 * not in them, so the content scripts (12 KB budget) do not carry what only the manifest needs.
 */
export const MATCHES: Record<ServiceId, readonly string[]> = {
  gckey: gckeyMatches,
  'sign-in-partner': signInPartnerMatches,
  'secure-account': secureAccountMatches,
  'pr-portal': prPortalMatches,
  'ircc-portal': irccPortalMatches,
  'status-tracker': statusTrackerMatches,
  citizenship: citizenshipMatches,
  'pr-tracker': prTrackerMatches,
};

/** The content script's `matches`, generated so the manifest and the catalogue cannot drift apart. */
export const CONTENT_MATCHES: string[] = /* @__PURE__ */ SERVICES.flatMap((service) => [...MATCHES[service.id]]);

/** Each service's example URLs (tests only; the content script never imports this). */
export const EXAMPLES: Record<ServiceId, ServiceExamples> = {
  gckey: gckeyExamples,
  'sign-in-partner': signInPartnerExamples,
  'secure-account': secureAccountExamples,
  'pr-portal': prPortalExamples,
  'ircc-portal': irccPortalExamples,
  'status-tracker': statusTrackerExamples,
  citizenship: citizenshipExamples,
  'pr-tracker': prTrackerExamples,
};

/** Look-alikes that belong to no service in particular. */
export const GENERAL_LOOK_ALIKES: readonly string[] = [
  '',
  'not a url',
  'javascript:alert(1)',
  'data:text/html,<h1>GCKey</h1>',
  'file:///j/eng/l',
  'about:blank',
  'https://',
  'https://example.org/',
  'https://cicgc-ca.com/en/immigration-refugees-citizenship/services/application/account.html',
  'https://cic-gc-ca.com/j/eng/l',
  'https://cic.gc.ca.org/',
  'https://xn--clgc-gckey-b7a.gc.ca/j/eng/l',
  'https://clegc-gсkey.gc.ca/j/eng/l',
  'https://apps.cic.gc.ca/en/login',
  'https://evil.apps.cic.gc.ca/en/login',
];
