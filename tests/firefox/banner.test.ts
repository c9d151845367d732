// The built Firefox extension in a real Firefox (Debian's firefox-esr, over WebDriver BiDi), on the real
// URLs served by the local copies of the sites: the banner on each of the four main sign-in systems,
// in English and French, silence on a look-alike host and on the eTA page, and what the person tells
// the banner remembered and used by the guards and on the next page. The Chromium suite
// (tests/e2e/) tests the rest in depth; this proves the Firefox build does the same job in Firefox.
// One Firefox for the whole file. Run with `npm run test:firefox` (builds first).
import https from 'node:https';
import type { AddressInfo } from 'node:net';
import type { Page } from 'puppeteer-core';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { selfSignedCertificate, type FixtureServer } from '../e2e/server.ts';
import { IDN_LOOK_ALIKE_HOSTS, URLS } from '../e2e/fixtures/index.ts';
import {
  accessibleText,
  bannerHosts,
  bannerTextContent,
  findFirefox,
  findFirefoxBuild,
  landmarkText,
  launchFirefox,
  lightDomHtml,
  shadowRoots,
  startServerOn443,
  waitForText,
  type LaunchedFirefox,
} from './firefox.ts';

/** The banner's landmark name, English and French. */
const BANNER_NAME =
  /Sign-In Guide for IRCC \(unofficial extension\)|Guide de connexion IRCC \(extension non officielle\)/;
/** What a screen reader is given in the banner, once it is there (Firefox's accessibility tree). */
const waitForBanner = (page: Page, ...says: string[]) =>
  waitForText(page, (p) => landmarkText(p, BANNER_NAME), [BANNER_NAME, ...says]);

let server: FixtureServer;
let firefox: LaunchedFirefox;
const opened: Page[] = [];

beforeAll(async () => {
  findFirefox(); // fail first, and clearly, when there is no Firefox or no build
  const extensionDir = findFirefoxBuild();
  server = await startServerOn443();
  try {
    firefox = await launchFirefox({ extensionDir });
  } catch (error) {
    await server.close();
    throw error;
  }
});
afterAll(async () => {
  await firefox?.close();
  await server?.close();
});
afterEach(async () => {
  for (const page of opened.splice(0)) await page.close().catch(() => {});
});

async function visit(url: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  opened.push(page);
  const response = await page.goto(url, { waitUntil: 'load' });
  expect(response?.status(), `the local server answered ${url}`).toBe(200);
  return page;
}

it('says how to get Firefox when there is none', () => {
  expect(() => findFirefox({ FIREFOX_PATH: '/nonexistent/firefox' })).toThrow(
    /No Firefox found.*apt-get install -y firefox-esr/,
  );
});

it('installs the Firefox build under its gecko id', () => {
  expect(firefox.extensionId).toBe('ircc-sign-in-guide@example.org');
});

it('keeps the page a person leaves in the back/forward cache, and shows it again on Back', async () => {
  // As a person's Firefox does. (The fixture pages are sent with Cache-Control: no-store, which keeps
  // Firefox, unlike Chromium, from caching them; so two plain pages prove the cache is on here.)
  const plain = https.createServer(selfSignedCertificate(), (req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(`<!doctype html><title>${req.url}</title>`),
  );
  await new Promise<void>((listening) => plain.listen(0, '127.0.0.1', listening));
  // Firefox resolves every host name to 127.0.0.1 and keeps the port of the address.
  const origin = `https://plain.example:${(plain.address() as AddressInfo).port}`;
  try {
    const page = await visit(`${origin}/left`);
    await page.evaluate(() => {
      const w = window as unknown as { shown: { persisted: boolean }[]; sameDocument: boolean };
      w.sameDocument = true; // lost if the page is loaded again
      w.shown = [];
      addEventListener('pageshow', (event) => w.shown.push({ persisted: event.persisted }));
    });
    await page.goto(`${origin}/next`, { waitUntil: 'load' });
    // As the Back button does. (puppeteer's goBack waits for a load that a restored page never has.)
    await page.evaluate(() => history.back());
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shown?: unknown[] }).shown ?? 'loaded again'))
      .toEqual([{ persisted: true }]);
    expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
  } finally {
    plain.close();
  }
});

const PAGES: { url: string; service: string; page: string; lang: 'en' | 'fr'; says: string }[] = [
  { url: URLS.gckeySignInEn, service: 'gckey', page: 'sign-in', lang: 'en', says: 'GCKey sign-in page' },
  { url: URLS.gckeySignInFr, service: 'gckey', page: 'sign-in', lang: 'fr', says: 'Page de connexion CléGC' },
  {
    url: URLS.partnerChooserEn,
    service: 'sign-in-partner',
    page: 'choose-partner',
    lang: 'en',
    says: 'Sign-In Partner: choose your bank',
  },
  {
    url: URLS.partnerChooserFr,
    service: 'sign-in-partner',
    page: 'choose-partner',
    lang: 'fr',
    says: 'choisir votre banque',
  },
  {
    url: URLS.canadaAccountEn,
    service: 'secure-account',
    page: 'choose-sign-in',
    lang: 'en',
    says: 'IRCC secure account: sign-in page',
  },
  {
    url: URLS.canadaAccountFr,
    service: 'secure-account',
    page: 'choose-sign-in',
    lang: 'fr',
    says: 'Compte sécurisé d’IRCC : page de connexion',
  },
  {
    url: 'https://prson-srpel.apps.cic.gc.ca/en/login',
    service: 'pr-portal',
    page: 'sign-in',
    lang: 'en',
    says: 'Permanent Residence Portal: sign-in',
  },
  {
    url: 'https://prson-srpel.apps.cic.gc.ca/fr/login',
    service: 'pr-portal',
    page: 'sign-in',
    lang: 'fr',
    says: 'Portail de résidence permanente : connexion',
  },
];

describe('the banner on each main sign-in system', () => {
  for (const { url, service, page: pageId, lang, says } of PAGES) {
    it(`${service}/${pageId} (${lang}): ${url}`, async () => {
      const page = await visit(url);
      // What a screen reader is given: the banner's landmark, named and worded in the page's language.
      const text = await waitForBanner(page, says);
      expect(text.split('\n')[0]).toBe(
        lang === 'fr'
          ? 'Guide de connexion IRCC (extension non officielle)'
          : 'Sign-In Guide for IRCC (unofficial extension)',
      );
      expect(text.split('\n')).toContain(lang === 'fr' ? 'Masquer' : 'Hide'); // the close button's name
      // What the page can see: one host with the contract's two attributes and nothing else, no open shadow root.
      expect(await bannerHosts(page)).toEqual([
        { service, page: pageId, openShadowRoot: false, attributes: ['data-ircc-service', 'data-ircc-page'] },
      ]);
      // And what the browser knows: the host's shadow root is there, and closed.
      const roots = await shadowRoots(page);
      expect(roots.map((r) => r.mode)).toEqual(['closed']);
      // The page can read none of the banner's words.
      expect(await lightDomHtml(page)).not.toMatch(
        /Unofficial guide|Guide non officiel|unofficial extension|extension non officielle/,
      );
    });
  }

  it('takes its place above the GCKey sign-in form; reached from elsewhere than IRCC, it speaks to any service', async () => {
    const page = await visit(URLS.gckeySignInEn);
    const text = await waitForBanner(page, 'GCKey signs you in to many government services, not only IRCC.');
    expect(text).not.toContain('You made your IRCC account');
    // What it would say to a bank user coming from IRCC is laid out invisibly (no layout shift later), and not read out.
    const notYours = 'You made your IRCC account through your bank: a GCKey opens a new, empty one.';
    expect(await bannerTextContent(page)).toContain(notYours);
    expect(text).not.toContain(notYours);
    expect(await accessibleText(page)).toContain('Welcome to GCKey'); // the page itself is still read after it
    const boxes = await page.evaluate(() => {
      const box = (el: Element | null) => el && (({ y, height }) => ({ y, height }))(el.getBoundingClientRect());
      return {
        banner: box(document.querySelector('[data-ircc-service]')),
        form: box(document.querySelector('#login')),
      };
    });
    expect(boxes.banner!.height).toBeGreaterThan(40);
    expect(boxes.banner!.y + boxes.banner!.height).toBeLessThanOrEqual(boxes.form!.y);
  });
});

describe('silence where the extension has no business', () => {
  const SILENT: [what: string, url: string, title: RegExp][] = [
    ['the eTA form on the secure account’s host', URLS.eta, /Electronic Travel Authorization/],
    ['a copy of GCKey on a look-alike host', 'https://clegc-gckey.gc.ca.evil.example/j/eng/l?ReqID=s1', /GCKey/],
    [
      'a copy of the chooser on a fake domain',
      `https://cic-gc-ca.com${new URL(URLS.canadaAccountEn).pathname}`,
      /IRCC secure account/,
    ],
    [
      'a copy of GCKey on an international look-alike (Cyrillic “е”)',
      `https://${IDN_LOOK_ALIKE_HOSTS[0]}/j/eng/l?ReqID=s1`,
      /GCKey/,
    ],
  ];
  for (const [what, url, title] of SILENT) {
    it(what, async () => {
      const page = await visit(url);
      await waitForText(page, accessibleText, title); // the copy did load, and Firefox has its accessibility tree
      await new Promise((done) => setTimeout(done, 300)); // time enough for a content script that should not be there
      expect(await bannerHosts(page)).toEqual([]);
      expect(await shadowRoots(page)).toEqual([]); // nothing of ours anywhere in the page, open or closed
      expect(await accessibleText(page)).not.toMatch(BANNER_NAME);
    });
  }
});

it('makes no network request of its own', async () => {
  // network.dns.forceResolve sends every request Firefox makes to the local server, whatever the host,
  // so the server's log is complete. Firefox's own background requests (remote settings and the like,
  // on Mozilla's hosts) are left out; any other request than the pages visited would be ours.
  const firefoxOwn = /(^|\.)(mozilla\.(com|net|org)|firefox\.com|mozaws\.net)$/;
  server.requests.length = 0;
  const visited = [URLS.gckeySignInFr, URLS.canadaAccountEn];
  for (const url of visited) await waitForBanner(await visit(url));
  await new Promise((done) => setTimeout(done, 500));
  const requested = server.requests.filter((r) => !firefoxOwn.test(r.host)).map((r) => `https://${r.host}${r.path}`);
  expect(requested).toEqual(visited);
});

// Last in the file: it leaves a remembered method behind in this Firefox's profile.
describe('what the person tells it, remembered and used (Firefox’s storage, messaging and guards)', () => {
  it('the banner’s question remembers the answer; the chooser then marks it and asks before the other way; GCKey’s page knows it', async () => {
    const chooser = await visit(URLS.canadaAccountEn);
    await waitForBanner(chooser, 'When you made your account, which did you use?');
    // A keyboard user: the banner comes first in the page ("More", the ×), then its first answer, GCKey.
    await chooser.keyboard.press('Tab');
    await chooser.keyboard.press('Tab');
    await chooser.keyboard.press('Tab');
    // (Focus inside a closed shadow root shows to the page as its host.)
    expect(await chooser.evaluate(() => document.activeElement?.hasAttribute('data-ircc-service'))).toBe(true);
    await chooser.keyboard.press('Enter');
    // Stored through the background, and read back by both content scripts as it changes.
    await waitForBanner(chooser, 'Yours is the GCKey button.');
    const marked = await waitForText(chooser, accessibleText, 'Yours · Unofficial guide');
    expect(marked).not.toContain('When you made your account, which did you use?');
    // One mark, read right after the GCKey button it belongs to, and saying it is unofficial. (The tree
    // lists the list item's whole text on one line, then its parts: the mark's words are one part.)
    expect(marked.split('\n').filter((line) => line === 'Yours · Unofficial guide')).toHaveLength(1);
    expect(marked).not.toMatch(/Sign-In Partner[^\n]*\n(?:[^\n]*\n)?Yours · Unofficial guide/);
    // (The 2026 button: "GCKey username and password", and "GCKey Sign-In" for screen readers.)
    expect(marked).toMatch(/GCKey username and password[^\n]*\n(?:[^\n]*GCKey[^\n]*\n)?Yours · Unofficial guide/);

    // The other way now asks first, and the page goes nowhere.
    const requestsBefore = server.requests.length;
    await chooser.click('a[href*="idp=securekey"]');
    await waitForText(chooser, accessibleText, [
      'Unofficial guide',
      'This opens a different account',
      'Use GCKey instead',
    ]);
    await chooser.keyboard.press('Escape');
    await waitForText(
      chooser,
      async (p) => ((await accessibleText(p)).includes('Use GCKey instead') ? 'open' : 'closed'),
      'closed',
    );
    await new Promise((done) => setTimeout(done, 300)); // time enough for a navigation that should not be
    expect(server.requests.slice(requestsBefore).map((r) => r.path)).not.toContainEqual(
      expect.stringContaining('idp=securekey'),
    );
    expect(chooser.url()).toBe(URLS.canadaAccountEn);

    // On to GCKey in the same tab, as from IRCC's page: the banner starts from what was remembered.
    await chooser.goto(URLS.gckeySignInEn, { waitUntil: 'load' });
    const text = await waitForBanner(chooser, 'You made your IRCC account with GCKey: use the username you have.');
    expect(text).not.toContain('GCKey signs you in to many government services');
  });
});

// After the test above: GCKey is remembered in this Firefox's profile.
describe('navigation as it really happens', () => {
  // Firefox did not restore this page from its back/forward cache in this run (the local server answers
  // `Cache-Control: no-store`, which Firefox does not cache), so here Back loads the chooser again; the
  // Chromium suite (tests/e2e/runtime.test.ts)
  // proves the restore from the cache.
  it('Back to the chooser shows the chooser’s banner, once, with the person’s mark', async () => {
    const page = await firefox.browser.newPage();
    opened.push(page);
    await page.goto(URLS.canadaAccountEn, { waitUntil: 'load' });
    await waitForText(page, accessibleText, 'Yours · Unofficial guide');
    await Promise.all([page.waitForNavigation(), page.click('a[href*="idp=gckey"]')]);
    // The real front sends the browser on to GCKey at once, leaving no history entry of its own.
    await Promise.all([page.waitForNavigation(), page.evaluate((url) => location.replace(url), URLS.gckeySignInEn)]);
    await waitForBanner(page, 'You made your IRCC account with GCKey');
    // (A page restored from a cache fires no load event: go back, then watch the address.)
    void page.goBack({ timeout: 0 }).catch(() => {});
    await waitForText(page, async (p) => p.url(), URLS.canadaAccountEn);
    await waitForText(page, async (p) => JSON.stringify(await bannerHosts(p)), '"page":"choose-sign-in"');
    expect(await bannerHosts(page)).toMatchObject([{ service: 'secure-account', page: 'choose-sign-in' }]);
    await waitForText(page, accessibleText, 'Yours · Unofficial guide');
  });
});
