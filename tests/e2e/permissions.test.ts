// The fewest permissions (issue 14, point 6): the built manifest asks for storage and activeTab and no
// host permission, and that is enough for what the popup does: opened from the toolbar button on an
// IRCC page that was open before, it says which page it is, English or French page (activeTab gives
// it that one tab's address, at that moment). The banner and guards need no permission beyond their
// content-script matches (every other end-to-end file shows them at work with this same manifest).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GUARD_MATCHES } from '../../src/guards/matches';
import { CONTENT_MATCHES } from '../../src/pages/catalogue';
import { type ActionBrowser, launchWithAction } from './action-popup.ts';
import { EXTENSION_DIR } from './extension.ts';
import { URLS } from './fixtures/index.ts';
import { type FixtureServer, startServer } from './server.ts';

type Manifest = {
  permissions?: string[];
  host_permissions?: string[];
  optional_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: { matches: string[] }[];
};

it('the manifest asks for storage and activeTab only, and reaches the IRCC sites through its content scripts alone', () => {
  const manifest = JSON.parse(readFileSync(resolve(EXTENSION_DIR, 'manifest.json'), 'utf8')) as Manifest;
  expect(manifest.permissions).toEqual(['storage', 'activeTab']);
  expect(manifest.host_permissions).toBeUndefined();
  expect(manifest.optional_permissions).toBeUndefined();
  expect(manifest.optional_host_permissions).toBeUndefined();
  const matched = new Set(manifest.content_scripts?.flatMap((script) => script.matches));
  expect([...matched].sort()).toEqual([...new Set([...CONTENT_MATCHES, ...GUARD_MATCHES])].sort());
});

let server: FixtureServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => server?.close());

describe('the popup from the toolbar button', () => {
  let chromium: ActionBrowser;
  beforeAll(async () => {
    chromium = await launchWithAction(server);
  });
  afterAll(async () => chromium?.close());
  const tabStatus = async (url: string) => {
    const { popup } = await chromium.popupFor(url);
    await popup.waitForFunction(() => document.querySelector('.tab-page') !== null);
    return popup.$eval('.tab-page', (p) => p.textContent);
  };

  it('on an IRCC page opened before it, says which page it is; elsewhere, that it is not an IRCC page', async () => {
    expect(await tabStatus(URLS.gckeySignInEn)).toBe('GCKey sign-in page');
    expect(await tabStatus(URLS.gckeySignInFr)).toBe('GCKey sign-in page'); // the popup speaks the browser's language
    expect(await tabStatus(URLS.partnerChooserEn)).toBe('Sign-In Partner: choose your bank');
    expect(await tabStatus(URLS.unrelated)).toBe('Not an IRCC page');
  });

  it('names an official IRCC page without sign-in as official, and warns about none of them', async () => {
    const accounts =
      'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/ircc-accounts.html';
    for (const url of [URLS.eta, accounts]) {
      const { popup } = await chromium.popupFor(url);
      await popup.waitForFunction(() => document.querySelector('.tab-page') !== null);
      expect(await popup.$eval('.tab-page', (p) => p.textContent)).toBe('Official IRCC page — no sign-in here');
      expect(await popup.$$('[role=alert]')).toHaveLength(0);
    }
  });

  it('on a page kind whose banner the person hid, offers to show it again, and the banner comes back', async () => {
    const { page, popup } = await chromium.popupFor(URLS.gckeySignInEn);
    // Hidden from the popup's own page, as the banner's × does through the background.
    await popup.evaluate(async () => {
      type Area = { get(key: string): Promise<Record<string, unknown>>; set(items: object): Promise<void> };
      const local = (globalThis as unknown as { chrome: { storage: { local: Area } } }).chrome.storage.local;
      const stored = (await local.get('settings')).settings as object | undefined;
      await local.set({ settings: { ...stored, hiddenPages: ['gckey/sign-in'] } });
    });
    await page.waitForFunction(() => document.querySelector('[data-ircc-page]') === null);
    // (A tab in the background paints nothing, so the banner is looked for in the tab now in front.)
    const { page: front, popup: again } = await chromium.popupFor(URLS.gckeySignInEn);
    expect(await front.$('[data-ircc-page]')).toBeNull();
    const show = await again.waitForSelector('::-p-text(Show the guide here again)');
    await show!.click();
    await front.waitForFunction(() => document.querySelector('[data-ircc-page="sign-in"]') !== null);
  });
});
