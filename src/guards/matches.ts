/**
 * Where the guards' content script runs: only the pages where a click can open the wrong account,
 * or that tell what the person did. Narrower than the banner's matches (and inside them, so the
 * extension asks for no host it did not already have); `matches.test.ts` checks both.
 */
export const GUARD_MATCHES = [
  'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/account.html*',
  'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/compte.html*',
  'https://onlineservices-servicesenligne-cic.fjgc-gccf.gc.ca/mycic/gccf*',
  'https://*.signin.interac-id.ca/*',
  'https://services.securekeyconcierge.com/*',
  'https://clegc-gckey.gc.ca/j/eng/rg*',
  'https://clegc-gckey.gc.ca/j/fra/rg*',
];

/**
 * The federation front sends the person on at once: the guards must note its address before it
 * goes, so there they run at document_start. Everywhere else they wait for document_idle (after
 * the page's load event, or soon after its content is in), so they never delay a page.
 */
export const GUARD_MATCHES_AT_START = GUARD_MATCHES.filter((pattern) => pattern.includes('/mycic/gccf'));
export const GUARD_MATCHES_WHEN_IDLE = GUARD_MATCHES.filter((pattern) => !GUARD_MATCHES_AT_START.includes(pattern));

/** The page kinds the guards act on. */
export const GUARDED_PAGES = [
  'secure-account/choose-sign-in',
  'secure-account/sign-in-redirect',
  'sign-in-partner/choose-partner',
  'gckey/sign-up',
];
