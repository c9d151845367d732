// The first run in Firefox (Debian's firefox-esr, over WebDriver BiDi): installing the Firefox build
// opens the first-run page once, by itself. (Choosing there and seeing it in the popup is tested in
// Chromium: driving the page's controls over BiDi did not work in time for this change.) Starting the
// same profile again is tested in Chromium, tests/e2e/first-run.test.ts: Firefox removes a temporary
// add-on when it closes. That an update never opens the page is a unit
// test of the handler, src/welcome/first-run.test.ts.) Run with `npm run test:firefox`.
import type { Page } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findFirefoxBuild, launchFirefox, type LaunchedFirefox } from './firefox.ts';

let firefox: LaunchedFirefox;

beforeAll(async () => {
  const extensionDir = findFirefoxBuild();
  firefox = await launchFirefox({ extensionDir });
});
afterAll(async () => {
  await firefox?.close();
});

/**
 * The tabs showing the first-run page. Over BiDi, Firefox may still report a tab the extension opened
 * as about:blank, so each tab is asked where it is.
 */
async function extensionTabs(file: string): Promise<Page[]> {
  const found: Page[] = [];
  for (const page of await firefox.browser.pages()) {
    const href = await page.evaluate(() => location.href).catch(() => '');
    if (new RegExp(`^moz-extension://[^/]+/${file}$`).test(href)) found.push(page);
  }
  return found;
}
const welcomeTabs = () => extensionTabs('welcome.html');

/** The extension's tabs showing `file`, once there is one (polled: Firefox opens them on its own time). */
async function waitForTabs(file: string): Promise<Page[]> {
  for (let tries = 0; tries < 100; tries++) {
    const tabs = await extensionTabs(file);
    if (tabs.length > 0) return tabs;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return [];
}

it('opens the first-run page once after install, by itself, in the browser’s language', async () => {
  const tabs = await waitForTabs('welcome.html');
  expect(tabs).toHaveLength(1);
  const welcome = tabs[0]!;
  await welcome.waitForSelector('input[type=radio][value=sign-in-partner]');
  expect(await welcome.$eval('h1', (h1) => h1.textContent)).toBe('Welcome to the Sign-In Guide for IRCC');
  expect(await welcome.$$eval('input[type=radio]', (radios) => radios.length)).toBe(2);
  expect(await welcomeTabs()).toHaveLength(1);
});
