// The page against the person (issue 14): a script of the page itself — the site's own, or any
// third-party script it loads — tries to learn who is stored in the extension and with which bank,
// with nothing but what every page has: window.find(), the selection, the sizes of what the extension
// adds, and the attributes of its own elements. On the three pages where the extension says the most
// about a person (GCKey's sign-in page, the secure-account chooser with the question open, the bank
// list), it must learn nothing but which of its own buttons carries the mark (contract, "Additions").
//
// How the page is told apart from the extension: each page is served with every element the HTML
// parser makes tagged `data-own="<n>"` (the copies have no scripts), so what lacks the tag is what the
// extension put there, and an own element's attributes can be compared with the same element on the
// same copy served from a look-alike host, where the extension does nothing.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { axNodes } from './ax.ts';
import {
  accessibleText,
  BANNER_NAME,
  clearStorage,
  freshStart,
  type Session,
  setStoredSettings,
  settledText,
  startSession,
  waitForText,
} from './extension.ts';
import { findFixture, URLS } from './fixtures/index.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());
beforeEach(async () => {
  await freshStart(session);
});

const ZOE = 'Zoë Kowalczyk-Nguyen';
/** What the page must not find: the stored people's names, any part of them, and the active person's bank. */
const SECRETS = [
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
const people = (name: string) => ({
  profiles: [
    { id: 'me', label: '', method: 'gckey', partner: null },
    { id: 'maria', label: 'Maria Gonzalez', method: 'gckey', partner: null },
    { id: 'zoe', label: name, method: 'sign-in-partner', partner: 'tangerine' },
  ],
  activeProfile: 'zoe',
  hiddenPages: [],
});

type Surface = {
  what: string;
  url: string;
  /** The same copy on a look-alike host: the page as it is without the extension. */
  alone: string;
  /** Brings up everything the extension shows there (the question on the chooser). */
  open?: (page: Page) => Promise<void>;
};

const SURFACES: Surface[] = [
  {
    what: 'the GCKey sign-in page',
    url: URLS.gckeySignInEn,
    alone: 'https://clegc-gckey.gc.ca.evil.example/j/eng/l?ReqID=s1',
  },
  {
    what: 'the secure-account chooser, with the question open',
    url: URLS.canadaAccountEn,
    alone: `https://cic-gc-ca.com${new URL(URLS.canadaAccountEn).pathname}`,
    // Zoë told Sign-In Partner: the GCKey button asks first (and the page stays where it is).
    open: async (page) => {
      await page.getByRole('link', { name: 'Continue to GCKey' }).click();
      await expect.poll(async () => (await axNodes(page)).some((n) => n.role === 'alertdialog')).toBe(true);
    },
  },
  {
    what: 'the bank list',
    url: URLS.partnerChooserEn,
    alone: 'https://gc.signin.interac-id.ca.evil.example/cbs/nav/home-accueil-eng',
  },
];

/** The copy of `url`'s page with every element tagged `data-own="<n>"` (comments and doctype left alone). */
function ownTagged(url: string): string {
  const { host, pathname } = new URL(url);
  const file = findFixture(host, pathname);
  if (!file) throw new Error(`No local copy for ${url}`);
  let n = 0;
  return readFileSync(file, 'utf8').replace(/<([a-zA-Z][\w-]*)/g, (_, tag: string) => `<${tag} data-own="${n++}"`);
}

/** Opens `url` serving `html`, at the given viewport. */
async function openServing(url: string, html: string, viewport = { width: 1280, height: 800 }): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.setViewportSize(viewport);
  await page.route(url, (route) =>
    route.fulfill({ status: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: html }),
  );
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The extension's page, once its banner (and the person's lines, marks, question) are all there. */
async function openWithExtension(
  surface: Surface,
  shown: RegExp | string,
  viewport?: { width: number; height: number },
) {
  const page = await openServing(surface.url, ownTagged(surface.url), viewport);
  await waitForText(page, BANNER_NAME);
  await waitForText(page, shown); // the person's own lines are drawn (a screen reader reads them)
  await settledText(page);
  await surface.open?.(page);
  await settledText(page);
  return page;
}

/** The same copy where the extension does nothing. */
async function openAlone(surface: Surface, viewport?: { width: number; height: number }) {
  const page = await openServing(surface.alone, ownTagged(surface.url), viewport);
  await waitForText(page, /\S/);
  return page;
}

// --- What a page script can do (these functions run in the page's own world) -----------------------

/** How many times window.find() matches each string, from the top of the page, case-insensitively. */
function findCounts(page: Page, needles: readonly string[]): Promise<number[]> {
  return page.evaluate((list) => {
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
  }, needles);
}

/** The text the selection read-outs give: select all; extend to the document's end; extend line by line. */
function selectionReadOuts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const selection = getSelection()!;
    const start = () => {
      selection.removeAllRanges();
      selection.collapse(document.documentElement, 0);
    };
    selection.removeAllRanges();
    selection.selectAllChildren(document.documentElement);
    const all = selection.toString();
    start();
    selection.modify('extend', 'forward', 'documentboundary');
    const toEnd = selection.toString();
    start();
    let lines = '';
    for (let i = 0, same = 0; i < 400 && same < 5; i++) {
      selection.modify('extend', 'forward', 'line');
      const now = selection.toString();
      same = now === lines ? same + 1 : 0;
      lines = now;
    }
    selection.removeAllRanges();
    return [all, toEnd, lines];
  });
}

type Added = { tag: string; parent: string; box: { x: number; y: number; width: number; height: number } };
type PageShape = {
  /** Every node the extension put straight into the page's DOM (elements without data-own, under an own one). */
  added: Added[];
  /** Every text node straight under the document or an own element, with its parent (the extension adds none). */
  texts: string[];
  /** Each own element's attributes (inline style included), by its data-own number. */
  own: Record<string, Record<string, string>>;
  size: { width: number; height: number };
};

/** What the page sees of the DOM: what was added to it, and its own elements' attributes. */
function pageShape(page: Page): Promise<PageShape> {
  return page.evaluate(() => {
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
  }) as Promise<PageShape>;
}

const count = (text: string, needle: string) => text.toLowerCase().split(needle.toLowerCase()).length - 1;

/**
 * The sentences the person is shown that carry a secret (read from the accessibility tree, as a screen
 * reader gets them), cut at every secret: the phrases around a name or bank ("Signing in for", "uses …
 * through Sign-In Partner") that tell the page someone is stored and how they sign in.
 */
function personalPhrases(shown: string): string[] {
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

describe('what a page script can find and select', () => {
  for (const surface of SURFACES) {
    it(`${surface.what}: window.find() and the selection give neither the names nor the bank`, async () => {
      await setStoredSettings(session, people(ZOE));
      const page = await openWithExtension(surface, /Zoë|Tangerine/);
      const shown = await accessibleText(page);
      // The person does see their own lines: what follows tests hiding from the page, not an empty banner.
      expect(shown).toMatch(/Zoë Kowalczyk-Nguyen|Tangerine/);
      const alone = await openAlone(surface);

      const leaks: string[] = [];
      // find(): nothing more than on the page alone (the bank list shows "Tangerine" itself, once).
      const [withExtension, pageAlone] = [await findCounts(page, SECRETS), await findCounts(alone, SECRETS)];
      SECRETS.forEach((secret, i) => {
        if (withExtension[i]! > pageAlone[i]!)
          leaks.push(
            `find(${JSON.stringify(secret)}): ${withExtension[i]}× with the extension, ${pageAlone[i]}× on the page alone`,
          );
      });
      // The selection read-outs: the same.
      const [readWith, readAlone] = [await selectionReadOuts(page), await selectionReadOuts(alone)];
      const readOut = ['selectAllChildren', "modify('extend', 'forward', 'documentboundary')", "modify(…'line') ×N"];
      readWith.forEach((text, r) => {
        for (const secret of SECRETS) {
          if (count(text, secret) > count(readAlone[r]!, secret))
            leaks.push(
              `${readOut[r]}: "${secret}" ${count(text, secret)}× with the extension, ${count(readAlone[r]!, secret)}× alone`,
            );
        }
      });
      // The phrases of the person's own lines: findable no more than on the page alone or in the banner
      // someone with nothing stored gets.
      const phrases = personalPhrases(shown);
      expect(phrases.length).toBeGreaterThan(0);
      const phrasesWith = await findCounts(page, phrases);
      const phrasesAlone = await findCounts(alone, phrases);
      await clearStorage(session);
      const nobody = await openServing(surface.url, ownTagged(surface.url));
      await waitForText(nobody, BANNER_NAME);
      await settledText(nobody);
      const phrasesNobody = await findCounts(nobody, phrases);
      phrases.forEach((phrase, i) => {
        if (phrasesWith[i]! > Math.max(phrasesAlone[i]!, phrasesNobody[i]!))
          leaks.push(
            `find(${JSON.stringify(phrase)}) (from the person's lines): ${phrasesWith[i]}× with Zoë stored, ` +
              `${phrasesNobody[i]}× with nothing stored, ${phrasesAlone[i]}× alone`,
          );
      });
      expect(leaks).toEqual([]);
      // The probes work: they do find the page's own words, and the selection does read the page.
      const [control] = await findCounts(page, ['sign']);
      expect(control).toBeGreaterThan(0);
      expect(readWith[0]).toMatch(/sign/i);
    });
  }
});

describe('what a page script can measure and read back', () => {
  const SHORT = 'Þ';
  const LONG = 'Wolfeschlegelsteinhausenberger'; // thirty letters
  const WIDTHS = [
    { width: 360, height: 740 },
    { width: 1280, height: 800 },
  ];
  for (const surface of SURFACES) {
    it(`${surface.what}: what the extension adds has the same size for a one-letter and a thirty-letter name, and the page's own elements are untouched`, async () => {
      expect(LONG).toHaveLength(30);
      const problems: string[] = [];
      for (const viewport of WIDTHS) {
        const at = `at ${viewport.width} px`;
        const shapes: PageShape[] = [];
        for (const name of [SHORT, LONG]) {
          await setStoredSettings(session, people(name));
          const page = await openWithExtension(surface, name, viewport);
          shapes.push(await pageShape(page));
          await page.close();
        }
        const alone = await openAlone(surface, viewport);
        const untouched = await pageShape(alone);
        await alone.close();
        // The method works: on the page alone every element is the page's own.
        expect(untouched.added).toEqual([]);
        const [short, long] = shapes as [PageShape, PageShape];
        expect(short.added.length, 'the extension adds something to the page').toBeGreaterThan(0);
        // Same nodes, in the same places, with the same sizes, whatever the name's length (their tag
        // names may be random), and the page keeps its size.
        const boxes = (shape: PageShape) => shape.added.map(({ parent, box }) => ({ parent, box }));
        if (JSON.stringify(boxes(long)) !== JSON.stringify(boxes(short)))
          problems.push(
            `${at}: added nodes ${JSON.stringify(boxes(short))} (1 letter) ≠ ${JSON.stringify(boxes(long))} (30)`,
          );
        if (JSON.stringify(long.size) !== JSON.stringify(short.size))
          problems.push(
            `${at}: page size ${JSON.stringify(short.size)} (1 letter) ≠ ${JSON.stringify(long.size)} (30)`,
          );
        for (const shape of shapes) {
          // No text put into the page's own elements, and not one attribute or inline style written on them.
          if (JSON.stringify(shape.texts) !== JSON.stringify(untouched.texts))
            problems.push(`${at}: text nodes added to the page's own elements`);
          for (const [n, attributes] of Object.entries(shape.own)) {
            if (JSON.stringify(attributes) !== JSON.stringify(untouched.own[n]))
              problems.push(
                `${at}: attributes of own element ${n}: ${JSON.stringify(untouched.own[n])} → ${JSON.stringify(attributes)}`,
              );
          }
          expect(Object.keys(shape.own)).toEqual(Object.keys(untouched.own));
        }
      }
      expect(problems).toEqual([]);
    });
  }
});
