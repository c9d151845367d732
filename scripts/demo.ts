// `npm run demo`: shows the built extension on local copies of the IRCC sign-in pages, under their real
// URLs (the same server and browser set-up as the end-to-end tests, so nothing reaches the real sites).
//
//   npm run demo                          a visible Chromium with a tab per page (needs a display)
//   npm run demo -- --headless            screenshots instead, into demo-screenshots/
//   npm run demo -- --out /tmp/shots      screenshots into another folder (implies no window)
import { existsSync, mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { findChromium, hostResolverRules, PLAYWRIGHT_DEFAULTS_LEFT_OUT, unpackedExtensionId } from '../tests/e2e/browser.ts';
import {
  BANNER_NAME,
  EXTENSION_DIR,
  oneProfile,
  openPopup,
  setStoredSettings,
  startSession,
  waitForText,
  type Session,
} from '../tests/e2e/extension.ts';
import { URLS } from '../tests/e2e/fixtures/index.ts';
import { startServer } from '../tests/e2e/server.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** The four main systems in English, and one page in French. The file name is for the screenshots. */
const PAGES: readonly { name: string; url: string }[] = [
  { name: 'gckey-sign-in-en', url: URLS.gckeySignInEn },
  { name: 'sign-in-partner-chooser-en', url: URLS.partnerChooserEn },
  { name: 'canada-ca-account-chooser-en', url: URLS.canadaAccountEn },
  { name: 'pr-portal-sign-in-en', url: 'https://prson-srpel.apps.cic.gc.ca/en/login' },
  { name: 'gckey-sign-in-fr', url: URLS.gckeySignInFr },
];

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { headless: { type: 'boolean' }, out: { type: 'string' } } });
  // Both checks come first, so a missing browser or build fails before anything is started.
  const executablePath = findChromium(); // its error says how to get one
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) {
    throw new Error(`No built extension in ${relative(ROOT, EXTENSION_DIR)}: run \`npm run build\` first.`);
  }
  const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
  if (hasDisplay && !values.headless && values.out === undefined) {
    await showWindow(executablePath);
  } else {
    if (!hasDisplay && !values.headless && values.out === undefined)
      console.log('No display found (DISPLAY / WAYLAND_DISPLAY unset): taking screenshots instead.');
    await takeScreenshots(resolve(values.out ?? join(ROOT, 'demo-screenshots')));
  }
}

// launchChromium (tests/e2e/browser.ts) is headless only, so the window is launched here with the same flags.
async function showWindow(executablePath: string): Promise<void> {
  const extensionDir = realpathSync(EXTENSION_DIR); // Chromium derives the id from the resolved path
  const server = await startServer();
  const userDataDir = mkdtempSync(join(tmpdir(), 'ircc-demo-profile-'));
  let context: BrowserContext | undefined;
  let cleaningUp = false;
  const cleanUp = async (code: number) => {
    if (cleaningUp) return;
    cleaningUp = true;
    await context?.close().catch(() => {});
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    process.exit(code);
  };
  process.on('SIGINT', () => void cleanUp(0));
  process.on('SIGTERM', () => void cleanUp(0));

  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: false,
      viewport: null, // pages follow the window's size
      args: [
        `--host-resolver-rules=${hostResolverRules(server)}`,
        '--ignore-certificate-errors', // the local server's certificate is self-signed
        '--disable-quic',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--window-size=1200,850',
        `--disable-extensions-except=${extensionDir}`,
        `--load-extension=${extensionDir}`,
      ],
      ignoreDefaultArgs: [...PLAYWRIGHT_DEFAULTS_LEFT_OUT], // --load-extension works; the back/forward cache stays on
      ignoreHTTPSErrors: true,
      handleSIGINT: false, // cleanUp closes the browser itself, then removes the profile
      handleSIGTERM: false,
    });
  } catch (error) {
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true });
    const message = error instanceof Error ? error.message : String(error);
    throw new Error(`${message}\nNo window could be opened: \`npm run demo -- --headless\` takes screenshots instead.`);
  }
  // Closing the last window ends the browser, which ends the demo.
  context.on('close', () => void cleanUp(0));

  // Pages opened before the extension has started would show no guide until reloaded.
  if (!context.serviceWorkers().length)
    await context.waitForEvent('serviceworker', { timeout: 15_000 }).catch(() => {});
  const [first] = context.pages();
  for (const [i, { url }] of PAGES.entries()) {
    const page = i === 0 && first ? first : await context.newPage();
    await page.goto(url).catch((error: Error) => console.warn(`Could not open ${url}: ${error.message}`));
  }
  await context.pages()[0]?.bringToFront();

  console.log('Chromium is showing the extension on local copies of these pages (the real sites are never contacted):');
  for (const { url } of PAGES) console.log(`  ${url}`);
  console.log(`
Click the extension's toolbar button to set how you sign in (if it is not shown, open the puzzle-piece
menu and pin "Sign-In Guide for IRCC"); the guide on each tab follows your choice. The popup is also at
  chrome-extension://${unpackedExtensionId(extensionDir)}/popup.html
Other IRCC pages the tests know are listed in tests/e2e/fixtures/index.ts.
Close the window or press Ctrl+C to stop.`);
  await new Promise(() => {}); // runs until cleanUp exits
}

async function takeScreenshots(outDir: string): Promise<void> {
  mkdirSync(outDir, { recursive: true });
  console.log(`Writing screenshots to ${outDir}`);
  const session = await startSession();
  try {
    await shootRound(session, outDir, 'new'); // nothing remembered yet
    await setStoredSettings(session, oneProfile('sign-in-partner', 'tangerine'));
    await shootRound(session, outDir, 'tangerine'); // after choosing Sign-In Partner + Tangerine
  } finally {
    await session.close();
  }
  console.log('Done.');
}

async function shootRound(session: Session, outDir: string, prefix: string): Promise<void> {
  const save = async (page: Page, name: string) => {
    const file = join(outDir, `${prefix}-${name}.png`);
    await page.screenshot({ path: file });
    console.log(`  wrote ${file}`);
  };
  let gckeyPage: Page | undefined;
  for (const { name, url } of PAGES) {
    const page = await session.browser.context.newPage();
    await page.setViewportSize({ width: 1100, height: 700 });
    await page.goto(url, { waitUntil: 'load' });
    // A page without the guide is still worth a picture (it shows what went wrong), but say so.
    await waitForText(page, BANNER_NAME).catch(() => console.warn(`  warning: no guide appeared on ${url}`));
    await save(page, name);
    if (name === 'gckey-sign-in-en') gckeyPage = page;
    else await page.close();
  }
  // The popup describes the active tab, so it is opened over the English GCKey page.
  const popup = await openPopup(session, gckeyPage);
  await popup.setViewportSize({ width: 380, height: 520 });
  await save(popup, 'popup');
  await popup.close();
  await gckeyPage?.close();
}

main().catch((error: unknown) => {
  console.error(`\ndemo failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
