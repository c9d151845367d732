// Look-alike sites: the popup, opened on a tab as a person would, says plainly when the page is not
// a Government of Canada site but wants to look like one, and stays quiet on official and ordinary pages.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ActionBrowser, launchWithAction } from './action-popup.ts';
import { URLS } from './fixtures/index.ts';
import { type FixtureServer, startServer } from './server.ts';

let server: FixtureServer;
let chromium: ActionBrowser;
beforeAll(async () => {
  server = await startServer();
  chromium = await launchWithAction(server);
});
afterAll(async () => {
  await chromium?.close();
  await server?.close();
});

const popupText = async (url: string) => {
  const { popup } = await chromium.popupFor(url);
  await popup.waitForFunction(() => document.querySelector('.tab-page') !== null);
  return popup.evaluate(() => document.body.innerText);
};

describe('the popup on a look-alike site', () => {
  it('opens with its controls on an address it cannot decode (a malformed percent-escape)', async () => {
    // `%E0%A4%A` is half a character: decoding it throws a URIError, which once crashed the popup.
    const { popup } = await chromium.popupFor('https://www.canada.ca.evil.example/%E0%A4%A');
    expect(await popup.$$eval('input[type=radio]', (radios) => radios.length)).toBeGreaterThan(1);
    await popup.waitForFunction(() => document.querySelector('.tab-page') !== null);
    expect(await popup.evaluate(() => document.querySelector('.tab-page')!.textContent)).toBeTruthy();
  });

  it.each([
    ['a copy of GCKey on a look-alike host', 'https://clegc-gckey.gc.ca.evil.example/j/eng/l?ReqID=s1'],
    ['a known fake domain', `https://cic-gc-ca.com${new URL(URLS.canadaAccountEn).pathname}`],
    [
      'a mirror that puts canada.ca in its path',
      'https://ca-ciconline.com/www.ca-ciconline.com/en/immigration-refugees-citizenship/services/application/account.html',
    ],
    [
      'a PR Portal copy that keeps the portal’s own name on another domain',
      'https://prson-srpel.apps-cic.com/en/login',
    ],
    [
      'a bank-list copy under the older service’s name, dashed',
      'https://securekey-concierge.com/cbs/nav/home-accueil-eng',
    ],
  ])('warns on %s, with the official sign-in page', async (_what, url) => {
    const { popup } = await chromium.popupFor(url);
    const alert = await popup.waitForSelector('[role=alert]');
    expect(await alert!.evaluate((el) => el.textContent)).toContain('This is not a Government of Canada site.');
    const link = await popup.$eval('[role=alert] a', (a) => (a as HTMLAnchorElement).href);
    expect(link).toBe('https://www.canada.ca/en/immigration-refugees-citizenship/services/application/account.html');
  });

  it('says nothing of the kind on an official page or an ordinary site', async () => {
    const official = await popupText(URLS.gckeySignInEn);
    expect(official).toContain('GCKey sign-in page');
    expect(official).not.toContain('not a Government of Canada site');
    const register = await popupText(URLS.canadaRegisterEn);
    expect(register).not.toContain('not a Government of Canada site');
    const ordinary = await popupText(URLS.unrelated);
    expect(ordinary).toContain('Not an IRCC page');
    expect(ordinary).not.toContain('not a Government of Canada site');
  });
});
