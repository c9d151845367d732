// What a page script can do against the person, and how to tell the page from the extension: shared by
// the Chromium (tests/e2e/privacy.test.ts) and Firefox (tests/firefox/privacy.test.ts) suites (issue 14).
// The `inPage…` functions run in the page's own world (passed to the driver's evaluate), as the
// site's own script or any third-party script it loads would.
//
// How the page is told apart from the extension: each page is served with every element the HTML
// parser makes tagged `data-own="<n>"` (the copies have no scripts), so what lacks the tag is what the
// extension put there, and an own element's attributes can be compared with the same element on the
// same copy served from a look-alike host, where the extension does nothing.
import { readFileSync } from 'node:fs';
import { findFixture, URLS } from './fixtures/index.ts';

export const ZOE = 'Zoë Kowalczyk-Nguyen';
/** What the page must not find: the stored people's names, any part of them, and the active person's bank. */
export const SECRETS = [
  ZOE,
  'Zoë',
  'Zoe',
  'Kowalczyk-Nguyen',
  'Kowalczyk',
  'Nguyen',
  'Kowal',
  'Tangerine',
  // Another person this browser holds: the content scripts need not even know them (issue 14, point 3).
  'Maria Gonzalez',
  'Gonzalez',
] as const;

/**
 * Three people: the first, unnamed; Maria on GCKey; and the active one, `name`, who told the extension
 * she signs in with Tangerine through Sign-In Partner (so the personal lines, the mark and the question
 * all show). With more than one person, the banner says whose sign-in it is.
 */
export const people = (name: string) => ({
  profiles: [
    { id: 'me', label: '', method: 'gckey', partner: null },
    { id: 'maria', label: 'Maria Gonzalez', method: 'gckey', partner: null },
    { id: 'zoe', label: name, method: 'sign-in-partner', partner: 'tangerine' },
  ],
  activeProfile: 'zoe',
  hiddenPages: [],
});

/** The pages where the extension says the most about a person, and their copies where it says nothing. */
export type Surface = {
  what: string;
  url: string;
  /** The same copy on a look-alike host: the page as it is without the extension. */
  alone: string;
  /** The page's own link to click to bring up the question (on the chooser; the page stays). */
  openQuestionWith?: string;
  /**
   * Opened in a tab that comes from IRCC's sign-in page (canada.ca's chooser), as a person signing in
   * to IRCC arrives there: GCKey and the bank list serve other services too, and speak of the person's
   * IRCC sign-in only then.
   */
  fromIrcc?: string;
};

export const SURFACES: readonly Surface[] = [
  {
    what: 'the GCKey sign-in page',
    url: URLS.gckeySignInEn,
    alone: 'https://clegc-gckey.gc.ca.evil.example/j/eng/l?ReqID=s1',
    fromIrcc: URLS.canadaAccountEn,
  },
  {
    what: 'the secure-account chooser, with the question open',
    url: URLS.canadaAccountEn,
    alone: `https://cic-gc-ca.com${new URL(URLS.canadaAccountEn).pathname}`,
    // Zoë told Sign-In Partner: the GCKey button asks first.
    openQuestionWith: 'GCKey username and password',
  },
  {
    what: 'the bank list',
    url: URLS.partnerChooserEn,
    alone: 'https://gc.signin.interac-id.ca.evil.example/cbs/nav/home-accueil-eng',
    fromIrcc: URLS.canadaAccountEn,
  },
];

/** A one-letter and a thirty-letter name: nothing the page measures may tell them apart. */
export const SHORT_NAME = 'Þ';
export const LONG_NAME = 'Wolfeschlegelsteinhausenberger';
export const WIDTHS = [
  { width: 360, height: 740 },
  { width: 1280, height: 800 },
] as const;

/** The copy of `url`'s page with every element tagged `data-own="<n>"` (comments and doctype left alone). */
export function ownTagged(url: string): string {
  const { host, pathname } = new URL(url);
  const file = findFixture(host, pathname);
  if (!file) throw new Error(`No local copy for ${url}`);
  let n = 0;
  return readFileSync(file, 'utf8').replace(/<([a-zA-Z][\w-]*)/g, (_, tag: string) => `<${tag} data-own="${n++}"`);
}

/** How many times window.find() matches each string, from the top of the page, case-insensitively. */
export function inPageFindCounts(list: readonly string[]): number[] {
  const selection = getSelection()!;
  // Not in TypeScript's DOM types, though every browser has it: find(text, caseSensitive, backwards, wrapAround).
  const page = window as unknown as {
    find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean;
  };
  const find = (text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean) =>
    page.find(text, caseSensitive, backwards, wrap);
  return list.map((needle) => {
    selection.removeAllRanges();
    let n = 0;
    while (n < 50 && find(needle, false, false, false)) n++;
    selection.removeAllRanges();
    return n;
  });
}

/**
 * Words the extension's own, impersonal text is likely to contain. A read-out that starts from where
 * find() matched one of them starts inside whatever the extension drew (find() can land in a closed
 * shadow root), the way the security review read a banner out.
 */
export const ANCHORS = ['unofficial', 'guide', 'GCKey', 'Sign-In Partner', 'bank', 'account', 'sign-in'] as const;

/**
 * What the selection gives a page script, as [how, text] pairs: select all; from the document's start,
 * extend to its end, and line by line (Firefox's way); and from each of the first few find() matches
 * of each anchor, extend to the end and line by line.
 */
export function inPageReadOuts(anchors: readonly string[]): [string, string][] {
  const selection = getSelection()!;
  const page = window as unknown as {
    find(text: string, caseSensitive: boolean, backwards: boolean, wrap: boolean): boolean;
  };
  const readOuts: [string, string][] = [];
  const extend = (how: string, granularity: 'documentboundary' | 'line', times: number) => {
    let text = selection.toString();
    for (let i = 0, same = 0; i < times && same < 5; i++) {
      selection.modify('extend', 'forward', granularity);
      const now = selection.toString();
      same = now === text ? same + 1 : 0;
      text = now;
    }
    readOuts.push([how, text]);
  };
  selection.removeAllRanges();
  selection.selectAllChildren(document.documentElement);
  readOuts.push(['selectAllChildren(<html>)', selection.toString()]);
  const fromStart = () => {
    selection.removeAllRanges();
    selection.collapse(document.documentElement, 0);
  };
  fromStart();
  extend("from the start, modify('extend', 'forward', 'documentboundary')", 'documentboundary', 1);
  fromStart();
  extend("from the start, modify('extend', 'forward', 'line') ×N", 'line', 400);
  for (const anchor of anchors) {
    for (let match = 1; match <= 6; match++) {
      const toMatch = () => {
        selection.removeAllRanges();
        for (let m = 0; m < match; m++) if (!page.find(anchor, false, false, false)) return false;
        return true;
      };
      if (!toMatch()) break;
      extend(`from find(${JSON.stringify(anchor)}) #${match}, extend to the end`, 'documentboundary', 1);
      if (!toMatch()) break;
      extend(`from find(${JSON.stringify(anchor)}) #${match}, extend 'line' ×8`, 'line', 8);
    }
  }
  selection.removeAllRanges();
  return readOuts;
}

/**
 * Everything a page script can read off what the extension added, short of entering a closed shadow
 * root: each added element's (and its light-DOM descendants') attributes, and the computed style of
 * it and its ::before and ::after (custom properties included, where a drawing by `content: var(--…)`
 * could leave the text it draws).
 */
export function inPageAddedProperties(): string {
  const out: string[] = [];
  const read = (el: Element) => {
    for (const name of el.getAttributeNames()) out.push(`${name}=${el.getAttribute(name)}`);
    for (const pseudo of [null, '::before', '::after']) {
      const style = getComputedStyle(el, pseudo);
      for (let i = 0; i < style.length; i++) out.push(`${style[i]}:${style.getPropertyValue(style[i]!)}`);
      out.push(`content:${style.content}`);
    }
    for (const child of el.children) read(child);
  };
  const walk = (node: Element) => {
    for (const child of node.children) {
      if (child.hasAttribute('data-own')) walk(child);
      else read(child);
    }
  };
  walk(document.documentElement);
  if (!document.documentElement.hasAttribute('data-own')) read(document.documentElement);
  return out.join('\n');
}

/** The secrets that what the extension added carries in its attributes or computed styles. */
export const propertyLeaks = (properties: string) =>
  SECRETS.filter((secret) => count(properties, secret) > 0).map(
    (secret) => `"${secret}" in an attribute or computed style of what the extension added`,
  );

export type Added = { tag: string; parent: string; box: { x: number; y: number; width: number; height: number } };
export type PageShape = {
  /** Every node the extension put straight into the page's DOM (elements without data-own, under an own one). */
  added: Added[];
  /** Every text node straight under the document or an own element, with its parent (the extension adds none). */
  texts: string[];
  /** Each own element's attributes (inline style included), by its data-own number. */
  own: Record<string, Record<string, string>>;
  size: { width: number; height: number };
};

/** What the page sees of the DOM: what was added to it, and its own elements' attributes. */
export function inPageShape(): PageShape {
  const round = (v: number) => Math.round(v * 100) / 100;
  const isOwn = (node: Node | null): node is Element => node instanceof Element && node.hasAttribute('data-own');
  const own: Record<string, Record<string, string>> = {};
  const added: Added[] = [];
  const texts: string[] = [];
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (isOwn(child)) {
        own[child.getAttribute('data-own')!] = Object.fromEntries(
          child.getAttributeNames().map((name) => [name, child.getAttribute(name)!]),
        );
        walk(child);
      } else if (child instanceof Element) {
        const r = child.getBoundingClientRect();
        added.push({
          tag: child.localName,
          parent: node instanceof Element ? `${node.localName}#${node.getAttribute('data-own')}` : '#document',
          box: { x: round(r.x + scrollX), y: round(r.y + scrollY), width: round(r.width), height: round(r.height) },
        });
      } else if (child.nodeType === Node.TEXT_NODE) {
        // Own text nodes are compared through the page's copy below; record them with their parent.
        texts.push(`${(node as Element).getAttribute?.('data-own') ?? '#document'}:${child.textContent}`);
      }
    }
  };
  walk(document);
  const { scrollWidth, scrollHeight } = document.documentElement;
  return { added, texts, own, size: { width: scrollWidth, height: scrollHeight } };
}

export const count = (text: string, needle: string) => text.toLowerCase().split(needle.toLowerCase()).length - 1;

/**
 * The sentences the person is shown that carry a secret (read from the accessibility tree, as a screen
 * reader gets them), cut at every secret: the phrases around a name or bank ("Signing in for", "uses …
 * through Sign-In Partner") that tell the page someone is stored and how they sign in.
 */
export function personalPhrases(shown: string): string[] {
  const secret = new RegExp(SECRETS.map((s) => s.replace(/[-]/g, '\\-')).join('|'), 'i');
  const sentences = shown
    .split('\n')
    .flatMap((line) => line.split(/(?<=[.?!])\s+/))
    .filter((sentence) => secret.test(sentence));
  const phrases = sentences.flatMap((sentence) =>
    sentence
      .split(new RegExp(`(?:${secret.source})(?:’s)?`, 'gi'))
      .map((part) => part.replace(/^[\s,.:;?!“”"’']+|[\s,.:;?!“”"’']+$/g, ''))
      // Three words at least: shorter ones ("sign-in") are everyday words of the page and of the mark.
      .filter((part) => (part.match(/\p{L}+/gu) ?? []).length >= 3),
  );
  return [...new Set(phrases)];
}

/**
 * What the page learns from find() and the selection: each secret found more often with the extension
 * than on the page alone, or selected more often in one read-out than the page alone shows it in any
 * (the bank list shows "Tangerine" itself), as readable lines.
 */
export function textLeaks(
  found: { withExtension: number[]; alone: number[] },
  readOuts: { withExtension: [string, string][]; alone: [string, string][] },
): string[] {
  const leaks: string[] = [];
  SECRETS.forEach((secret, i) => {
    const [w, a] = [found.withExtension[i]!, found.alone[i]!];
    if (w > a) leaks.push(`find(${JSON.stringify(secret)}): ${w}× with the extension, ${a}× on the page alone`);
  });
  for (const secret of SECRETS) {
    const most = Math.max(0, ...readOuts.alone.map(([, text]) => count(text, secret)));
    const over = readOuts.withExtension.filter(([, text]) => count(text, secret) > most);
    if (over.length)
      leaks.push(
        `the selection: "${secret}" in ${over.length} read-outs (first: ${over[0]![0]}), more than the page alone's ${most}×`,
      );
  }
  return leaks;
}

/** Phrases of the person's lines that find() matches more often than on the page alone or with nobody stored. */
export function phraseLeaks(phrases: string[], counts: { withPerson: number[]; alone: number[]; nobody: number[] }) {
  return phrases.flatMap((phrase, i) => {
    const [w, a, n] = [counts.withPerson[i]!, counts.alone[i]!, counts.nobody[i]!];
    return w > Math.max(a, n)
      ? [
          `find(${JSON.stringify(phrase)}) (from the person's lines): ${w}× with Zoë stored, ${n}× with nothing stored, ${a}× alone`,
        ]
      : [];
  });
}

/**
 * What differs, as the page sees it, between the one-letter and the thirty-letter name (what was added:
 * where, how big; the page's size), and what the extension wrote on the page's own elements.
 */
export function shapeProblems(at: string, short: PageShape, long: PageShape, alone: PageShape): string[] {
  const problems: string[] = [];
  // Tag names may be random; where the nodes are and how big is what a page can measure.
  const boxes = (shape: PageShape) => JSON.stringify(shape.added.map(({ parent, box }) => ({ parent, box })));
  if (boxes(long) !== boxes(short))
    problems.push(`${at}: added nodes ${boxes(short)} (1 letter) ≠ ${boxes(long)} (30)`);
  if (JSON.stringify(long.size) !== JSON.stringify(short.size))
    problems.push(`${at}: page size ${JSON.stringify(short.size)} (1 letter) ≠ ${JSON.stringify(long.size)} (30)`);
  for (const shape of [short, long]) {
    if (JSON.stringify(shape.texts) !== JSON.stringify(alone.texts))
      problems.push(`${at}: text nodes added to the page's own elements`);
    if (JSON.stringify(Object.keys(shape.own)) !== JSON.stringify(Object.keys(alone.own)))
      problems.push(`${at}: the page's own elements differ from the page alone`);
    for (const [n, attributes] of Object.entries(shape.own)) {
      if (JSON.stringify(attributes) !== JSON.stringify(alone.own[n]))
        problems.push(
          `${at}: attributes of own element ${n}: ${JSON.stringify(alone.own[n])} → ${JSON.stringify(attributes)}`,
        );
    }
  }
  return problems;
}
