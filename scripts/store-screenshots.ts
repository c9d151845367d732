// The store screenshots (1280×800, English and French) and the small promotional tile (440×280), made
// from the real, built extension on the end-to-end tests' local copies of the IRCC pages, so nothing
// reaches the real sites. See store/README.md.
//
//   WXT_OUT_DIR=.output-store npx wxt build
//   WXT_OUT_DIR=.output-store npx tsx scripts/store-screenshots.ts
//
// (Without WXT_OUT_DIR both use .output.) Writes store/screenshots/{en,fr}/*.png,
// store/promo/small-tile-{en,fr}.png and store/screenshots/record.json (what each scene said, and each
// picture's hash: tests/e2e/store.test.ts and tests/unit/store-pictures.test.ts use it to say when the
// pictures are stale). Everything is made in a temporary folder first and moved into store/ only when
// every picture was made, so a failure leaves the committed pictures as they were. Needs a Chromium.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { findChromium } from '../tests/e2e/browser.ts';
import { EXTENSION_DIR, startSession, type Session } from '../tests/e2e/extension.ts';
import {
  SCENES,
  sceneText,
  STORE_LANGUAGES,
  STORE_SIZE as SIZE,
  type StoreLanguage,
  type StoreRecord,
} from '../tests/e2e/store-scenes.ts';

const ROOT = resolve(import.meta.dirname, '..');
const STORE = join(ROOT, 'store');
const TILE = { width: 440, height: 280 } as const;

/** The tile's words (not the extension's: the tile is the one made-up picture). */
const TILE_TEXT: Record<StoreLanguage['dir'], { name: string; tagline: string; unofficial: string }> = {
  en: {
    name: 'Sign-In Guide for IRCC',
    tagline: 'Know which sign-in opens your IRCC account: GCKey, or your bank through Sign-In Partner.',
    unofficial: 'Unofficial. Not made by the Government of Canada.',
  },
  fr: {
    name: 'Guide de connexion IRCC',
    tagline:
      'Sachez quel mode de connexion ouvre votre compte d’IRCC\u00a0: CléGC, ou votre banque au moyen de Partenaire de connexion.',
    unofficial: 'Non officiel. Ne provient pas du gouvernement du Canada.',
  },
};

/** Plain canvas for the popup picture; the extension's light violet, not a government colour. */
const CANVAS = '#efebf8';

async function main(): Promise<void> {
  findChromium(); // its error says how to get one
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    const out = process.env.WXT_OUT_DIR ?? '.output';
    throw new Error(
      `No built extension in ${relative(ROOT, EXTENSION_DIR)}: run \`WXT_OUT_DIR=${out} npx wxt build\` first.`,
    );
  }
  const work = mkdtempSync(join(tmpdir(), 'ircc-store-'));
  try {
    const record: StoreRecord = {};
    for (const language of STORE_LANGUAGES) {
      console.log(`${language.lang}:`);
      mkdirSync(join(work, 'screenshots', language.dir), { recursive: true });
      mkdirSync(join(work, 'promo'), { recursive: true });
      record[language.dir] = {};
      const session = await startSession({ lang: language.lang, colorScheme: 'light' });
      try {
        for (const scene of SCENES) {
          const page = await scene.stage(session, language);
          const text = await sceneText(page);
          const file = join(work, 'screenshots', language.dir, scene.file);
          if (scene.file === '3-popup.png') await popupOnCanvas(session, page, file);
          else await page.screenshot({ path: file });
          record[language.dir]![scene.file] = { sha256: sha256(file), text };
          console.log(`  made ${scene.file}`);
          for (const open of session.browser.context.pages().slice(1)) await open.close();
        }
        await makeTile(session, language, join(work, 'promo', `small-tile-${language.dir}.png`));
      } finally {
        await session.close();
      }
    }
    writeFileSync(join(work, 'screenshots', 'record.json'), `${JSON.stringify(record, null, 2)}\n`);
    // Every picture was made: only now do they replace the committed ones.
    cpSync(join(work, 'screenshots'), join(STORE, 'screenshots'), { recursive: true });
    cpSync(join(work, 'promo'), join(STORE, 'promo'), { recursive: true });
    console.log(`Wrote ${relative(ROOT, join(STORE, 'screenshots'))} and ${relative(ROOT, join(STORE, 'promo'))}.`);
    console.log('Look at the pictures before committing them.');
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

/** The popup alone, at its real height, in the middle of a plain 1280×800 canvas. */
async function popupOnCanvas(session: Session, popup: Page, file: string): Promise<void> {
  const picture = await popupPicture(popup);
  const canvas = await session.browser.context.newPage();
  await canvas.setViewportSize(SIZE);
  await canvas.setContent(centred(picture), { waitUntil: 'load' });
  await canvas.screenshot({ path: file });
  await canvas.close();
}

/** The small promotional tile (Chrome Web Store): the icon and the name, nothing more. */
async function makeTile(session: Session, language: StoreLanguage, file: string): Promise<void> {
  const canvas = await session.browser.context.newPage();
  await canvas.setViewportSize(TILE);
  await canvas.setContent(tile(language), { waitUntil: 'load' });
  await canvas.screenshot({ path: file });
  await canvas.close();
  console.log(`  made small-tile-${language.dir}.png`);
}

/** The popup as it is, at twice the pixels (so it stays sharp when shown larger), and its size in CSS pixels. */
async function popupPicture(popup: Page): Promise<{ png: Buffer; width: number; height: number }> {
  const width = 400; // the popup's body is 340–420 px wide (assets/ui.css)
  // A short viewport first, so scrollHeight is the content's height: a real popup is as tall as its content.
  await popup.setViewportSize({ width, height: 100 });
  const height = await popup.evaluate(() => document.documentElement.scrollHeight);
  const cdp = await popup.context().newCDPSession(popup);
  try {
    await cdp.send('Emulation.setDeviceMetricsOverride', { width, height, deviceScaleFactor: 2, mobile: false });
    const { data } = await cdp.send('Page.captureScreenshot', { format: 'png' });
    return { png: Buffer.from(data, 'base64'), width, height };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** A plain page with the popup's picture in the middle, as large as fits (up to 1.5×). */
function centred({ png, width, height }: { png: Buffer; width: number; height: number }): string {
  const scale = Math.min(1.5, (SIZE.height - 80) / height);
  if (scale < 1)
    console.warn(`  warning: the popup is ${height} px tall, shown at ${Math.round(scale * 100)} % to fit`);
  return `<!doctype html><html><body style="margin:0;height:100vh;display:grid;place-items:center;background:${CANVAS}">
<img alt="" src="data:image/png;base64,${png.toString('base64')}" style="width:${Math.round(width * scale)}px;height:${Math.round(height * scale)}px;border:1px solid #c9c2dc;border-radius:8px;box-shadow:0 6px 24px rgba(40,20,90,.18)">
</body></html>`;
}

/** The 440×280 tile: the extension's icon and name, on its violet. Text, so no drawn UI. */
function tile(language: StoreLanguage): string {
  const words = TILE_TEXT[language.dir];
  const icon = readFileSync(join(ROOT, 'assets', 'icon.svg')).toString('base64');
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="${language.dir}"><body style="margin:0;width:${TILE.width}px;height:${TILE.height}px;box-sizing:border-box;padding:28px;
background:#5b3fa8;color:#fff;font:15px/1.4 system-ui,'DejaVu Sans',sans-serif;display:flex;flex-direction:column;justify-content:center;gap:12px">
<div style="display:flex;align-items:center;gap:16px">
<img alt="" src="data:image/svg+xml;base64,${icon}" style="width:72px;height:72px;border-radius:16px;box-shadow:0 0 0 2px rgba(255,255,255,.35)">
<div style="font-weight:700;font-size:25px;line-height:1.15">${escape(words.name)}</div>
</div>
<div>${escape(words.tagline)}</div>
<div style="font-size:13px;color:#e6defc">${escape(words.unofficial)}</div>
</body></html>`;
}

main().catch((error: unknown) => {
  console.error(`\nstore-screenshots failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
