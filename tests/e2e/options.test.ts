// The options page in the real browser: people, switches, language and colours, backup, sync,
// privacy and "forget everything"; damaged storage shown and survived; axe finds nothing, in
// English, French and dark mode.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  bannerHosts,
  freshStart,
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

declare const chrome: {
  storage: {
    local: { get(key: string): Promise<Record<string, unknown>> };
    sync: {
      get(key: null): Promise<Record<string, unknown>>;
      set(items: object): Promise<void>;
      clear(): Promise<void>;
    };
  };
};
declare const axe: {
  run(
    context: Document,
    options: object,
  ): Promise<{ violations: { id: string; help: string; nodes: { target: unknown[] }[] }[] }>;
};

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const NOW = Date.UTC(2026, 10, 25, 15);
const family = {
  profiles: [
    {
      id: 'me',
      label: '',
      method: 'gckey',
      partner: null,
      lastUsed: { method: 'gckey', partner: null, at: NOW },
      newGckeyAt: null,
    },
    {
      id: 'p-maria',
      label: 'Maria',
      method: 'sign-in-partner',
      partner: 'tangerine',
      lastUsed: null,
      newGckeyAt: NOW,
      updatedAt: NOW,
    },
    {
      id: 'p-client-12',
      label: 'Client 12',
      method: null,
      partner: null,
      lastUsed: null,
      newGckeyAt: null,
      updatedAt: NOW,
    },
  ],
  activeProfile: 'p-maria',
  hiddenPages: ['gckey/info'],
};

async function openOptions(session: Session): Promise<Page> {
  const page = await session.browser.context.newPage();
  await page.goto(`chrome-extension://${session.browser.extensionId}/options.html`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  await page.locator('.person-card').first().waitFor();
  return page;
}

/** axe-core's violations on the page as it is now (evaluated over CDP, which the page's CSP allows). */
async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  const { violations } = await page.evaluate(() => axe.run(document, { resultTypes: ['violations'] }));
  return violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')})`);
}

const stored = (session: Session) =>
  session.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
const syncArea = (session: Session) => session.worker.evaluate(() => chrome.storage.sync.get(null));

describe('the options page in English', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ lang: 'en-CA' });
  });
  afterAll(async () => session?.close());
  beforeEach(async () => {
    await freshStart(session);
    await session.worker.evaluate(() => chrome.storage.sync.clear());
  });

  it('shows every person and setting, and axe finds nothing (also with a preview, a deletion and the dialog open)', async () => {
    await setStoredSettings(session, family);
    const page = await openOptions(session);
    expect(await page.locator('.person-card').count()).toBe(3);
    await page.getByRole('heading', { name: 'Maria (signing in now)' }).waitFor();
    expect(await page.getByRole('radio', { name: 'Sign-In Partner' }).nth(1).isChecked()).toBe(true);
    expect(await page.getByRole('combobox', { name: 'Bank of Maria (Sign-In Partner)' }).inputValue()).toBe(
      'tangerine',
    );
    await page.locator('details.service > summary', { hasText: /^GCKey/ }).click();
    expect(await page.getByRole('checkbox', { name: 'GCKey help pages' }).isChecked()).toBe(false);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Delete “Client 12”' }).click();
    await page.getByRole('button', { name: 'Undo' }).waitFor();
    await page.locator('input[type=file]').setInputFiles({
      name: 'backup.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify({ format: 'ircc-sign-in-guide-settings', version: 2, settings: family })),
    });
    await page.getByRole('heading', { name: 'Check before importing' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Forget everything…' }).click();
    await page.getByRole('dialog', { name: 'Forget everything?' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('is usable from the keyboard: delete a person, undo, and the focus stays where it makes sense', async () => {
    await setStoredSettings(session, family);
    const page = await openOptions(session);
    await page.getByRole('button', { name: 'Delete “Client 12”' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '“Client 12” was deleted.' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Undo');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: '“Client 12” is back.' }).waitFor();
    await expect
      .poll(async () => ((await stored(session)).profiles as { label: string }[]).map((p) => p.label))
      .toEqual(['', 'Maria', 'Client 12']);
    // The "forget" dialog opens on its safe answer, and Escape leaves everything as it was.
    await page.getByRole('button', { name: 'Forget everything…' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Keep everything');
    await page.keyboard.press('Escape');
    expect(((await stored(session)).profiles as unknown[]).length).toBe(3);
  });

  it('survives garbage written straight into storage: the popup, banners and this page work, and it shows the original', async () => {
    const garbage = {
      profiles: [{ id: 'p-maria', label: 'Maria', method: 'gckey' }, { id: 'me', method: 'passkey' }, 42],
      activeProfile: 7,
      hiddenPages: 'all',
    };
    await setStoredSettings(session, garbage);
    // Maria's told GCKey, read from the garbage, is what the GCKey page's banner says on the way from IRCC.
    const banner = await visitFromIrcc(session, URLS.gckeySignInEn);
    await waitForText(banner, 'You made your IRCC account with GCKey: use the username you have.');
    const popup = await openPopup(session, banner);
    expect(await popup.getByRole('radio', { name: 'GCKey', exact: true }).isChecked()).toBe(true);

    const page = await openOptions(session);
    await page.getByRole('heading', { name: 'Some saved settings could not be read' }).waitFor();
    expect(await page.locator('.person-card').count()).toBe(2); // Maria, and "me" with what could be read
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the damaged original' }).click();
    const file = await (await download).path();
    expect(JSON.parse(readFileSync(file, 'utf8'))).toEqual({ ...garbage });
    expect(await axeViolations(page)).toEqual([]);
  });

  it('export → forget everything → import restores every person exactly', async () => {
    await setStoredSettings(session, family);
    const page = await openOptions(session);
    const before = (await stored(session)).profiles;

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Export to a file' }).click();
    const saved = await download;
    expect(saved.suggestedFilename()).toMatch(/^ircc-sign-in-guide-settings-\d{4}-\d\d-\d\d\.json$/);
    const backup = readFileSync(await saved.path(), 'utf8');
    expect(JSON.parse(backup)).toMatchObject({ format: 'ircc-sign-in-guide-settings', version: 2 });

    await page.getByRole('button', { name: 'Forget everything…' }).click();
    await page.getByRole('button', { name: 'Yes, forget everything' }).click();
    await page.getByRole('status').filter({ hasText: 'Everything was forgotten.' }).waitFor();
    await expect.poll(() => page.locator('.person-card').count()).toBe(1);
    expect(((await stored(session)).profiles as unknown[]).length).toBe(1);

    await page
      .locator('input[type=file]')
      .setInputFiles({ name: saved.suggestedFilename(), mimeType: 'application/json', buffer: Buffer.from(backup) });
    await page.getByRole('heading', { name: 'Check before importing' }).waitFor();
    await page.getByRole('button', { name: 'Import', exact: true }).click();
    await page.getByRole('status').filter({ hasText: 'Imported: 3 people.' }).waitFor();
    // Every person exactly; the change times sync merges by too, where they had one ("me" never
    // changed on this computer since sync existed, so the import is its first recorded change).
    const withoutTime = (profiles: unknown) =>
      (profiles as Record<string, unknown>[]).map(({ updatedAt: _, times: __, ...profile }) => profile);
    const after = (await stored(session)).profiles;
    expect(withoutTime(after)).toEqual(withoutTime(before));
    expect((after as Record<string, unknown>[]).slice(1)).toEqual((before as Record<string, unknown>[]).slice(1));
    expect((await stored(session)).activeProfile).toBe('p-maria');
  });

  it('a malformed import changes nothing, and says what is wrong', async () => {
    await setStoredSettings(session, family);
    const page = await openOptions(session);
    const before = await stored(session);
    const file = (settings: unknown) =>
      Buffer.from(JSON.stringify({ format: 'ircc-sign-in-guide-settings', version: 2, settings }));
    // A name with a right-to-left override is cleaned, and the preview says so before anything changes.
    const hostile = { ...family, profiles: [{ id: 'me', label: 'Maria\u202Egnp.exe' }] };
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file(hostile) });
    await page.getByRole('heading', { name: 'Check before importing' }).waitFor();
    expect(await page.locator('.preview').textContent()).toContain(
      'A name had hidden or control characters, or was too long: they were removed (in person 1, name).',
    );
    await page.locator('.preview').getByRole('button', { name: 'Cancel' }).click();
    // Nothing in it can be read as a person: refused.
    const nobody = { ...family, profiles: [{ id: 'Not An Id', label: 'Maria' }] };
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'backup.json', mimeType: 'application/json', buffer: file(nobody) });
    const alert = page.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('This file was not imported, and nothing changed.');
    expect(await alert.textContent()).toContain('The file has no people in it.');
    await page
      .locator('input[type=file]')
      .setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('my notes') });
    await page.getByRole('alert').filter({ hasText: 'it is not JSON text' }).waitFor();
    expect(await stored(session)).toEqual(before);
  });

  it('the global switch and the per-service switch take the banners away, and back', async () => {
    const page = await openOptions(session);
    await page.getByRole('checkbox', { name: 'Show the guide on IRCC pages' }).uncheck();
    await expect.poll(async () => (await stored(session))?.disabled).toBe(true);
    expect(await bannerHosts(await visit(session, URLS.gckeySignInEn, false))).toEqual([]);

    await page.getByRole('checkbox', { name: 'Show the guide on IRCC pages' }).check();
    await page.locator('details.service > summary', { hasText: /^GCKey/ }).click();
    await page.getByRole('checkbox', { name: /^All pages: GCKey/ }).uncheck();
    await expect.poll(async () => (await stored(session))?.hiddenServices).toEqual(['gckey']);
    expect(await bannerHosts(await visit(session, URLS.gckeySignInEn, false))).toEqual([]);
    await visit(session, URLS.partnerChooserEn); // another service still has its banner
  });

  it('names the pages as a person would, one closed group per service, and fits on two screens at 800 px', async () => {
    // A new person's page: themselves only, one page kind hidden from a banner.
    await setStoredSettings(session, oneProfile('gckey', null, ['gckey/info']));
    const page = await openOptions(session);
    await page.setViewportSize({ width: 800, height: 800 });
    const groups = page.locator('details.service');
    expect(await groups.count()).toBeGreaterThanOrEqual(8);
    expect(await page.locator('details.service[open]').count()).toBe(0);
    // The summary says where something is hidden (family hides the GCKey help pages).
    const gckey = page.locator('details.service > summary', { hasText: /^GCKey/ });
    expect(await gckey.innerText()).toBe('GCKey (hidden on 1 of 5 pages)');
    expect(await page.getByRole('checkbox', { name: 'GCKey sign-in page' }).isVisible()).toBe(false);
    // Two screens at most, every group closed.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(2 * 800);

    // Opened from the keyboard, the pages are there under people's names.
    await gckey.focus();
    await page.keyboard.press('Enter');
    await page.getByRole('checkbox', { name: 'GCKey sign-in page' }).waitFor();
    await page.locator('details.service > summary', { hasText: /^Sign-In Partner/ }).click();
    await page.getByRole('checkbox', { name: 'Bank list' }).uncheck();
    await expect.poll(async () => (await stored(session))?.hiddenPages).toContain('sign-in-partner/choose-partner');
    expect(await page.getByText(/secure-account\/|sign-in-redirect/).count()).toBe(0);

    // At 360 px, labels wrap onto two lines and the boxes keep their size.
    await page.setViewportSize({ width: 360, height: 800 });
    await page
      .locator('details.service')
      .evaluateAll((groups) => groups.forEach((group) => group.setAttribute('open', '')));
    const sizes = await page.evaluate(() =>
      [...document.querySelectorAll('input[type=checkbox], input[type=radio]')].map((input) => {
        const box = input.getBoundingClientRect();
        const label = input.closest('label')?.getBoundingClientRect();
        return { width: Math.round(box.width), height: Math.round(box.height), wrapped: (label?.height ?? 0) > 30 };
      }),
    );
    expect(sizes.some((size) => size.wrapped)).toBe(true);
    for (const size of sizes) expect(size).toMatchObject({ width: 16, height: 16 });
  });

  it('with three people, fits on two screens at 800 × 800, and every person keeps every control', async () => {
    await setStoredSettings(session, family);
    const page = await openOptions(session);
    await page.setViewportSize({ width: 800, height: 800 });
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height, 'the page’s height, in CSS pixels').toBeLessThanOrEqual(2 * 800);

    // Not shortened by leaving anything out: each person's card is in view with its name field, its
    // method radio group and (for Sign-In Partner) its bank select, named after the person.
    expect(await page.getByRole('textbox', { name: 'Name', exact: true }).count()).toBe(3);
    for (const [legend, name] of [
      ['How you sign in to your IRCC secure account', 'Me'],
      ['How Maria signs in', 'Maria'],
      ['How Client 12 signs in', 'Client 12'],
    ] as const) {
      const group = page.getByRole('radiogroup', { name: legend });
      expect(await group.isVisible(), `${name}'s radio group`).toBe(true);
      expect(await group.getByRole('radio', { name: 'GCKey', exact: true }).isVisible()).toBe(true);
      expect(await group.getByRole('radio', { name: 'Sign-In Partner', exact: true }).isVisible()).toBe(true);
    }
    const bank = page.getByRole('combobox', { name: 'Bank of Maria (Sign-In Partner)' });
    expect(await bank.isVisible()).toBe(true);
    expect(await bank.inputValue()).toBe('tangerine');
    // Each person's switch and delete button, the page's add, export and import.
    for (const name of ['I am the one signing in', 'Delete “Maria”', 'Delete “Client 12”', 'Add a person'])
      expect(await page.getByRole('button', { name, exact: true }).isVisible(), name).toBe(true);
    expect(await page.getByRole('button', { name: /Export/ }).isVisible()).toBe(true);
    expect(await page.locator('input[type=file]').isVisible()).toBe(true);
  });

  it('sync is off until turned on; then people go to the account, and come from it', async () => {
    await setStoredSettings(session, family);
    const page = await openOptions(session);
    const syncBox = page.getByRole('checkbox', { name: 'Sync these settings through my browser account' });
    expect(await syncBox.isChecked()).toBe(false);
    expect(await syncArea(session)).toEqual({});
    await syncBox.check();
    await expect
      .poll(async () => Object.keys(await syncArea(session)).sort())
      .toEqual(['p:me', 'p:p-client-12', 'p:p-maria', 'prefs']);
    await page
      .getByRole('status')
      .filter({ hasText: /^Synced at / })
      .waitFor();
    // Another computer adds a person.
    await session.worker.evaluate(
      (at) =>
        chrome.storage.sync.set({
          'p:p-ahmed': {
            id: 'p-ahmed',
            label: 'Ahmed',
            method: 'gckey',
            partner: null,
            lastUsed: null,
            newGckeyAt: null,
            updatedAt: at,
          },
        }),
      Date.now(),
    );
    await page.getByRole('heading', { name: 'Ahmed' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });
});

describe('the options page in French', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ lang: 'fr-CA' });
  });
  afterAll(async () => session?.close());

  it('speaks French with the government’s names, and axe finds nothing', async () => {
    await setStoredSettings(session, family);
    const page = await openOptions(session);
    expect(await page.locator('html').getAttribute('lang')).toBe('fr');
    await page.getByRole('heading', { name: 'Guide de connexion IRCC\u00a0: paramètres' }).waitFor();
    await page.getByRole('radio', { name: 'CléGC', exact: true }).first().waitFor();
    await page.getByRole('combobox', { name: 'Banque de Maria (Partenaire de connexion)' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    // The longer French words still fit the three people on two screens at 800 px, nothing left out.
    await page.setViewportSize({ width: 800, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollHeight)).toBeLessThanOrEqual(2 * 800);
    expect(await page.getByRole('textbox', { name: 'Nom', exact: true }).count()).toBe(3);
    expect(await page.getByRole('radiogroup', { name: /^Comment / }).count()).toBe(3);
  });
});

describe('the options page in dark mode', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ colorScheme: 'dark' });
  });
  afterAll(async () => session?.close());

  it('follows the system’s dark colours, and the person’s choice over them; axe finds nothing either way', async () => {
    await setStoredSettings(session, family);
    const page = await openOptions(session);
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(23, 18, 31)');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('radio', { name: 'Light' }).check();
    await expect.poll(background).toBe('rgb(255, 255, 255)');
    expect(await axeViolations(page)).toEqual([]);
  });
});
