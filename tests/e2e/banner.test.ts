// The banner on the real URLs, in the real browser: each of the four sign-in systems in English and
// French, silence everywhere else, and the contract's promises about the banner's host.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clickAxNode, findAxNode } from './ax.ts';
import {
  accessibleText,
  bannerHosts,
  BANNER_NAME,
  freshStart,
  lightDomHtml,
  oneProfile,
  openPopup,
  type Session,
  setStoredSettings,
  startSession,
  visit,
  visitFromIrcc,
  waitForText,
} from './extension.ts';
import { URLS } from './fixtures/index.ts';

let session: Session;
beforeAll(async () => {
  session = await startSession();
});
afterAll(async () => session?.close());
beforeEach(async () => {
  await freshStart(session);
});

const PAGES: { url: string; service: string; page: string; says: string }[] = [
  { url: URLS.gckeySignInEn, service: 'gckey', page: 'sign-in', says: 'GCKey sign-in page' },
  { url: URLS.gckeySignInFr, service: 'gckey', page: 'sign-in', says: 'Page de connexion CléGC' },
  {
    url: URLS.gckeySignUpEn,
    service: 'gckey',
    page: 'sign-up',
    says: 'This page makes a new GCKey, for any government service.',
  },
  {
    url: 'https://clegc-gckey.gc.ca/j/fra/rg?ReqID=s1',
    service: 'gckey',
    page: 'sign-up',
    says: 'Cette page crée une nouvelle CléGC',
  },
  { url: URLS.partnerChooserEn, service: 'sign-in-partner', page: 'choose-partner', says: 'choose your bank' },
  { url: URLS.partnerChooserFr, service: 'sign-in-partner', page: 'choose-partner', says: 'choisir votre banque' },
  {
    url: 'https://services.securekeyconcierge.com/cbs/nav/home-accueil-eng',
    service: 'sign-in-partner',
    page: 'choose-partner',
    says: 'Sign-In Partner: choose your bank',
  },
  {
    url: URLS.canadaAccountEn,
    service: 'secure-account',
    page: 'choose-sign-in',
    says: 'IRCC secure account: sign-in page',
  },
  {
    url: URLS.canadaAccountFr,
    service: 'secure-account',
    page: 'choose-sign-in',
    says: 'Compte sécurisé d’IRCC : page de connexion',
  },
  {
    url: URLS.canadaAccountEn2024,
    service: 'secure-account',
    page: 'choose-sign-in',
    says: 'When you made your account, which did you use?',
  },
  {
    url: URLS.canadaRegisterEn,
    service: 'secure-account',
    page: 'register',
    says: 'Registering again makes a new, empty one.',
  },
  { url: URLS.federationGckey, service: 'secure-account', page: 'sign-in-redirect', says: 'on the way to sign-in' },
  { url: URLS.accountHome, service: 'secure-account', page: 'home', says: 'your account home' },
  {
    url: 'https://prson-srpel.apps.cic.gc.ca/en/login',
    service: 'pr-portal',
    page: 'sign-in',
    says: 'Permanent Residence Portal: sign-in',
  },
  {
    url: 'https://prson-srpel.apps.cic.gc.ca/fr/login',
    service: 'pr-portal',
    page: 'sign-in',
    says: 'Portail de résidence permanente : connexion',
  },
  {
    // IRCC's own link has no language: the page's <html lang> decides.
    url: URLS.prPortalNoLang,
    service: 'pr-portal',
    page: 'sign-in',
    says: 'Permanent Residence Portal: sign-in',
  },
  {
    url: 'https://prson-srpel.apps.cic.gc.ca/en/rep/login',
    service: 'pr-portal',
    page: 'representative',
    says: 'Representatives sign up here for their own account: no invitation needed.',
  },
  {
    url: 'https://ircc-tracker-suivi.apps.cic.gc.ca/en/login',
    service: 'status-tracker',
    page: 'sign-in',
    says: 'Application Status Tracker',
  },
];

describe('the banner on each sign-in system', () => {
  for (const { url, service, page: pageId, says } of PAGES) {
    it(`${service}/${pageId}: ${url}`, async () => {
      const page = await visit(session, url);
      const hosts = await bannerHosts(page);
      expect(hosts).toEqual([
        {
          service,
          page: pageId,
          openShadowRoot: false,
          attributes: ['data-ircc-service', 'data-ircc-page'],
        },
      ]);
      expect(await accessibleText(page)).toContain(says);
      // The page can read none of it: the banner's words are not in the page's own HTML.
      expect(await lightDomHtml(page)).not.toMatch(/Unofficial guide|Guide non officiel/);
    });
  }
});

describe('silence where the extension has no business', () => {
  const SILENT = [
    ['the eTA form on the secure account’s host', URLS.eta],
    [
      'another canada.ca page',
      'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/ircc-accounts.html',
    ],
    ['a copy of GCKey on a look-alike host', 'https://clegc-gckey.gc.ca.evil.example/j/eng/l?ReqID=s1'],
    ['a copy of the chooser on a fake domain', `https://cic-gc-ca.com${new URL(URLS.canadaAccountEn).pathname}`],
    ['GCKey over an explicit port', 'https://clegc-gckey.gc.ca:8443/j/eng/l?ReqID=s1'],
    ['an unrelated site', URLS.unrelated],
  ] as const;
  for (const [what, url] of SILENT) {
    it(what, async () => {
      const page = await visit(session, url, false);
      expect(await accessibleText(page)).not.toMatch(BANNER_NAME);
      expect(await bannerHosts(page)).toEqual([]);
    });
  }

  it('GCKey over plain http', async () => {
    const page = await session.browser.context.newPage();
    await page.goto(`http://clegc-gckey.gc.ca:80/j/eng/l?ReqID=s1`);
    await page.waitForTimeout(300);
    expect(await accessibleText(page)).toContain('Welcome to GCKey'); // the page did load
    expect(await bannerHosts(page)).toEqual([]);
  });
});

describe('the banner and the page', () => {
  it('sits above the sign-in form and never over it, without shifting the page after it is shown', async () => {
    const page = await session.browser.context.newPage();
    await page.addInitScript(() => {
      (window as unknown as { shift: number }).shift = 0;
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          (window as unknown as { shift: number }).shift += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(URLS.gckeySignInEn);
    await waitForText(page, BANNER_NAME);
    const banner = await page.locator('[data-ircc-service]').boundingBox();
    const form = await page.locator('#login').boundingBox();
    expect(banner!.height).toBeGreaterThan(40);
    expect(banner!.y + banner!.height).toBeLessThanOrEqual(form!.y);
    // What is at the form's centre is the form, not something of ours.
    const hit = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.closest('#login') !== null,
      [form!.x + form!.width / 2, form!.y + form!.height / 2],
    );
    expect(hit).toBe(true);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { shift: number }).shift)).toBe(0);
  });

  it('closes once the person confirms, and stays closed on that page kind', async () => {
    const page = await visit(session, URLS.gckeySignInEn);
    const close = await findAxNode(page, (n) => n.role === 'button' && n.name === 'Hide');
    expect(close).toBeDefined();
    await clickAxNode(page, close!);
    // It says what it hides and where to bring it back, and waits for the person.
    await waitForText(page, 'Bring it back from the extension’s button (toolbar or extensions menu).');
    expect(await bannerHosts(page)).toHaveLength(1);
    const confirm = await findAxNode(page, (n) => n.role === 'button' && n.name === 'Hide it');
    await clickAxNode(page, confirm!);
    await expect.poll(() => bannerHosts(page)).toEqual([]);
    await page.reload();
    await page.waitForTimeout(300);
    expect(await bannerHosts(page)).toEqual([]);
    // Other page kinds are not affected.
    const other = await visit(session, URLS.canadaAccountEn);
    expect(await bannerHosts(other)).toHaveLength(1);
    await other.close();
    // (The popup's "Show the guide here again": tests/e2e/permissions.test.ts, from the toolbar button.)
  });

  it('follows the person’s method without a reload, and never writes it into the page', async () => {
    const page = await visitFromIrcc(session, URLS.gckeySignInEn);
    expect(await accessibleText(page)).toContain('Sign in here only if you made your IRCC account with GCKey.');
    await setStoredSettings(session, oneProfile('sign-in-partner', 'rbc'));
    const text = await waitForText(
      page,
      'You made your IRCC account through your bank: a GCKey opens a new, empty one.',
    );
    expect(text).toContain('RBC Royal Bank'); // read to a screen reader, beside the line
    expect(await lightDomHtml(page)).not.toMatch(/RBC|rbc|sign-in-partner|Sign-In Partner/);
  });

  it('makes no network request of its own', async () => {
    const requests: string[] = [];
    session.browser.context.on('request', (request) => requests.push(request.url()));
    await setStoredSettings(session, oneProfile('gckey'));
    const page = await visit(session, URLS.canadaAccountEn);
    await visit(session, URLS.gckeySignInFr);
    await openPopup(session, page);
    const extensionOrigin = `chrome-extension://${session.browser.extensionId}/`;
    const foreign = requests.filter(
      (url) => !url.startsWith(extensionOrigin) && url !== URLS.canadaAccountEn && url !== URLS.gckeySignInFr,
    );
    expect(foreign).toEqual([]);
  });
});
