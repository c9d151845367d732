import { type PageKey, SERVICES } from './catalogue';
import type { PageMatch, Service } from './types';

export type { Lang, PageMatch, ServiceId } from './types';
export type { PageKey } from './catalogue';
export { SERVICES, CONTENT_MATCHES } from './catalogue';

function hostMatches(pattern: string, hostname: string): boolean {
  if (pattern.startsWith('*.')) {
    const domain = pattern.slice(1); // ".signin.interac-id.ca"
    const label = hostname.slice(0, -domain.length);
    return hostname.endsWith(domain) && /^[a-z0-9-]+$/.test(label);
  }
  return hostname === pattern;
}

/**
 * The service that owns this URL, if any. Hosts are compared exactly, never as substrings; a host
 * shared by several services (www.canada.ca) belongs to the one whose `owns` accepts the path.
 */
function serviceFor(url: URL): Service | undefined {
  return SERVICES.find(
    (service) =>
      service.hosts.some((pattern) => hostMatches(pattern, url.hostname)) && (!service.owns || service.owns(url)),
  );
}

/**
 * Which official page this is, or `undefined` for anything that is not an official page of a known
 * service: not https, an explicit port, user-info, or a host that is not exactly a known one.
 * Never throws.
 */
export function detectPage(href: string): PageMatch | undefined {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.port !== '' || url.username !== '' || url.password !== '') return undefined;
  const service = serviceFor(url);
  if (!service) return undefined;
  const rule = service.pages.find((candidate) => candidate.test(url));
  if (!rule) return undefined;
  return { service: service.id, page: rule.page, lang: service.langOf(url) };
}

/**
 * A stable key for one page kind, e.g. `gckey/sign-in`. The one place a key is made from a match: a
 * match comes from the catalogue (`detectPage`), whose pages are exactly what `PageKey` lists.
 */
export const pageKey = (match: Pick<PageMatch, 'service' | 'page'>): PageKey =>
  `${match.service}/${match.page}` as PageKey;
