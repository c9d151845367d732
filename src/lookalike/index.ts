import { toUnicode } from 'punycode/punycode.js';
import { parse } from 'tldts';
import { detectPage, SERVICES } from '../pages';

/**
 * Does this address want to pass for an IRCC sign-in page without being one? Run in the popup, on
 * the active tab's address only, on the device. `strong` when it names or copies an official host;
 * `tip` when it only mentions IRCC words. Never a block: the popup just says so.
 */
export type LookAlike = { strength: 'strong' | 'tip'; reason: LookAlikeReason };
export type LookAlikeReason =
  'known-fake' | 'official-name-inside' | 'misspelling' | 'look-alike-characters' | 'ircc-words';

/** Documented fakes (docs/pages.md, "Look-alikes"). */
const KNOWN_FAKES = [
  'cicgc-ca.com',
  'cic-gc-ca.com',
  'cic.gc.ca.org',
  'ca-ciconline.com',
  'canadianworkpermitonlin.com',
];

/** The hosts people type or see on the real pages, without wildcards. */
const OFFICIAL_HOSTS = [
  ...new Set(SERVICES.flatMap((service) => service.hosts.map((host) => host.replace(/^\*\./, 'gc.')))),
  'canada.ca',
  'cic.gc.ca',
];
const OFFICIAL_NAMES = [
  'canada.ca',
  'gc.ca',
  'clegc-gckey',
  'servicesenligne',
  'apps.cic',
  'interac-id',
  'securekeyconcierge',
];
const IRCC_WORDS =
  /(^|[^a-z])(ircc|gckey|clegc|mycic|cic-?gc|immigration-refugees-citizenship|immigration-refugies)([^a-z]|$)/;

/** Latin letters that other scripts draw the same (the few that matter for these names). */
const CONFUSABLES: Record<string, string> = {
  а: 'a',
  е: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ӏ: 'l',
  ԁ: 'd',
  ɡ: 'g',
  κ: 'k',
  ο: 'o',
  α: 'a',
  ε: 'e',
  ν: 'v',
  τ: 't',
  ı: 'i',
  ĸ: 'k',
  ⅽ: 'c',
  ⅼ: 'l',
  ｅ: 'e',
  ｃ: 'c',
};
const skeleton = (text: string) =>
  [...text.normalize('NFKD')]
    .map((char) => CONFUSABLES[char] ?? char)
    .join('')
    .replace(/[\u0300-\u036f]/g, '');

/** Levenshtein distance, stopping early past `limit` (only small distances matter here). */
function distance(a: string, b: string, limit = 2): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    if (Math.min(...current) > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** A Government of Canada site: canada.ca, or any site under the gc.ca public suffix. */
export function isGovernmentOfCanada(hostname: string): boolean {
  const info = parse(hostname);
  return info.domain === 'canada.ca' || info.publicSuffix === 'gc.ca' || info.domain === 'gc.ca';
}

export function lookAlikeOf(href: string | undefined): LookAlike | undefined {
  let url: URL;
  try {
    url = new URL(href ?? '');
  } catch {
    return undefined;
  }
  if (!/^https?:$/.test(url.protocol) || detectPage(url.href)) return undefined;
  const hostname = url.hostname.toLowerCase();
  const info = parse(hostname);
  if (info.isIp || !info.domain) return undefined;
  if (isGovernmentOfCanada(hostname) && url.protocol === 'https:') return undefined;

  const unicode = skeleton(
    hostname
      .split('.')
      .map((label) => (label.startsWith('xn--') ? toUnicode(label) : label))
      .join('.'),
  );
  const path = decodeURIComponent(url.pathname).toLowerCase();

  if (KNOWN_FAKES.some((fake) => hostname === fake || hostname.endsWith(`.${fake}`))) {
    return { strength: 'strong', reason: 'known-fake' };
  }
  if (unicode !== hostname && (OFFICIAL_HOSTS.includes(unicode) || isGovernmentOfCanada(unicode))) {
    return { strength: 'strong', reason: 'look-alike-characters' };
  }
  // An official host name put inside another host (clegc-gckey.gc.ca.evil.example) or in the path
  // of a copy (evil.example/www.canada.ca/…), or the government's own site over plain http.
  const named = (text: string, name: string) =>
    new RegExp(`(^|[./-])${name.replace(/\./g, '\\.')}([./-]|$)`).test(text);
  if (OFFICIAL_NAMES.some((name) => named(hostname, name) || named(path, name))) {
    return { strength: 'strong', reason: 'official-name-inside' };
  }
  // One or two letters away from an official host (canadaa.ca, clegc-gkey.gc.ca, www.canada.cc).
  const close = (a: string, official: string) => distance(a, official) <= (official.length >= 12 ? 2 : 1);
  const label = info.domainWithoutSuffix ?? '';
  const officialLabel = (official: string) => official.split('.').find((part) => part.length >= 8) ?? '';
  if (
    OFFICIAL_HOSTS.some(
      (official) =>
        close(hostname, official) ||
        close(info.domain!, official) ||
        (officialLabel(official) !== '' && close(label, officialLabel(official))),
    )
  ) {
    return { strength: 'strong', reason: 'misspelling' };
  }
  // The same name under another suffix (canada.com): not ours to call a fake, but worth a word.
  if (OFFICIAL_HOSTS.some((official) => parse(official).domainWithoutSuffix === info.domainWithoutSuffix)) {
    return { strength: 'tip', reason: 'misspelling' };
  }
  if (IRCC_WORDS.test(hostname) || IRCC_WORDS.test(path)) return { strength: 'tip', reason: 'ircc-words' };
  return undefined;
}
