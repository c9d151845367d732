import { toUnicode } from 'punycode/punycode.js';
import { parse } from 'tldts';
import unhomoglyph from 'unhomoglyph';
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
/** Official names that, put inside another host or in a copy's path, show a page dressing up as IRCC's. */
const OFFICIAL_NAMES = [
  'canada.ca',
  'gc.ca',
  'clegc-gckey',
  'servicesenligne',
  'apps.cic',
  'interac-id',
  'securekeyconcierge',
];

/** The registrable domains of the official hosts: a page there (over https) is the real one, not a copy. */
const OFFICIAL_DOMAINS = new Set(OFFICIAL_HOSTS.map((host) => parse(host).domain ?? host));

/** Host labels too generic to stand for one service: a service's own label is what is left. */
const GENERIC_LABELS = new Set(['www', 'gc', 'ca', 'com', 'apps', 'cic', 'services', 'signin', 'canada']);

/**
 * Each official service's own label (`clegc-gckey`, `prson-srpel`, `securekeyconcierge`, …), with the
 * registrable domains it rightly lives under. A host that carries one of them under another domain
 * (`prson-srpel.apps-cic.com`, `securekey-concierge.com`) is dressing up as that service. Compared
 * without dashes; long labels also inside a longer label, short ones (`tr-rt`) only whole.
 */
const OWN_LABELS: { label: string; drawn: string; domains: Set<string> }[] = (() => {
  const byLabel = new Map<string, Set<string>>();
  for (const service of SERVICES) {
    for (const pattern of service.hosts) {
      const host = pattern.replace(/^\*\./, '');
      const domain = parse(host).domain ?? host;
      for (const label of host.split('.')) {
        if (GENERIC_LABELS.has(label)) continue;
        const key = label.replace(/-/g, '');
        byLabel.set(key, (byLabel.get(key) ?? new Set()).add(domain));
      }
    }
  }
  return [...byLabel].map(([label, domains]) => ({ label, drawn: skeleton(label), domains }));
})();

/**
 * Whether `hostname` carries an official service's own label while not being on that service's
 * domain; with `drawn`, compared as the labels look (their skeletons) rather than as spelled.
 */
function carriesOwnLabel(hostname: string, drawn = false): boolean {
  const domain = parse(hostname).domain ?? hostname;
  const labels = hostname.split('.').map((label) => (drawn ? skeleton(label) : label).replace(/-/g, ''));
  return OWN_LABELS.some((own) => {
    const name = drawn ? own.drawn : own.label;
    return (
      !own.domains.has(domain) &&
      labels.some((label) => label === name || (own.label.length >= 8 && label.includes(name)))
    );
  });
}

const IRCC_WORDS =
  /(^|[^a-z])(ircc|gckey|clegc|mycic|cic-?gc|immigration-refugees-citizenship|immigration-refugies)([^a-z]|$)/;

/**
 * What a text looks like once characters drawn alike are made the same (`а`→`a`, `1`→`l`, `ｅ`→`e`):
 * Unicode's confusables data (UTS #39) through the `unhomoglyph` package, then no accents, lower
 * case. Only the popup carries that table: no content script imports this module.
 */
function skeleton(text: string): string {
  return unhomoglyph(
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase(),
  )
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
}

/** The skeletons of the official hosts and of the government's own domains. */
const OFFICIAL_DRAWN = new Set(OFFICIAL_HOSTS.map(skeleton));
const GOVERNMENT_DRAWN = [skeleton('canada.ca'), skeleton('gc.ca')];
const drawnAsGovernment = (drawn: string) =>
  GOVERNMENT_DRAWN.some((suffix) => drawn === suffix || drawn.endsWith(`.${suffix}`));

/** `decodeURIComponent` that gives the text back as it is when it is not valid percent-encoding. */
function decoded(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

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

/**
 * The look-alike warning for an address (the active tab's, in the popup), or `undefined` for official
 * pages, other Government of Canada sites and ordinary sites. Never throws, whatever the string.
 */
export function lookAlikeOf(href: string | undefined): LookAlike | undefined {
  try {
    return judge(href);
  } catch {
    return undefined; // a string no rule can read is not a look-alike we can name
  }
}

function judge(href: string | undefined): LookAlike | undefined {
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
  const secure = url.protocol === 'https:';
  if (secure && (isGovernmentOfCanada(hostname) || OFFICIAL_DOMAINS.has(info.domain))) return undefined;

  const unicode = hostname
    .split('.')
    .map((label) => (label.startsWith('xn--') ? toUnicode(label) : label))
    .join('.');
  const drawn = skeleton(unicode);
  const path = decoded(url.pathname).toLowerCase();

  if (KNOWN_FAKES.some((fake) => hostname === fake || hostname.endsWith(`.${fake}`))) {
    return { strength: 'strong', reason: 'known-fake' };
  }
  // Drawn like an official host or service label but spelled with other characters: www.cаnada.ca
  // (a Cyrillic "а"), c1egc-gckey.com. Compared as Unicode's confusables data says they look.
  const lookAlikeCharacters =
    unicode !== hostname || /[0-9]/.test(hostname)
      ? OFFICIAL_DRAWN.has(drawn) || drawnAsGovernment(drawn) || carriesOwnLabel(unicode, true)
      : false;
  if (lookAlikeCharacters && !carriesOwnLabel(hostname) && !OFFICIAL_NAMES.some((name) => hostname.includes(name))) {
    return { strength: 'strong', reason: 'look-alike-characters' };
  }
  // An official host name put inside another host (clegc-gckey.gc.ca.evil.example) or in the path
  // of a copy (evil.example/www.canada.ca/…), the government's own site over plain http, or a
  // service's own label on another domain (prson-srpel.apps-cic.com, securekey-concierge.com).
  const named = (text: string, name: string) =>
    new RegExp(`(^|[./-])${name.replace(/\./g, '\\.')}([./-]|$)`).test(text);
  if (OFFICIAL_NAMES.some((name) => named(hostname, name) || named(path, name)) || carriesOwnLabel(hostname)) {
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
