import type { Method } from '../settings/constants';

const FRONT = 'onlineservices-servicesenligne-cic.fjgc-gccf.gc.ca';

/**
 * The sign-in method a link to (or the address of) the secure account's federation front starts:
 * `idp=gckey` → GCKey, `idp=securekey` → Sign-In Partner. Anything else, including the same
 * parameters on another host, is not a sign-in start.
 */
export function methodFromIdp(href: string): Method | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.hostname !== FRONT || url.port || !/^\/mycic\/gccf\/?$/i.test(url.pathname)) {
    return undefined;
  }
  const idp = url.searchParams.get('idp')?.toLowerCase();
  return idp === 'gckey' ? 'gckey' : idp === 'securekey' ? 'sign-in-partner' : undefined;
}
