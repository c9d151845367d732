// The store screenshots (1280×800, English and French) and the small promotional tile (440×280), made
// from the real, built extension on the end-to-end tests' local copies of the IRCC pages, so nothing
// reaches the real sites. See store/README.md.
//
//   WXT_OUT_DIR=.output-store npx wxt build
//   WXT_OUT_DIR=.output-store npx tsx scripts/store-screenshots.ts
//
// (Without WXT_OUT_DIR both use .output.) Writes store/screenshots/{en,fr}/*.png and
// store/promo/small-tile-{en,fr}.png. Needs a Chromium, as the end-to-end tests do.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { findChromium } from '../tests/e2e/browser.ts';
import {
  EXTENSION_DIR,
  oneProfile,
  openPopup,
  setStoredSettings,
  startSession,
  visit,
  waitForText,
  type Session,
} from '../tests/e2e/extension.ts';
import { URLS } from '../tests/e2e/fixtures/index.ts';

const ROOT = resolve(import.meta.dirname, '..');
const STORE = join(ROOT, 'store');
/** What the Chrome Web Store, Edge Add-ons and addons.mozilla.org all accept. */
const SIZE = { width: 1280, height: 800 } as const;
const TILE = { width: 440, height: 280 } as const;

/** What each language shows. The texts waited for are the extension's own (src/i18n), so a change there fails loudly here. */
const LANGUAGES = [
  {
    dir: 'en',
    lang: 'en-CA',
    gckeyUrl: URLS.gckeySignInEn,
    warning: 'You sign in with Tangerine through Sign-In Partner.',
    chooserUrl: URLS.canadaAccountEn,
    yours: 'Your button is “Continue to Sign-In Partner”, then choose Tangerine.',
    mark: 'Your sign-in',
    partnerButton: 'Continue to Sign-In Partner',
    thisTab: 'GCKey sign-in page',
    tile: {
      name: 'Sign-In Guide for IRCC',
      tagline: 'Know which sign-in opens your IRCC account: GCKey, or your bank through Sign-In Partner.',
      unofficial: 'Unofficial. Not made by the Government of Canada.',
    },
  },
  {
    dir: 'fr',
    lang: 'fr-CA',
    gckeyUrl: URLS.gckeySignInFr,
    warning: 'Vous vous connectez avec Tangerine, au moyen de Partenaire de connexion.',
    chooserUrl: URLS.canadaAccountFr,
    yours: 'Votre bouton est « Continuer vers Partenaire de connexion », puis choisissez Tangerine.',
    mark: 'Votre connexion',
    partnerButton: 'Continuer vers Partenaire de connexion',
    thisTab: 'Page de connexion CléGC',
    tile: {
      name: 'Guide de connexion IRCC',
      tagline:
        'Sachez quel mode de connexion ouvre votre compte d’IRCC\u00a0: CléGC, ou votre banque au moyen de Partenaire de connexion.',
      unofficial: 'Non officiel. Ne provient pas du gouvernement du Canada.',
    },
  },
] as const;
type Language = (typeof LANGUAGES)[number];

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
  for (const language of LANGUAGES) {
    const outDir = join(STORE, 'screenshots', language.dir);
    mkdirSync(outDir, { recursive: true });
    console.log(`${language.lang}:`);
    const session = await startSession({ lang: language.lang, colorScheme: 'light' });
    try {
      await shoot(session, language, outDir);
    } finally {
      await session.close();
    }
  }
  console.log('Done. Look at the pictures before committing them.');
}

async function shoot(session: Session, language: Language, outDir: string): Promise<void> {
  const save = async (page: Page, name: string) => {
    const file = join(outDir, name);
    await page.screenshot({ path: file });
    console.log(`  wrote ${relative(ROOT, file)}`);
  };
  // As the popup would have saved it: one person, who signs in through Tangerine.
  await setStoredSettings(session, oneProfile('sign-in-partner', 'tangerine'));

  // 1. The GCKey sign-in page, for someone who signs in with their bank.
  const gckey = await visit(session, language.gckeyUrl);
  await gckey.setViewportSize(SIZE);
  await waitForText(gckey, language.warning);
  await save(gckey, '1-gckey-sign-in-partner-warning.png');

  // 2. The secure-account chooser: the banner names their button, and the page's button is marked.
  const chooser = await visit(session, language.chooserUrl);
  await chooser.setViewportSize(SIZE);
  await waitForText(chooser, language.yours);
  await waitForText(chooser, language.mark);
  const button = await chooser
    .getByRole('link', { name: language.partnerButton })
    .or(chooser.getByRole('button', { name: language.partnerButton }))
    .first()
    .boundingBox();
  if (!button || button.y + button.height + 8 > SIZE.height) {
    console.warn(`  warning: the marked “${language.partnerButton}” is not fully in the picture`);
  }
  await save(chooser, '2-secure-account-your-button.png');
  await chooser.close();

  // 3. The toolbar popup, opened over the GCKey page (it says what the current tab is).
  const popup = await openPopup(session, gckey);
  await popup.getByText(language.thisTab).waitFor();
  const picture = await popupPicture(popup);
  await popup.close();
  await gckey.close();
  const canvas = await session.browser.context.newPage();
  await canvas.setViewportSize(SIZE);
  await canvas.setContent(centred(picture), { waitUntil: 'load' });
  await save(canvas, '3-popup.png');

  // The small promotional tile (Chrome Web Store): the icon and the name, nothing more.
  await canvas.setViewportSize(TILE);
  await canvas.setContent(tile(language), { waitUntil: 'load' });
  const tileFile = join(STORE, 'promo', `small-tile-${language.dir}.png`);
  mkdirSync(join(STORE, 'promo'), { recursive: true });
  await canvas.screenshot({ path: tileFile });
  console.log(`  wrote ${relative(ROOT, tileFile)}`);
  await canvas.close();
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
function tile(language: Language): string {
  const icon = readFileSync(join(ROOT, 'assets', 'icon.svg')).toString('base64');
  const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  return `<!doctype html><html lang="${language.dir}"><body style="margin:0;width:${TILE.width}px;height:${TILE.height}px;box-sizing:border-box;padding:28px;
background:#5b3fa8;color:#fff;font:15px/1.4 system-ui,'DejaVu Sans',sans-serif;display:flex;flex-direction:column;justify-content:center;gap:12px">
<div style="display:flex;align-items:center;gap:16px">
<img alt="" src="data:image/svg+xml;base64,${icon}" style="width:72px;height:72px;border-radius:16px;box-shadow:0 0 0 2px rgba(255,255,255,.35)">
<div style="font-weight:700;font-size:25px;line-height:1.15">${escape(language.tile.name)}</div>
</div>
<div>${escape(language.tile.tagline)}</div>
<div style="font-size:13px;color:#e6defc">${escape(language.tile.unofficial)}</div>
</body></html>`;
}

main().catch((error: unknown) => {
  console.error(`\nstore-screenshots failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
