// The first run, in the real browser: a fresh install opens the first-run page once, in the browser's
// language; what the person says there is told (the popup shows it, the banner uses it); starting the
// same browser profile again does not open it again. (That an update never opens it is a unit test of
// the onInstalled handler: src/welcome/first-run.test.ts.)
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from './browser.ts';
import {
  EXTENSION_DIR,
  firstRunUrl,
  openPopup,
  type Session,
  startSession,
  visitFromIrcc,
  inBrowserLanguage,
  waitForFirstRunPage,
  waitForText,
} from './extension.ts';
import { URLS } from './fixtures/index.ts';
import { startServer } from './server.ts';

// The extension API inside the service worker.
declare const chrome: {
  tabs: { query(q: object): Promise<{ url?: string; pendingUrl?: string }[]> };
  storage: { local: { get(key: string): Promise<Record<string, unknown>> } };
};

describe('the first run in English', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ lang: 'en-CA', keepFirstRun: true });
  });
  afterAll(async () => session?.close());

  it('opens the first-run page by itself, once, and what is chosen there shows in the popup and the banner', async () => {
    const welcome = await waitForFirstRunPage(session.browser.context, session.browser.extensionId);
    await welcome.waitForLoadState('load');
    await welcome.getByRole('heading', { level: 1, name: 'Welcome to the Sign-In Guide for IRCC' }).waitFor();
    const tabs = await session.worker.evaluate(() => chrome.tabs.query({}));
    expect(tabs.filter((tab) => (tab.url || tab.pendingUrl)?.endsWith('/welcome.html'))).toHaveLength(1);
    // The contract's question: the popup's radio group, and the bank select for Sign-In Partner.
    const group = welcome.getByRole('radiogroup', { name: 'How do you sign in to your IRCC secure account?' });
    expect(await group.getByRole('radio').count()).toBe(2);
    await group.getByRole('radio', { name: 'Sign-In Partner', exact: true }).check();
    await welcome.getByRole('combobox', { name: /Sign-In Partner/ }).selectOption({ label: 'Tangerine' });
    await welcome
      .getByRole('status')
      .getByText(/^Saved\./)
      .waitFor();

    const popup = await openPopup(session);
    expect(await popup.getByRole('radio', { name: 'Sign-In Partner', exact: true }).isChecked()).toBe(true);
    expect(await popup.getByRole('combobox', { name: /Sign-In Partner/ }).inputValue()).toBe('tangerine');
    // Told, so the banner asserts it (on GCKey, on the way from IRCC's sign-in page).
    const gckey = await visitFromIrcc(session, URLS.gckeySignInEn);
    await waitForText(gckey, 'Tangerine');
  });

  it('shows a safe way to find out for “I don’t remember”, from the keyboard', async () => {
    const welcome = await session.browser.context.newPage();
    await welcome.goto(firstRunUrl(session.browser.extensionId));
    const toggle = welcome.getByRole('button', { name: 'I don’t remember' });
    await toggle.focus();
    await welcome.keyboard.press('Enter');
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    await welcome.getByText(/register a new profile .* stop there/).waitFor();
    const link = welcome.getByRole('link', { name: /IRCC secure account sign-in page/ });
    expect(await link.getAttribute('href')).toMatch(
      /^https:\/\/www\.canada\.ca\/en\/immigration-refugees-citizenship\//,
    );
    await welcome.close();
  });
});

describe('the first run in French', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ lang: 'fr-CA', keepFirstRun: true });
  });
  afterAll(async () => session?.close());

  it('speaks French, with the government’s names', async () => {
    const welcome = await waitForFirstRunPage(session.browser.context, session.browser.extensionId);
    await inBrowserLanguage(session, welcome);
    await welcome.getByRole('heading', { level: 1, name: 'Bienvenue dans le Guide de connexion IRCC' }).waitFor();
    expect(await welcome.locator('html').getAttribute('lang')).toBe('fr');
    await welcome.getByRole('radio', { name: 'CléGC', exact: true }).waitFor();
    await welcome.getByRole('radio', { name: 'Partenaire de connexion', exact: true }).check();
    await welcome.getByRole('combobox', { name: /Partenaire de connexion/ }).waitFor();
    await welcome.getByRole('button', { name: 'Je ne m’en souviens pas' }).waitFor();
  });
});

describe('starting the same browser profile again', () => {
  it('does not open the first-run page a second time', async () => {
    const profile = mkdtempSync(join(tmpdir(), 'ircc-e2e-first-run-'));
    const server = await startServer();
    try {
      const first = await launchChromium({ extensionDir: EXTENSION_DIR, server, userDataDir: profile });
      await waitForFirstRunPage(first.context, first.extensionId);
      await first.close();

      const again = await launchChromium({ extensionDir: EXTENSION_DIR, server, userDataDir: profile });
      try {
        const worker =
          again.context.serviceWorkers().find((w) => w.url().includes(again.extensionId)) ??
          (await again.context.waitForEvent('serviceworker'));
        // The flag the first start left is still there, so this is the same install, started again.
        expect(await worker.evaluate(() => chrome.storage.local.get('firstRunShown'))).toHaveProperty('firstRunShown');
        // Time for an onInstalled handler to have run (it opens the tab within a few milliseconds).
        await new Promise((resolve) => setTimeout(resolve, 1500));
        const tabs = await worker.evaluate(() => chrome.tabs.query({}));
        expect(tabs.map((tab) => tab.url || tab.pendingUrl)).not.toContainEqual(
          expect.stringContaining('/welcome.html'),
        );
        expect(again.context.pages().map((page) => page.url())).not.toContain(firstRunUrl(again.extensionId));
      } finally {
        await again.close();
      }
    } finally {
      await server.close();
      rmSync(profile, { recursive: true, force: true });
    }
  });
});
