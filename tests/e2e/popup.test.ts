// The popup, in the real browser: the contract's named controls in English and French, saving at
// once, saying what the current tab is, and the method flowing from the popup into the banners.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  accessibleText,
  freshStart,
  lightDomHtml,
  openPopup,
  screenshot,
  type Session,
  startSession,
  visit,
  visitFromIrcc,
  waitForText,
} from './extension.ts';
import { URLS } from './fixtures/index.ts';

describe('the popup in English', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ lang: 'en-CA' });
  });
  afterAll(async () => session?.close());
  beforeEach(async () => {
    await freshStart(session);
  });

  it('offers GCKey and Sign-In Partner, and the bank list only for Sign-In Partner', async () => {
    const popup = await openPopup(session);
    const group = popup.getByRole('radiogroup');
    await expect.poll(() => group.getByRole('radio').count()).toBe(2);
    const gckey = group.getByRole('radio', { name: 'GCKey', exact: true });
    const partner = group.getByRole('radio', { name: 'Sign-In Partner', exact: true });
    expect(await gckey.isChecked()).toBe(false);
    expect(await partner.isChecked()).toBe(false);
    expect(await popup.getByRole('combobox').count()).toBe(0);

    await partner.check();
    const banks = popup.getByRole('combobox', { name: /Sign-In Partner/ });
    await banks.waitFor();
    const names = await banks.locator('option').allTextContents();
    expect(names).toEqual(expect.arrayContaining(['Tangerine', 'RBC Royal Bank', 'TD', 'Desjardins', 'Wealthsimple']));
    expect(names).toHaveLength(23); // the 22 partners and "Choose your bank…"

    await gckey.check();
    await expect.poll(() => popup.getByRole('combobox').count()).toBe(0);
  });

  it('is usable from the keyboard alone, and saves at once without a Save button', async () => {
    const popup = await openPopup(session);
    await popup.getByRole('radio', { name: 'GCKey', exact: true }).focus();
    await popup.keyboard.press('ArrowRight'); // moves to, and selects, Sign-In Partner
    const banks = popup.getByRole('combobox', { name: /Sign-In Partner/ });
    await banks.waitFor();
    await banks.focus();
    await banks.selectOption({ label: 'Tangerine' });
    await popup.getByRole('status').getByText('Saved.').waitFor();
    expect(await popup.getByRole('button', { name: /save/i }).count()).toBe(0);

    const reopened = await openPopup(session);
    expect(await reopened.getByRole('radio', { name: 'Sign-In Partner', exact: true }).isChecked()).toBe(true);
    expect(await reopened.getByRole('combobox', { name: /Sign-In Partner/ }).inputValue()).toBe('tangerine');
  });

  // What the current tab is: tests/e2e/permissions.test.ts, with the popup opened from the toolbar
  // button as a person opens it (that is what lets it read the tab's address: no host permissions).

  // (Official IRCC pages without sign-in: tests/e2e/permissions.test.ts, from the toolbar button.)

  it('adding a person keeps the one signing in, unless the person chooses to switch; the active person is named', async () => {
    const popup = await openPopup(session);
    const now = popup.locator('.active-person');
    expect(await now.innerText()).toBe('Signing in now: Me');
    await popup.getByRole('radio', { name: 'GCKey', exact: true }).check();
    await popup.getByRole('status').getByText('Saved.').waitFor();

    await popup.getByRole('button', { name: 'Add a person' }).click();
    await popup.getByRole('textbox', { name: /Their name/ }).fill('Maria');
    await popup.keyboard.press('Enter'); // "Add", the form's first button
    await popup.getByText('Maria added. Me is still the one signing in.').waitFor();
    expect(await now.innerText()).toBe('Signing in now: Me');
    expect(await popup.getByRole('button', { name: 'Maria' }).getAttribute('aria-pressed')).toBe('false');
    // The current person's method is still the one shown, and their warnings stay on.
    expect(await popup.getByRole('radio', { name: 'GCKey', exact: true }).isChecked()).toBe(true);
    const signUp = await visitFromIrcc(session, URLS.gckeySignUpEn);
    await waitForText(signUp, 'Stop: you have an IRCC account. A new GCKey opens a new, empty one.');

    await popup.getByRole('button', { name: 'Add a person' }).click();
    await popup.getByRole('textbox', { name: /Their name/ }).fill('Ahmed');
    await popup.getByRole('button', { name: 'Add and switch to them' }).click();
    await expect.poll(() => now.innerText()).toBe('Signing in now: Ahmed');
    expect(await popup.getByRole('radiogroup', { name: /How Ahmed signs in/ }).count()).toBe(1);
    expect(await popup.getByRole('button', { name: 'Ahmed' }).getAttribute('aria-pressed')).toBe('true');
  });

  it('Sign-In Partner + Tangerine makes the GCKey banner name Tangerine, for a screen reader and not in the page', async () => {
    const before = await visit(session, URLS.gckeySignInEn);
    await screenshot(before, 'banner-gckey-nothing-remembered.png');

    const popup = await openPopup(session, before);
    await popup.getByRole('radio', { name: 'Sign-In Partner', exact: true }).check();
    await popup.getByRole('combobox', { name: /Sign-In Partner/ }).selectOption({ label: 'Tangerine' });
    await popup.getByRole('status').getByText('Saved.').waitFor();
    await popup.setViewportSize({ width: 380, height: 420 });
    await screenshot(popup, 'popup.png');

    const gckey = await visitFromIrcc(session, URLS.gckeySignInEn);
    const text = await waitForText(
      gckey,
      'You made your IRCC account through your bank: a GCKey opens a new, empty one.',
    );
    expect(text).toContain('Tangerine'); // beside the line, where the page cannot read it
    expect(await lightDomHtml(gckey)).not.toMatch(/Tangerine/i);
    await screenshot(gckey, 'banner-gckey-warning.png');

    // The bank chooser points to their bank; the secure-account chooser to their button.
    const chooser = await visitFromIrcc(session, URLS.partnerChooserEn);
    await waitForText(chooser, 'Choose your bank, marked below: another bank opens a new, empty account.');
    const account = await visit(session, URLS.canadaAccountEn);
    await waitForText(account, 'Yours is the Sign-In Partner button, then your bank.');
    await screenshot(account, 'banner-secure-account-chooser.png');
  });

  it('GCKey remembered: a strong warning on GCKey sign-up, and a warning on the bank chooser', async () => {
    const popup = await openPopup(session);
    await popup.getByRole('radio', { name: 'GCKey', exact: true }).check();
    await popup.getByRole('status').getByText('Saved.').waitFor();
    const signUp = await visitFromIrcc(session, URLS.gckeySignUpEn);
    await waitForText(signUp, 'Stop: you have an IRCC account. A new GCKey opens a new, empty one.');
    const chooser = await visitFromIrcc(session, URLS.partnerChooserEn);
    await waitForText(chooser, 'You made your IRCC account with GCKey: a bank opens a new, empty one.');
  });
});

describe('the popup in French', () => {
  let session: Session;
  beforeAll(async () => {
    session = await startSession({ lang: 'fr-CA' });
  });
  afterAll(async () => session?.close());

  it('uses the government’s French names, and the French banner follows', async () => {
    const page = await visitFromIrcc(session, URLS.gckeySignInFr, URLS.canadaAccountFr);
    const popup = await openPopup(session, page);
    expect(await popup.locator('html').getAttribute('lang')).toBe('fr');
    await popup.getByRole('radio', { name: 'CléGC', exact: true }).waitFor();
    await popup.getByRole('radio', { name: 'Partenaire de connexion', exact: true }).check();
    const banks = popup.getByRole('combobox', { name: /Partenaire de connexion/ });
    await banks.selectOption({ label: 'RBC Banque Royale' });
    await popup.getByRole('status').getByText('Enregistré.').waitFor();
    // Two saves, two updates of the banner: the method (its headline, no bank yet), then the bank.
    // Waiting for the headline alone could read the page between the two.
    const text = await waitForText(page, 'RBC Banque Royale');
    expect(text).toContain('Vous avez créé votre compte d’IRCC avec votre banque');
    expect(await accessibleText(page)).not.toContain('You sign in');
  });
});
