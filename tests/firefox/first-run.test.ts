// The first run in Firefox (Debian's firefox-esr, over WebDriver BiDi): installing the Firefox build
// opens the first-run page once, by itself; Sign-In Partner and Tangerine chosen there are what the
// popup shows. (Starting the same profile again is tested in Chromium, tests/e2e/first-run.test.ts:
// Firefox removes a temporary add-on when it closes. That an update never opens the page is a unit
// test of the handler, src/welcome/first-run.test.ts.) Run with `npm run test:firefox`.
import type { Page, Target } from 'puppeteer-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { findFirefoxBuild, launchFirefox, type LaunchedFirefox } from './firefox.ts';

let firefox: LaunchedFirefox;
let welcomeTarget: Promise<Target>;

beforeAll(async () => {
  const extensionDir = findFirefoxBuild();
  firefox = await launchFirefox({ extensionDir });
  welcomeTarget = firefox.browser.waitForTarget((target) =>
    /^moz-extension:\/\/[^/]+\/welcome\.html$/.test(target.url()),
  );
});
afterAll(async () => {
  await firefox?.close();
});

const welcomeTabs = async () =>
  (await firefox.browser.pages()).filter((page) => page.url().endsWith('/welcome.html')).length;

it('opens the first-run page once after install, and what is chosen there shows in the popup', async () => {
  const welcome = (await (await welcomeTarget).asPage())!;
  await welcome.waitForSelector('input[type=radio][value=sign-in-partner]');
  expect(await welcome.$eval('h1', (h1) => h1.textContent)).toBe('Welcome to the Sign-In Guide for IRCC');
  expect(await welcomeTabs()).toBe(1);

  await welcome.click('input[type=radio][value=sign-in-partner]');
  await welcome.waitForSelector('select');
  await welcome.select('select', 'tangerine');
  await welcome.waitForFunction(() => document.querySelector('[role=status]')?.textContent?.startsWith('Saved.'));

  const popup: Page = await firefox.browser.newPage();
  await popup.goto(welcome.url().replace('/welcome.html', '/popup.html'), { waitUntil: 'load' });
  await popup.waitForSelector('select');
  expect(
    await popup.$eval('input[type=radio][value=sign-in-partner]', (input) => (input as HTMLInputElement).checked),
  ).toBe(true);
  expect(await popup.$eval('select', (select) => (select as HTMLSelectElement).value)).toBe('tangerine');
  expect(await welcomeTabs()).toBe(1);
});
