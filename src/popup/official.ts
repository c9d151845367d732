/**
 * Is this an official IRCC page that the catalogue does not know (no sign-in there: the eTA form,
 * "Which account do I need?", the help centre…)? The popup names such a tab as official rather than
 * "not an IRCC page", which would push people towards look-alikes. Official IRCC pages are on
 * canada.ca or gc.ca (fact F21): IRCC's part of www.canada.ca (`/en/immigration-refugees-citizenship/`,
 * `/fr/immigration-refugies-citoyennete/`), its help centre (ircc.canada.ca), and its own gc.ca hosts
 * (cic.gc.ca and its subdomains, such as the eTA form on onlineservices-servicesenligne.cic.gc.ca,
 * and the secure account's fjgc-gccf.gc.ca front). Same strictness as detectPage: https only, no
 * explicit port, no user-info, the exact host. Never throws; anything else is false.
 */
export function isOfficialIrccPage(href: string | undefined): boolean {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return false;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '') return false;
  const host = url.hostname;
  if (host === 'www.canada.ca' || host === 'canada.ca')
    return /^\/(en\/immigration-refugees-citizenship|fr\/immigration-refugies-citoyennete)(\/|$)/.test(url.pathname);
  return (
    host === 'ircc.canada.ca' ||
    host === 'cic.gc.ca' ||
    host.endsWith('.cic.gc.ca') ||
    host === 'onlineservices-servicesenligne-cic.fjgc-gccf.gc.ca'
  );
}
