// Shared set-up for the extension's end-to-end tests: the local copies of the real sites, a real
// Chromium with the built extension, and the few things a test does as a person would.
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { BrowserContext, Page, Worker } from 'playwright-core';
import { accessibleText as rawAccessibleText, lightDomHtml } from './ax.ts';
import { launchChromium, type LaunchedBrowser } from './browser.ts';
import { startServer, type FixtureServer } from './server.ts';

// The extension API inside the service worker, where `worker.evaluate` runs its callbacks.
declare const chrome: {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      clear(): Promise<void>;
    };
  };
  tabs: { create(props: { url: string; active: boolean }): Promise<unknown> };
};

/** The built extension under test; WXT_OUT_DIR matches the build's (see wxt.config.ts). */
export const EXTENSION_DIR = resolve(import.meta.dirname, '../..', process.env.WXT_OUT_DIR ?? '.output', 'chrome-mv3');
/** The banner's landmark name, English and French. */
export const BANNER_NAME =
  /Sign-In Guide for IRCC \(unofficial extension\)|Guide de connexion IRCC \(extension non officielle\)/;

export type Session = {
  server: FixtureServer;
  browser: LaunchedBrowser & { extensionId: string };
  worker: Worker;
  /** The browser's language, as launched (e.g. 'fr-CA'). */
  lang: string;
  close(): Promise<void>;
};

/** The first-run page's address in this browser. */
export const firstRunUrl = (extensionId: string) => `chrome-extension://${extensionId}/welcome.html`;

/**
 * The first-run page, once the extension has opened it after install (the background opens it in a
 * new tab; first-run.test.ts shows that it does, once).
 */
export async function waitForFirstRunPage(context: BrowserContext, extensionId: string): Promise<Page> {
  const url = firstRunUrl(extensionId);
  return (
    context.pages().find((page) => page.url() === url) ??
    (await context.waitForEvent('page', { predicate: (page) => page.url() === url }))
  );
}

/**
 * A browser with the extension freshly installed. The extension opens its first-run page after the
 * install; unless `keepFirstRun`, the session waits for it and closes it, so that every test starts
 * from the same tabs whenever the page would have come.
 */
export async function startSession(
  opts: { lang?: string; colorScheme?: 'light' | 'dark'; keepFirstRun?: boolean } = {},
): Promise<Session> {
  const server = await startServer();
  try {
    const browser = await launchChromium({ extensionDir: EXTENSION_DIR, server, ...opts });
    const worker =
      browser.context.serviceWorkers().find((w) => w.url().includes(browser.extensionId)) ??
      (await browser.context.waitForEvent('serviceworker'));
    if (!opts.keepFirstRun) await (await waitForFirstRunPage(browser.context, browser.extensionId)).close();
    return {
      server,
      browser,
      worker,
      lang: opts.lang ?? 'en-US',
      async close() {
        await browser.close();
        await server.close();
      },
    };
  } catch (error) {
    await server.close();
    throw error;
  }
}

/** Writes settings straight into the extension's storage, as the popup would have. */
export async function setStoredSettings(session: Session, settings: unknown): Promise<void> {
  await session.worker.evaluate((value) => chrome.storage.local.set({ settings: value }), settings);
}

export async function clearStorage(session: Session): Promise<void> {
  await session.worker.evaluate(() => chrome.storage.local.clear());
}

/** Each test starts as a new person would: nothing stored, and only the browser's first tab open. */
export async function freshStart(session: Session): Promise<void> {
  await clearStorage(session);
  for (const page of session.browser.context.pages().slice(1)) await page.close();
}

export const oneProfile = (method: string | null, partner: string | null = null, hiddenPages: string[] = []) => ({
  profiles: [{ id: 'me', label: '', method, partner }],
  activeProfile: 'me',
  hiddenPages,
});

/** The page's banner hosts (elements carrying the contract's attributes). */
export async function bannerHosts(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-ircc-service]')].map((host) => ({
      service: host.getAttribute('data-ircc-service'),
      page: host.getAttribute('data-ircc-page'),
      openShadowRoot: host.shadowRoot !== null,
      attributes: host.getAttributeNames(),
    })),
  );
}

/** Opens a URL in a fresh tab and waits for the banner to be read out (or for the page to settle). */
export async function visit(session: Session, url: string, expectBanner = true): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  if (expectBanner) {
    await waitForText(page, BANNER_NAME);
    await settledText(page);
  } else await page.waitForTimeout(300); // time enough for a content script that should not be there
  return page;
}

/**
 * Opens a URL in a tab that comes from IRCC's own sign-in page (canada.ca's chooser), as a person
 * signing in to IRCC arrives at GCKey or the bank list: only then do those shared pages speak of IRCC.
 */
export async function visitFromIrcc(session: Session, url: string, from = URLS_CHOOSER_EN): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(from, { waitUntil: 'load' });
  await waitForText(page, BANNER_NAME);
  await page.goto(url, { waitUntil: 'load' });
  await waitForText(page, BANNER_NAME);
  await settledText(page);
  return page;
}
const URLS_CHOOSER_EN = 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/account.html';

/**
 * What a screen reader is given once it stops changing. The banner is drawn as the page's body
 * starts, before its settings may have come (a busy browser can take a while); the person's own lines
 * follow in a later frame. Tests that read those lines, or check they are absent, start from here.
 */
export async function settledText(page: Page, quietMs = 400, timeoutMs = 5_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = await accessibleText(page);
  while (Date.now() < deadline) {
    await page.waitForTimeout(quietMs);
    const now = await accessibleText(page);
    if (now === text) return now;
    text = now;
  }
  return text;
}

/** What a screen reader is given, once it contains `expected`. Fails with the last text it saw. */
export async function waitForText(page: Page, expected: RegExp | string, timeoutMs = 10_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  let text = '';
  while (Date.now() < deadline) {
    text = await accessibleText(page);
    if (typeof expected === 'string' ? text.includes(expected) : expected.test(text)) return text;
    await page.waitForTimeout(50);
  }
  throw new Error(`Timed out waiting for ${expected} in the accessibility tree. It said:\n${text}`);
}

/** What a screen reader is given, with non-breaking spaces (French typography) read as spaces. */
export async function accessibleText(page: Page): Promise<string> {
  return (await rawAccessibleText(page)).replace(/\u00a0/g, ' ');
}

export { lightDomHtml };

/**
 * Opens the popup the way the toolbar button would show it for the current tab: the popup reads
 * "the active tab of this window", so it is opened in a background tab, leaving `page` active.
 */
export async function openPopup(session: Session, page?: Page): Promise<Page> {
  await page?.bringToFront();
  const url = `chrome-extension://${session.browser.extensionId}/popup.html`;
  const opened = session.browser.context.waitForEvent('page', (p) => p.url() === url);
  await session.worker.evaluate((popupUrl) => chrome.tabs.create({ url: popupUrl, active: false }), url);
  const popup = await opened;
  await popup.waitForLoadState('load');
  await popup.getByRole('radiogroup').waitFor();
  await inBrowserLanguage(session, popup);
  return popup;
}

/**
 * Makes sure an extension page the extension (not Playwright) opened was drawn in the session's
 * language. Playwright emulates the browser's language per tab (`locale`), and applies it to a tab
 * created by `chrome.tabs.create` shortly after the tab starts: now and then (6 of 120 French popups
 * opened under load) the page has already read `i18n.getUILanguage()` as the real browser's `en-US`
 * and drawn in English. A real browser has one language from the start; when the tab began before
 * the emulation, it is reloaded, in the emulated language. Only then: where the person chose a
 * language in the options, the page does not ask the browser, so a page in another language is a
 * failure, not the emulation's race.
 */
export async function inBrowserLanguage(session: Session, page: Page): Promise<void> {
  await page.waitForLoadState('load');
  const html = page.locator('html[lang]');
  await html.waitFor({ state: 'attached' }); // the page's script sets it when it draws
  const chosen = await session.worker.evaluate(async () => {
    const { settings } = await chrome.storage.local.get('settings');
    const language = (settings as { language?: unknown } | undefined)?.language;
    return language === 'en' || language === 'fr' ? language : null;
  });
  const expected = chosen ?? session.lang.split(/[-_]/)[0]!;
  if (chosen === null && (await html.getAttribute('lang')) !== expected) await page.reload({ waitUntil: 'load' });
  // (Playwright's own wait: this file is also used outside Vitest, by `npm run demo` and the bench.)
  await page.locator(`html[lang="${expected}"]`).waitFor({ state: 'attached' });
}

/** The README's pictures: made by the test run, from the real extension on the local pages. */
export async function screenshot(page: Page, name: string): Promise<void> {
  const dir = resolve(import.meta.dirname, '../../docs/screenshots');
  mkdirSync(dir, { recursive: true });
  await page.screenshot({ path: resolve(dir, name) });
}

/**
 * The extension's own elements with tag `tag` (and class `className`, if given), found through the
 * closed shadow roots by DevTools: the CDP session and their node ids. The caller detaches the session.
 */
export async function extensionElements(page: Page, selector: { tag: string; className?: string }) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('DOM.enable');
  type Node = { nodeId: number; nodeName: string; attributes?: string[]; children?: Node[]; shadowRoots?: Node[] };
  const { root } = (await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: Node };
  const nodeIds: number[] = [];
  const walk = (node: Node) => {
    const at = node.attributes?.indexOf('class') ?? -1;
    const classes = at >= 0 ? node.attributes![at + 1]!.split(' ') : [];
    if (node.nodeName === selector.tag.toUpperCase() && (!selector.className || classes.includes(selector.className)))
      nodeIds.push(node.nodeId);
    [...(node.children ?? []), ...(node.shadowRoots ?? [])].forEach(walk);
  };
  walk(root);
  return { cdp, nodeIds };
}
