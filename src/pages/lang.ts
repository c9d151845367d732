import type { Lang } from './types';

const CODES: Record<string, Lang> = { en: 'en', eng: 'en', fr: 'fr', fra: 'fr' };

/** `lang=eng`, `lang=fr`, … in the query string. */
export function langFromQuery(url: URL): Lang | undefined {
  const value = url.searchParams.get('lang');
  return value ? CODES[value.toLowerCase()] : undefined;
}

/** The path segment at `index` (0-based) when it is a language code: `/en/…`, `/j/fra/…`. */
export function langFromSegment(url: URL, index: number): Lang | undefined {
  const segment = url.pathname.split('/')[index + 1];
  return segment ? CODES[segment.toLowerCase()] : undefined;
}

/** The first of the given readers that knows. */
export function firstLang(...found: (Lang | undefined)[]): Lang | undefined {
  return found.find((lang) => lang !== undefined);
}
