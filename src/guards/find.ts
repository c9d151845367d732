import { methodFromIdp } from '../pages/idp';
import { partnerByName } from '../pages/partner-names';
import type { PartnerId } from '../pages/partners';
import type { Method } from '../settings/constants';

// How the guards find the page's own buttons: by where they lead first, by what they say second,
// and not at all when neither is clear — doing nothing is better than guarding the wrong button.

/** What a person reads on a button, without text meant only for screen readers (canada.ca's `wb-inv`). */
export function visibleLabel(element: Element): string {
  let text = '';
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) text += node.nodeValue ?? '';
    else if (
      node instanceof Element &&
      !node.classList.contains('wb-inv') &&
      node.getAttribute('aria-hidden') !== 'true'
    ) {
      node.childNodes.forEach(walk);
    }
  };
  walk(element);
  return text.replace(/\s+/g, ' ').trim();
}

const labelKey = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[®™’']/g, '')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();

/**
 * The labels the chooser's buttons have had, for when their address does not say (the 2026 design;
 * the older design and its French labels). Facts F22: the French labels of the 2026 design are not
 * known yet, so only the older French ones are here.
 */
const SIGN_IN_LABELS: Record<Method, string[]> = {
  gckey: ['GCKey username and password', 'Continue to GCKey', 'Poursuivez vers la CléGC'].map(labelKey),
  'sign-in-partner': [
    'Canadian Interac® Sign-In Partner',
    'Interac® Sign-In Partner',
    'Continue to Sign-In Partner',
    'Poursuivez vers un Partenaire de connexion',
  ].map(labelKey),
};

/** The canada.ca page that creates a new secure account (F22); the French path is from the page's own language link. */
const REGISTER_PATHS = [
  '/en/immigration-refugees-citizenship/services/application/register.html',
  '/fr/immigration-refugies-citoyennete/services/demande/inscription.html',
];
const REGISTER_LABELS = ['Register for an account'].map(labelKey);

const clickables = (root: ParentNode) => root.querySelectorAll<HTMLElement>('a[href], button');

/**
 * The chooser's sign-in buttons. By address first (`idp=gckey` / `idp=securekey` on the federation
 * front, whatever the page calls them); only for a method that no address names, by the labels the
 * page is known to use. A link whose address names the other method is never taken by its text.
 */
export function findSignInLinks(root: ParentNode = document): Map<Method, HTMLElement[]> {
  const found = new Map<Method, HTMLElement[]>();
  const add = (method: Method, element: HTMLElement) => found.set(method, [...(found.get(method) ?? []), element]);
  const all = [...clickables(root)];
  for (const element of all) {
    const method = element instanceof HTMLAnchorElement ? methodFromIdp(element.href) : undefined;
    if (method) add(method, element);
  }
  for (const method of ['gckey', 'sign-in-partner'] as const) {
    if (found.has(method)) continue;
    for (const element of all) {
      const addressSays = element instanceof HTMLAnchorElement ? methodFromIdp(element.href) : undefined;
      if (!addressSays && SIGN_IN_LABELS[method].includes(labelKey(visibleLabel(element)))) add(method, element);
    }
  }
  return found;
}

/**
 * "Register for an account" (F22), which makes a new, empty account for someone who already has
 * one (F3). By its address (canada.ca's register page), else by its known English label.
 */
export function findRegisterLinks(root: ParentNode = document): HTMLElement[] {
  const all = [...clickables(root)];
  const byAddress = all.filter((element) => {
    if (!(element instanceof HTMLAnchorElement)) return false;
    try {
      const url = new URL(element.href);
      return url.protocol === 'https:' && url.hostname === 'www.canada.ca' && REGISTER_PATHS.includes(url.pathname);
    } catch {
      return false;
    }
  });
  if (byAddress.length) return byAddress;
  return all.filter(
    (element) =>
      REGISTER_LABELS.includes(labelKey(visibleLabel(element))) &&
      !(element instanceof HTMLAnchorElement && methodFromIdp(element.href)),
  );
}

/** The partner a link's address names: a query value or a path segment that is a partner's name or id. */
function partnerFromAddress(element: HTMLElement): PartnerId | undefined {
  if (!(element instanceof HTMLAnchorElement)) return undefined;
  let url: URL;
  try {
    url = new URL(element.href);
  } catch {
    return undefined;
  }
  const parts = [...url.searchParams.values(), ...url.pathname.split('/').map((s) => s.replace(/\.[a-z]+$/i, ''))];
  const found = new Set(parts.map((part) => (part.length > 1 ? partnerByName(part) : undefined)).filter(Boolean));
  return found.size === 1 ? [...found][0] : undefined;
}

/** The partner a logo names by its file name (`/cbs/images/en/<bank>.png`, names inferred). */
function partnerFromLogo(element: HTMLElement): PartnerId | undefined {
  const src = element.querySelector('img[src]')?.getAttribute('src') ?? '';
  const file = /([^/?#]+)\.(?:png|svg|gif|jpe?g|webp)(?:[?#]|$)/i.exec(src)?.[1];
  return file ? partnerByName(file) : undefined;
}

/** The partner a choice's words name: its text, or its logo's alternative text. */
function partnerFromName(element: HTMLElement): PartnerId | undefined {
  const text = visibleLabel(element);
  const alt = element.querySelector('img[alt]')?.getAttribute('alt') ?? '';
  return partnerByName(text || alt);
}

/**
 * The bank list's choices: links or buttons that name one partner, by address, logo file name or
 * name (official, common, either language; case, accents, ® and "Group"/« Groupe » do not matter).
 * A choice whose signals name two different partners is left alone.
 */
export function findBankChoices(root: ParentNode = document): Map<PartnerId, HTMLElement[]> {
  const found = new Map<PartnerId, HTMLElement[]>();
  for (const element of clickables(root)) {
    const named = new Set(
      [partnerFromAddress(element), partnerFromLogo(element), partnerFromName(element)].filter(
        (id): id is PartnerId => id !== undefined,
      ),
    );
    if (named.size !== 1) continue;
    const partner = [...named][0]!;
    found.set(partner, [...(found.get(partner) ?? []), element]);
  }
  return found;
}

/** What to call one of the chooser's buttons when speaking of it. */
export type ButtonName = { text: string; quoted: boolean };

const DESCRIPTIONS: Record<Method | 'register', Record<'en' | 'fr', string>> = {
  gckey: { en: 'the GCKey button', fr: 'le bouton CléGC' },
  'sign-in-partner': { en: 'the Sign-In Partner button', fr: 'le bouton Partenaire de connexion' },
  register: { en: 'the button to register', fr: 'le bouton pour s’inscrire' },
};

/**
 * How to name a chooser button in a sentence without quoting a label the page may not have: the
 * page's own visible label (in the page's quotation marks, `quoted: true`) when the page shows one,
 * else a description ("the GCKey button", « le bouton CléGC »). `element` may be missing (the page
 * was not read, or the button was not found).
 */
export function buttonName(kind: Method | 'register', lang: 'en' | 'fr', element?: Element | null): ButtonName {
  const label = element ? visibleLabel(element) : '';
  if (label && label.length <= 80) {
    return { text: lang === 'fr' ? `« ${label} »` : `“${label}”`, quoted: true };
  }
  return { text: DESCRIPTIONS[kind][lang], quoted: false };
}
