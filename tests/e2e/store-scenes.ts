// The store pictures' scenes (store/screenshots/{en,fr}/*.png), shared by the script that makes them
// (scripts/store-screenshots.ts) and the test that says when they are stale (store.test.ts): each scene
// is staged in the real, built extension, on the local copies of the pages, and what a screen reader
// is given there is recorded next to the pictures (store/screenshots/record.json). When the extension
// says something else in a scene than when its picture was made, the picture is stale.
//
// Nothing here waits for a particular wording: the banner is waited for by its landmark and until its
// text stops changing, the popup and first-run page by their controls. So a change of words (the
// banner is being rebuilt) changes the pictures and the record, and never breaks the script.
import type { Page } from 'playwright-core';
import { URLS } from './fixtures/index.ts';
import {
  accessibleText,
  firstRunUrl,
  oneProfile,
  openPopup,
  type Session,
  setStoredSettings,
  settledText,
  visit,
  visitFromIrcc,
} from './extension.ts';

export const STORE_LANGUAGES = [
  { dir: 'en', lang: 'en-CA', gckeyUrl: URLS.gckeySignInEn, chooserUrl: URLS.canadaAccountEn },
  { dir: 'fr', lang: 'fr-CA', gckeyUrl: URLS.gckeySignInFr, chooserUrl: URLS.canadaAccountFr },
] as const;
export type StoreLanguage = (typeof STORE_LANGUAGES)[number];

/** What the Chrome Web Store, Edge Add-ons and addons.mozilla.org all accept. */
export const STORE_SIZE = { width: 1280, height: 800 } as const;

/** One picture: how to stage it, and the page whose accessible text it shows. */
export type Scene = {
  file: string;
  /** Stages the scene in `session` (a fresh browser in the scene's language) and returns the page to picture. */
  stage(session: Session, language: StoreLanguage): Promise<Page>;
};

/** The person in the pictures: one person, who told the extension they sign in through Tangerine. */
export const STORE_PERSON = oneProfile('sign-in-partner', 'tangerine');

export const SCENES: readonly Scene[] = [
  {
    // The GCKey sign-in page, for someone who signs in with their bank, on the way from IRCC's
    // sign-in page (elsewhere GCKey serves many services, and the banner says only that).
    file: '1-gckey-sign-in-partner-warning.png',
    async stage(session, language) {
      await setStoredSettings(session, STORE_PERSON);
      const page = await visitFromIrcc(session, language.gckeyUrl, language.chooserUrl);
      await page.setViewportSize(STORE_SIZE);
      await settledText(page);
      return page;
    },
  },
  {
    // The secure-account chooser: the banner names their button, and the page's button is marked.
    file: '2-secure-account-your-button.png',
    async stage(session, language) {
      await setStoredSettings(session, STORE_PERSON);
      const page = await visit(session, language.chooserUrl);
      await page.setViewportSize(STORE_SIZE);
      await settledText(page);
      return page;
    },
  },
  {
    // The toolbar popup, opened over the GCKey page (it says what the current tab is).
    file: '3-popup.png',
    async stage(session, language) {
      await setStoredSettings(session, STORE_PERSON);
      const gckey = await visit(session, language.gckeyUrl);
      const popup = await openPopup(session, gckey);
      await popup.locator('.tab-page').waitFor();
      await popup.getByRole('combobox').waitFor();
      return popup;
    },
  },
  {
    // The first-run page, as it opens after install (nothing told yet).
    file: '4-first-run.png',
    async stage(session) {
      await session.worker.evaluate(() => (globalThis as unknown as ChromeStorage).chrome.storage.local.clear());
      const page = await session.browser.context.newPage();
      await page.setViewportSize(STORE_SIZE);
      await page.goto(firstRunUrl(session.browser.extensionId));
      await page.getByRole('radiogroup').waitFor();
      return page;
    },
  },
];
type ChromeStorage = { chrome: { storage: { local: { clear(): Promise<void> } } } };

/** What a scene says: its page's accessible text, once settled (the same reading the tests use). */
export async function sceneText(page: Page): Promise<string> {
  await settledText(page);
  return accessibleText(page);
}

/** store/screenshots/record.json: for each language and picture, the PNG's SHA-256 and what the scene said. */
export type StoreRecord = Record<string, Record<string, { sha256: string; text: string }>>;
