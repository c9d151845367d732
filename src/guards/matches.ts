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
