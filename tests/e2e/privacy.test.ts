// The page against the person (issue 14), in Chromium: a script of the page itself — the site's own,
// or any third-party script it loads — tries to learn who is stored in the extension and with which
// bank, with nothing but what every page has: window.find(), the selection, the sizes of what the
// extension adds, and the attributes of its own elements. On the three pages where the extension says
// the most about a person (GCKey's sign-in page, the secure-account chooser with the question open,
// the bank list), it must learn nothing but which of its own buttons carries the mark (contract,
// "Additions"). The probes and the way the page is told apart from the extension: privacy-probes.ts.
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
} from './privacy-probes.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());
beforeEach(async () => {
  await freshStart(session);
});

/** Opens `url` serving `html`, at the given viewport. */
async function openServing(
  url: string,
  html: string,
  viewport = { width: 1280, height: 800 },
  from?: string,
): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.setViewportSize(viewport);
  if (from) {
    await page.goto(from, { waitUntil: 'load' });
    await waitForText(page, BANNER_NAME);
  }
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
  const page = await openServing(surface.url, ownTagged(surface.url), viewport, surface.fromIrcc);
  await waitForText(page, BANNER_NAME);
  await waitForText(page, shown); // the person's own lines are drawn (a screen reader reads them)
  await settledText(page);
  if (surface.openQuestionWith) {
    await page.getByRole('link', { name: surface.openQuestionWith }).click();
    await expect.poll(async () => (await axNodes(page)).some((n) => n.role === 'alertdialog')).toBe(true);
    await settledText(page);
  }
  return page;
}

/** The same copy where the extension does nothing. */
async function openAlone(surface: Surface, viewport?: { width: number; height: number }) {
  const page = await openServing(surface.alone, ownTagged(surface.url), viewport);
  await waitForText(page, /\S/);
  return page;
}

const findCounts = (page: Page, needles: readonly string[]) => page.evaluate(inPageFindCounts, needles);

describe('what a page script can find and select', () => {
  for (const surface of SURFACES) {
    it(`${surface.what}: window.find() and the selection give neither the names nor the bank`, async () => {
      await setStoredSettings(session, people(ZOE));
      const page = await openWithExtension(surface, /Zoë|Tangerine/);
      const shown = await accessibleText(page);
      // The person does see their own lines: what follows tests hiding from the page, not an empty banner.
      expect(shown).toMatch(/Zoë Kowalczyk-Nguyen|Tangerine/);
      const alone = await openAlone(surface);

      const leaks = textLeaks(
        { withExtension: await findCounts(page, SECRETS), alone: await findCounts(alone, SECRETS) },
        {
          withExtension: await page.evaluate(inPageReadOuts, ANCHORS),
          alone: await alone.evaluate(inPageReadOuts, ANCHORS),
        },
      );
      // The phrases of the person's own lines: findable no more than on the page alone or in the banner
      // someone with nothing stored gets.
      leaks.push(...propertyLeaks(await page.evaluate(inPageAddedProperties)));
      // (None when the names are drawn apart from the words around them: then there is no such phrase.)
      const phrases = personalPhrases(shown);
      const withPerson = await findCounts(page, phrases);
      await clearStorage(session);
      const nobody = await openServing(surface.url, ownTagged(surface.url), undefined, surface.fromIrcc);
      await waitForText(nobody, BANNER_NAME);
      await settledText(nobody);
      leaks.push(
        ...phraseLeaks(phrases, {
          withPerson,
          alone: await findCounts(alone, phrases),
          nobody: await findCounts(nobody, phrases),
        }),
      );
      expect(leaks).toEqual([]);
      // The probes work: they do find the page's own words, and the selection does read the page.
      expect((await findCounts(page, ['sign']))[0]).toBeGreaterThan(0);
      // (A modal question makes the rest of the page inert: nothing there to select then.)
      if (!surface.openQuestionWith) expect((await page.evaluate(inPageReadOuts, ANCHORS))[0]![1]).toMatch(/sign/i);
    });
  }
});

describe('what a page script can measure and read back', () => {
  for (const surface of SURFACES) {
    it(`${surface.what}: what the extension adds has the same size for a one-letter and a thirty-letter name, and the page's own elements are untouched`, async () => {
      expect(LONG_NAME).toHaveLength(30);
      const problems: string[] = [];
      for (const viewport of WIDTHS) {
        const shapes = [];
        for (const name of [SHORT_NAME, LONG_NAME]) {
          await setStoredSettings(session, people(name));
          const page = await openWithExtension(surface, name, viewport);
          shapes.push(await page.evaluate(inPageShape));
          await page.close();
        }
        const alone = await openAlone(surface, viewport);
        const untouched = await alone.evaluate(inPageShape);
        await alone.close();
        // The method works: on the page alone every element is the page's own; the extension adds something.
        expect(untouched.added).toEqual([]);
        expect(shapes[0]!.added.length).toBeGreaterThan(0);
        problems.push(...shapeProblems(`at ${viewport.width} px`, shapes[0]!, shapes[1]!, untouched));
      }
      expect(problems).toEqual([]);
    }, 240_000); // eight page loads, and more on a busy machine
  }
});
