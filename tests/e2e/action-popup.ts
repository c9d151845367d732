// The toolbar popup opened the way a person opens it: by the extension's action on a tab, which is
// also what grants `activeTab` for that tab. Playwright cannot trigger an action; puppeteer-core can
// (Extensions.triggerAction over the DevTools pipe), so these few tests drive Chromium with it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { findChromium, hostResolverRules } from './browser.ts';
import { EXTENSION_DIR } from './extension.ts';
import type { FixtureServer } from './server.ts';

export type ActionBrowser = {
  browser: Browser;
  /** Opens a tab on `url`, then the extension's popup for that tab; returns both. */
  popupFor(url: string): Promise<{ page: Page; popup: Page }>;
  close(): Promise<void>;
};

export async function launchWithAction(server: FixtureServer, lang = 'en-CA'): Promise<ActionBrowser> {
  const profile = mkdtempSync(join(tmpdir(), 'ircc-e2e-action-'));
  const browser = await puppeteer.launch({
    executablePath: findChromium(),
    headless: true,
    pipe: true,
    enableExtensions: true,
    userDataDir: profile,
    args: [
      `--host-resolver-rules=${hostResolverRules(server)}`,
      '--ignore-certificate-errors',
      '--enable-unsafe-extension-debugging',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      `--lang=${lang.split('-')[0]}`,
    ],
  });
  const welcome = browser.waitForTarget((target) => target.url().endsWith('/welcome.html'), { timeout: 15_000 });
  const id = await browser.installExtension(EXTENSION_DIR);
  // A fresh install opens the first-run page once (tests/e2e/first-run.test.ts); it is closed here so
  // that the popup's "this tab" is the page each test opens.
  await (await (await welcome).asPage())?.close();
  return {
    browser,
    async popupFor(url) {
      const page = await browser.newPage();
      await page.goto(url, { waitUntil: 'load' });
      const extension = (await browser.extensions()).get(id)!;
      const opened = browser.waitForTarget((target) => target.url().startsWith(`chrome-extension://${id}/popup.html`));
      await page.triggerExtensionAction(extension);
      const popup = (await (await opened).asPage())!;
      await popup.waitForSelector('input[type=radio]');
      return { page, popup };
    },
    async close() {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
