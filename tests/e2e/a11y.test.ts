// Accessibility (issue 6): axe finds nothing on every kind of banner, the guard's mark and question,
// and the popup — in English and French, light and dark.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium, type LaunchedBrowser } from './browser.ts';
import { firstRunUrl, openPopup, type Session, startSession } from './extension.ts';
import { type FixtureServer, startServer } from './server.ts';

const require = createRequire(import.meta.url);
const AXE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
const ROOT = resolve(import.meta.dirname, '../..');

type Violation = { id: string; impact: string; help: string; nodes: { target: string[] }[] };
async function axe(page: Page, disabled: string[] = []): Promise<string[]> {
  const violations = await page.evaluate(async (off) => {
    const result = await (
      window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: Violation[] }> } }
    ).axe.run(document, {
      resultTypes: ['violations'],
      rules: Object.fromEntries(off.map((id) => [id, { enabled: false }])),
    });
    return result.violations;
  }, disabled);
  return (violations as Violation[]).map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}

/** The gallery: the product's banner and guard code with open shadow roots, bundled for the page. */
async function galleryBundle(): Promise<string> {
  const result = await build({
    entryPoints: [resolve(import.meta.dirname, 'a11y/gallery.ts')],
    bundle: true,
    format: 'iife',
    write: false,
    logLevel: 'silent',
    // As in every build but the bench's comparison one (src/env.d.ts).
    define: { __BENCH_TEXT_NAMES__: 'false' },
    plugins: [
      {
        name: 'product-css-and-open-shadow',
        setup(b) {
          b.onResolve({ filter: /\.css\?inline$/ }, (args) => ({
            path: resolve(args.resolveDir, args.path.replace('?inline', '')),
            namespace: 'css-text',
          }));
          b.onLoad({ filter: /.*/, namespace: 'css-text' }, (args) => ({
            contents: readFileSync(args.path, 'utf8'),
            loader: 'text',
          }));
          b.onResolve({ filter: /\/ui\/shadow$/ }, () => ({ path: 'open-shadow', namespace: 'open-shadow' }));
          b.onLoad({ filter: /.*/, namespace: 'open-shadow' }, () => ({
            contents: "export const SHADOW_MODE = 'open';",
            loader: 'ts',
          }));
          b.onResolve({ filter: /^wxt\/browser$/ }, () => ({ path: 'no-browser', namespace: 'open-shadow' }));
        },
      },
    ],
    absWorkingDir: ROOT,
  });
  return result.outputFiles[0]!.text;
}

describe('axe on the banners and guards', () => {
  let server: FixtureServer;
  let chromium: LaunchedBrowser;
  let bundle: string;
  beforeAll(async () => {
    bundle = await galleryBundle();
    server = await startServer();
    chromium = await launchChromium({ server });
  });
  afterAll(async () => {
    await chromium?.close();
    await server?.close();
  });

  for (const lang of ['en', 'fr'] as const) {
    for (const colorScheme of ['light', 'dark'] as const) {
      it(`every banner kind, the mark and the question: ${lang}, ${colorScheme}`, async () => {
        const page = await chromium.context.newPage();
        await page.emulateMedia({ colorScheme });
        await page.setContent(
          `<!doctype html><html lang="${lang}"><head><title>Gallery</title></head><body><main><h1>Gallery</h1></main></body></html>`,
        );
        await page.addScriptTag({ content: bundle });
        await page.addScriptTag({ content: AXE });
        const shown = await page.evaluate(
          (l) => (window as unknown as { showAllBanners(l: string): number }).showAllBanners(l),
          lang,
        );
        expect(shown).toBeGreaterThan(100);
        // The gallery shows 150 banners at once; a page only ever has one, so their shared
        // landmark name is no fault here (banner.test.ts checks there is exactly one).
        const gallery = ['landmark-unique'];
        expect(await axe(page, gallery)).toEqual([]);
        await page.evaluate(
          (l) => (window as unknown as { askAboutOtherWay(l: string): void }).askAboutOtherWay(l),
          lang,
        );
        expect(await axe(page, gallery)).toEqual([]);
        await page.close();
      });
    }
  }
});

describe('axe on the popup, the first-run page and the options', () => {
  for (const lang of ['en-CA', 'fr-CA']) {
    for (const colorScheme of ['light', 'dark'] as const) {
      describe(`${lang}, ${colorScheme}`, () => {
        let session: Session;
        beforeAll(async () => {
          session = await startSession({ lang, colorScheme });
        });
        afterAll(async () => session?.close());
        it('finds nothing', async () => {
          await session.browser.context.addInitScript({ content: AXE });
          const popup = await openPopup(session);
          await popup.reload();
          await popup.getByRole('radiogroup').waitFor();
          expect(await axe(popup)).toEqual([]);
          // With Sign-In Partner chosen, the bank list shows too.
          await popup.getByRole('radio').nth(1).check();
          await popup.getByRole('combobox').waitFor();
          expect(await axe(popup)).toEqual([]);
        });
        it('finds nothing on the first-run page, with each of its panels open', async () => {
          const welcome = await session.browser.context.newPage();
          await welcome.goto(firstRunUrl(session.browser.extensionId));
          await welcome.getByRole('radiogroup').waitFor();
          expect(await axe(welcome)).toEqual([]);
          await welcome.getByRole('radio').nth(1).check();
          await welcome.getByRole('combobox').waitFor();
          for (const button of await welcome.locator('button[aria-expanded]').all()) {
            await button.click();
            expect(await button.getAttribute('aria-expanded')).toBe('true');
            expect(await axe(welcome)).toEqual([]);
          }
          await welcome.close();
        });
        it('finds nothing on the options page, with every service open', async () => {
          const options = await session.browser.context.newPage();
          await options.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
          await options.getByRole('heading', { level: 1 }).waitFor();
          for (const summary of await options.locator('details.service > summary').all()) await summary.click();
          expect(await options.locator('details.service:not([open])').count()).toBe(0);
          expect(await axe(options)).toEqual([]);
          await options.close();
        });
      });
    }
  }
});
