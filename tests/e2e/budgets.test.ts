// Budgets that must not regress silently (issue 6): the size of what every IRCC page load carries,
// and no layout shift from the banner, whatever the person has stored.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BANNER_NAME,
  clearStorage,
  EXTENSION_DIR,
  oneProfile,
  type Session,
  setStoredSettings,
  startSession,
  waitForText,
} from './extension.ts';
import { URLS } from './fixtures/index.ts';

/** Each content script, with both languages, gzipped. */
const CONTENT_SCRIPT_BUDGET = 12_000;

describe('content-script size', () => {
  // What the manifest injects into pages, whatever folder the build puts it in.
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8')) as {
    content_scripts: { js: string[] }[];
  };
  const scripts = [...new Set(manifest.content_scripts.flatMap((entry) => entry.js))];
  it('declares the banner and guard scripts, and nothing else', () => {
    expect(scripts.sort()).toEqual(['guards.js', 'ircc.js']);
  });
  for (const file of scripts) {
    it(`${file} is at most ${CONTENT_SCRIPT_BUDGET} bytes gzipped`, () => {
      const size = gzipSync(readFileSync(join(EXTENSION_DIR, file)), { level: 9 }).length;
      console.log(`${file}: ${size} bytes gzipped`);
      expect(size).toBeLessThanOrEqual(CONTENT_SCRIPT_BUDGET);
    });
  }
});

describe('layout shift', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession();
  });
  afterAll(async () => session?.close());

  const PAGES = [
    URLS.gckeySignInEn,
    URLS.gckeySignInFr,
    URLS.partnerChooserEn,
    URLS.canadaAccountEn,
    URLS.accountHome,
    'https://prson-srpel.apps.cic.gc.ca/en/login',
  ];
  const STORED = {
    'nothing remembered': undefined,
    'Sign-In Partner with a bank': oneProfile('sign-in-partner', 'uni'),
    'several people': {
      profiles: [
        { id: 'me', label: '', method: 'gckey', partner: null },
        {
          id: 'client-7',
          label: 'Client 7',
          method: 'sign-in-partner',
          partner: 'connectfirst',
          lastUsed: { method: 'gckey', at: Date.now() },
        },
      ],
      activeProfile: 'client-7',
      hiddenPages: [],
    },
  };
  for (const [who, settings] of Object.entries(STORED)) {
    it(`is zero on the main pages, ${who}`, async () => {
      await clearStorage(session);
      if (settings) await setStoredSettings(session, settings);
      for (const url of PAGES) {
        const page = await session.browser.context.newPage();
        await page.addInitScript(() => {
          const w = window as unknown as { shift: number };
          w.shift = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) w.shift += (entry as unknown as { value: number }).value;
          }).observe({ type: 'layout-shift', buffered: true });
        });
        await page.goto(url);
        await waitForText(page, BANNER_NAME);
        await page.waitForTimeout(250);
        expect(await page.evaluate(() => (window as unknown as { shift: number }).shift), url).toBe(0);
        await page.close();
      }
    });
  }
});
