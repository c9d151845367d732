// The first run in Firefox (Debian's firefox-esr, over WebDriver BiDi): installing the Firefox build
// opens the first-run page once, by itself; Sign-In Partner and Tangerine chosen there, as a person
// would (the radio found by its role and name and clicked, the bank typed into the focused list), are
// what the popup's page then shows. (Starting the same profile again is tested in Chromium,
// tests/e2e/first-run.test.ts: Firefox removes a temporary add-on when it closes. That an update never
// opens the page is a unit test of the handler, src/welcome/first-run.test.ts.) Run with
// `npm run test:firefox`.
//
// Driving the page: puppeteer's ARIA locators (BiDi browsingContext.locateNodes by accessible name and
// role) and its keyboard (BiDi input.performActions). Waits are for what the page shows, never timed.
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

/** The tab showing `file`, once there is exactly one (the extension opens its pages on its own time). */
async function theTab(file: string): Promise<Page> {
  const tabs = await waitForTabs(file);
  expect(tabs, `tabs showing ${file}`).toHaveLength(1);
  return tabs[0]!;
}

it('what a person chooses there, Sign-In Partner and Tangerine, is what the popup shows', async () => {
  const welcome = await theTab('welcome.html');
  await welcome.bringToFront();

  // "Sign-In Partner", found as a screen reader names it, and clicked; the page says it is saved.
  await welcome.locator('::-p-aria(Sign-In Partner[role="radio"])').click();
  await welcome
    .locator('::-p-aria([role="status"])')
    .filter((status) => status.textContent?.startsWith('Saved.') ?? false)
    .wait();
  // The bank list appears with it; the person goes to it and types the bank's first letters, as the
  // keyboard lets one do in a closed list (each keystroke picks, and saves, the first bank that matches).
  const bank = welcome.locator('::-p-aria(Your bank \\(Sign-In Partner\\)[role="combobox"])');
  await (await bank.waitHandle()).focus();
  await welcome.keyboard.type('Tan');
  await bank.filter((select) => (select as HTMLSelectElement).selectedOptions[0]?.textContent === 'Tangerine').wait();

  // The popup's page in a tab, opened by the extension itself (Firefox does not let the test navigate
  // to a moz-extension:// address), reads the choice back from what the extension stored: it shows
  // Tangerine once the last keystroke's save has landed, and Sign-In Partner checked, GCKey not.
  await welcome.evaluate(() =>
    (globalThis as unknown as { browser: { tabs: { create(p: object): Promise<unknown> } } }).browser.tabs.create({
      url: '/popup.html',
    }),
  );
  const popup = await theTab('popup.html');
  const popupBank = popup.locator('::-p-aria([role="combobox"])');
  await popupBank
    .filter((select) => {
      const chosen = (select as HTMLSelectElement).selectedOptions[0];
      return chosen?.value === 'tangerine' && chosen.textContent === 'Tangerine';
    })
    .wait();
  const checked = (name: string) =>
    popup
      .locator(`::-p-aria(${name}[role="radio"])`)
      .map((radio) => (radio as HTMLInputElement).checked)
      .wait();
  expect(await checked('Sign-In Partner')).toBe(true);
  expect(await checked('GCKey')).toBe(false);
  // Choosing opened nothing else.
  expect(await welcomeTabs()).toHaveLength(1);
});
