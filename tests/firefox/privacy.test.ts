// The page against the person (issue 14), in Firefox: the same probes as the Chromium suite
// (tests/e2e/privacy.test.ts, tests/e2e/privacy-probes.ts) — window.find(), the selection read-outs
// (Firefox's 'line' extension included), the sizes of what the extension adds for a one-letter and a
// thirty-letter name, the attributes of the page's own elements — on GCKey's sign-in page, the
// secure-account chooser with the question open and the bank list. One Firefox for the whole file;
// port 443, so run it alone: `flock /tmp/firefox.lock npm run test:firefox`.
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  ANCHORS,
  inPageAddedProperties,
  inPageFindCounts,
  inPageReadOuts,
  inPageShape,
  LONG_NAME,
  ownTagged,
  people,
  personalPhrases,
  phraseLeaks,
  propertyLeaks,
  SECRETS,
  shapeProblems,
  SHORT_NAME,
  type Surface,
  SURFACES,
  textLeaks,
  WIDTHS,
  ZOE,
} from '../e2e/privacy-probes.ts';
import type { FixtureServer } from '../e2e/server.ts';
import {
  accessibilityTree,
  accessibleText,
  bidi,
  browserWindowContext,
  findFirefoxBuild,
  launchFirefox,
  startServerOn443,
  waitForText,
  type LaunchedFirefox,
} from './firefox.ts';

const BANNER_NAME = /Sign-In Guide for IRCC \(unofficial extension\)/;

let server: FixtureServer;
let firefox: LaunchedFirefox;
const opened: Page[] = [];

beforeAll(async () => {
  const extensionDir = findFirefoxBuild();
  server = await startServerOn443();
  try {
    firefox = await launchFirefox({ extensionDir });
  } catch (error) {
    await server.close();
    throw error;
  }
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close().catch(() => {});
});

// Runs in Firefox's own window (the tests' --remote-allow-system-access): writes the extension's
// storage.local as the extension itself would, and tells its listeners (the content scripts) of the
// change. Firefox refuses to open the extension's own pages by address under WebDriver BiDi, and its
// background page cannot be reached from here, so this is the way in. `json` '' clears it.
const WRITE_STORAGE = `async (id, json) => {
  const { ExtensionStorageIDB } = ChromeUtils.importESModule('resource://gre/modules/ExtensionStorageIDB.sys.mjs');
  const extension = WebExtensionPolicy.getByID(id).extension;
  const db = await ExtensionStorageIDB.open(ExtensionStorageIDB.getStoragePrincipal(extension));
  const changes = json === '' ? await db.clear() : await db.set({ settings: JSON.parse(json) });
  if (changes) ExtensionStorageIDB.notifyListeners(id, changes);
  return 'written';
}`;

/** Replaces what the extension has stored with `settings` (undefined: nothing stored). */
async function store(settings: unknown): Promise<void> {
  const page = await firefox.browser.newPage();
  try {
    const context = await browserWindowContext(page);
    const { result } = await bidi(page).session.send('script.callFunction', {
      functionDeclaration: WRITE_STORAGE,
      awaitPromise: true,
      target: { context },
      arguments: [
        { type: 'string', value: firefox.extensionId },
        { type: 'string', value: settings === undefined ? '' : JSON.stringify(settings) },
      ],
      resultOwnership: 'none',
    });
    if (result.type === 'exception')
      throw new Error(`Could not write the extension's storage: ${result.exceptionDetails.text}`);
  } finally {
    await page.close();
  }
}

/** Opens `url` with the page `html` (every other request goes to the local server), at `viewport`. */
async function openServing(
  url: string,
  html: string,
  viewport: { width: number; height: number } = WIDTHS[1],
  from?: string,
) {
  const page = await firefox.browser.newPage();
  opened.push(page);
  await page.setViewport({ ...viewport });
  if (from) {
    await page.goto(from, { waitUntil: 'load' });
    await says(page, BANNER_NAME);
  }
  await page.setRequestInterception(true);
  page.on('request', (request) => {
    if (request.isInterceptResolutionHandled()) return;
    if (request.url() === url)
      void request.respond({ status: 200, contentType: 'text/html; charset=utf-8', body: html });
    else void request.continue();
  });
  await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** The page's accessibility tree, settled, once it says `expected`. */
const says = (page: Page, expected: RegExp | string) => waitForText(page, accessibleText, expected, 10_000);

async function openWithExtension(
  surface: Surface,
  shown: RegExp | string,
  viewport?: { width: number; height: number },
) {
  const page = await openServing(surface.url, ownTagged(surface.url), viewport, surface.fromIrcc);
  await says(page, BANNER_NAME);
  await says(page, shown); // the person's own lines are drawn (a screen reader reads them)
  if (surface.openQuestionWith) {
    // The page's own link, clicked as a person would; the question opens and the page stays.
    const link = await page.waitForSelector(`::-p-text(${surface.openQuestionWith})`);
    await link!.click();
    await waitForText(
      page,
      async (p) => ((await accessibilityTree(p)).some((n) => n.role === 'dialog' || n.role === 'alert') ? 'open' : ''),
      'open',
    );
    await says(page, /\S/); // settled (the modal question hides the rest of the page from screen readers)
  }
  return page;
}

async function openAlone(surface: Surface, viewport?: { width: number; height: number }) {
  const page = await openServing(surface.alone, ownTagged(surface.url), viewport);
  await says(page, /\S/);
  return page;
}

const findCounts = (page: Page, needles: readonly string[]) => page.evaluate(inPageFindCounts, needles);

describe('what a page script can find and select (Firefox)', () => {
  for (const surface of SURFACES) {
    it(`${surface.what}: window.find() and the selection give neither the names nor the bank`, async () => {
      await store(people(ZOE));
      const page = await openWithExtension(surface, /Zoë|Tangerine/);
      const shown = await accessibleText(page);
      expect(shown).toMatch(/Zoë Kowalczyk-Nguyen|Tangerine/); // the person does see their lines
      const alone = await openAlone(surface);
      const leaks = textLeaks(
        { withExtension: await findCounts(page, SECRETS), alone: await findCounts(alone, SECRETS) },
        {
          withExtension: await page.evaluate(inPageReadOuts, ANCHORS),
          alone: await alone.evaluate(inPageReadOuts, ANCHORS),
        },
      );
      leaks.push(...propertyLeaks(await page.evaluate(inPageAddedProperties)));
      const phrases = personalPhrases(shown); // none when names are drawn apart from the words around them
      const withPerson = await findCounts(page, phrases);
      expect((await findCounts(page, ['sign']))[0]).toBeGreaterThan(0); // find() does work in this page
      const readOuts = await page.evaluate(inPageReadOuts, ANCHORS);
      await page.close(); // (one tab per address: that is how the accessibility tree is read)
      await store(undefined);
      const nobody = await openServing(surface.url, ownTagged(surface.url), undefined, surface.fromIrcc);
      await says(nobody, BANNER_NAME);
      leaks.push(
        ...phraseLeaks(phrases, {
          withPerson,
          alone: await findCounts(alone, phrases),
          nobody: await findCounts(nobody, phrases),
        }),
      );
      expect(leaks).toEqual([]);
      // The selection read-outs do read the page in Firefox too.
      // (A modal question makes the rest of the page inert: nothing there to select then.)
      if (!surface.openQuestionWith) expect(readOuts[0]![1]).toMatch(/sign/i);
    });
  }
});

describe('what a page script can measure and read back (Firefox)', () => {
  for (const surface of SURFACES) {
    it(`${surface.what}: the same sizes for a one-letter and a thirty-letter name; the page's own elements untouched`, async () => {
      const problems: string[] = [];
      for (const viewport of WIDTHS) {
        const shapes = [];
        for (const name of [SHORT_NAME, LONG_NAME]) {
          await store(people(name));
          const page = await openWithExtension(surface, name, viewport);
          shapes.push(await page.evaluate(inPageShape));
          await page.close();
        }
        const alone = await openAlone(surface, viewport);
        const untouched = await alone.evaluate(inPageShape);
        await alone.close();
        expect(untouched.added).toEqual([]);
        expect(shapes[0]!.added.length).toBeGreaterThan(0);
        problems.push(...shapeProblems(`at ${viewport.width} px`, shapes[0]!, shapes[1]!, untouched));
      }
      expect(problems).toEqual([]);
    }, 240_000); // eight page loads, and more on a busy machine
  }
});
