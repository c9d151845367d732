// Proves the end-to-end harness itself, without the extension: the local server plays the real sites,
// Chromium reaches them under their real URLs, and the accessibility helpers read and click pages.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessibleText, clickAxNode, findAxNode, focusedAxNode, lightDomHtml } from './ax.ts';
import { findChromium, launchChromium, type LaunchedBrowser } from './browser.ts';
import { findFixture, PARTNERS, URLS } from './fixtures/index.ts';
import { startServer, type FixtureServer } from './server.ts';

describe('fixture table', () => {
  it('ignores the query and a trailing slash', () => {
    expect(findFixture('clegc-gckey.gc.ca', '/j/eng/l?ReqID=s1&wbdisable=true')).toMatch(/gckey\/sign-in-en\.html$/);
    expect(findFixture('onlineservices-servicesenligne.cic.gc.ca', '/eta/')).toMatch(/mycic\/eta\.html$/);
    expect(findFixture('clegc-gckey.gc.ca', '/j/eng/nothing')).toBeUndefined();
    expect(findFixture('unknown.example', '/j/eng/l')).toBeUndefined();
  });

  it('serves copies of the real pages on look-alike hosts, mirrors included', () => {
    expect(findFixture('clegc-gckey.gc.ca.evil.example', '/j/fra/l')).toMatch(/gckey\/sign-in-fr\.html$/);
    expect(findFixture('ca-ciconline.com', '/www.ca-ciconline.com' + new URL(URLS.canadaAccountEn).pathname)).toMatch(
      /canada\/account-en\.html$/,
    );
  });
});

describe('findChromium', () => {
  it('says how to get a browser when there is none', () => {
    expect(() => findChromium({ CHROMIUM_PATH: '/nonexistent/chromium' })).toThrow(
      /No Chromium found.*apt-get install -y chromium/,
    );
  });
});

describe('end-to-end harness, no extension', () => {
  let server: FixtureServer;
  let browser: LaunchedBrowser;
  let page: Page;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchChromium({ server });
    page = browser.context.pages()[0] ?? (await browser.context.newPage());
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('visits the real GCKey URL and gets the local copy', async () => {
    const response = await page.goto(URLS.gckeySignInEn);
    expect(response?.status()).toBe(200);
    expect(page.url()).toBe(URLS.gckeySignInEn);
    expect(server.requests).toContainEqual({ host: 'clegc-gckey.gc.ca', path: '/j/eng/l?ReqID=s1', method: 'GET' });
    expect(await accessibleText(page)).toContain('Welcome to GCKey');
    expect(await lightDomHtml(page)).toContain('<form id="login"');
    // The sign-in form starts near the top, so a banner covering it would show.
    const box = await page.locator('#login').boundingBox();
    expect(box?.y).toBeLessThan(150);
  });

  it('reports keyboard focus from the accessibility tree', async () => {
    await page.goto(URLS.gckeySignInEn);
    await page.locator('#token1').focus();
    expect(await focusedAxNode(page)).toMatchObject({ role: 'textbox', name: 'Username' });
    await page.keyboard.press('Tab');
    expect(await focusedAxNode(page)).toMatchObject({ role: 'textbox', name: 'Password' });
  });

  it('has both canada.ca buttons pointing at the federation front, in the 2026 design and the older one', async () => {
    await page.goto(URLS.canadaAccountEn);
    expect(await page.getByRole('link', { name: 'GCKey username and password' }).getAttribute('href')).toBe(
      URLS.federationGckey,
    );
    expect(await page.getByRole('link', { name: 'Canadian Interac® Sign-In Partner' }).getAttribute('href')).toBe(
      URLS.federationSecureKey,
    );
    expect(await page.getByRole('link', { name: 'Register for an account' }).getAttribute('href')).toBe(
      new URL(URLS.canadaRegisterEn).pathname,
    );
    await page.goto(URLS.canadaAccountEn2024);
    expect(await page.getByRole('link', { name: 'Continue to GCKey' }).getAttribute('href')).toBe(URLS.federationGckey);
    expect(await page.getByRole('link', { name: 'Register for an account' }).count()).toBe(0);
  });

  it('clicks through the accessibility tree and records where the click went', async () => {
    await page.goto(URLS.canadaAccountEn2024);
    const link = await findAxNode(page, (n) => n.role === 'link' && n.name === 'Continue to GCKey');
    expect(link).toBeDefined();
    server.requests.length = 0;
    await clickAxNode(page, link!);
    await page.waitForURL(URLS.federationGckey);
    expect(await page.locator('#idp').textContent()).toBe('gckey');
    expect(server.requests).toContainEqual({
      host: 'onlineservices-servicesenligne-cic.fjgc-gccf.gc.ca',
      path: '/mycic/gccf?lang=eng&idp=gckey&svc=/mycic/start',
      method: 'GET',
    });
  });

  it('lists every Sign-In Partner on the chooser', async () => {
    await page.goto(URLS.partnerChooserEn);
    const slugs = await page.locator('a[data-fi]').evaluateAll((links) => links.map((a) => a.getAttribute('data-fi')));
    expect(slugs).toEqual(PARTNERS.map((p) => p.slug));
    const names = await page
      .locator('a[data-fi] img')
      .evaluateAll((logos) => logos.map((img) => img.getAttribute('alt')));
    expect(names).toEqual(PARTNERS.map((p) => p.name));
    expect(PARTNERS).toHaveLength(22);
  });

  it('keeps the page a person leaves in the back/forward cache, and shows it again on Back', async () => {
    // Playwright turns the cache off by default; a person's browser has it on, and the extension must
    // be right on a page restored from it (browser.ts leaves Playwright's flag out).
    const tab = await browser.context.newPage();
    await tab.goto(URLS.gckeySignInEn);
    await tab.evaluate(() => {
      const w = window as unknown as { shown: { persisted: boolean }[]; sameDocument: boolean };
      w.sameDocument = true; // lost if the page is loaded again
      w.shown = [];
      addEventListener('pageshow', (event) => w.shown.push({ persisted: event.persisted }));
    });
    await tab.goto(URLS.canadaAccountEn);
    await tab.goBack({ waitUntil: 'commit' });
    await expect
      .poll(() => tab.evaluate(() => (window as unknown as { shown?: unknown[] }).shown ?? 'loaded again'))
      .toEqual([{ persisted: true }]);
    expect(await tab.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
    await tab.close();
  });

  it('serves look-alikes, answers 404 for unknown paths and resolves no other host', async () => {
    await page.goto('https://clegc-gckey.gc.ca.evil.example/j/eng/l?ReqID=s1');
    expect(await page.title()).toBe('GCKey - Sign In / Sign Up');
    expect((await page.goto('https://clegc-gckey.gc.ca/j/eng/nothing'))?.status()).toBe(404);
    await expect(page.goto('https://not-in-the-fixtures.example/')).rejects.toThrow(/ERR_NAME_NOT_RESOLVED/);
  });
});
