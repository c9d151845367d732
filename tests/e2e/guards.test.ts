// The guards in the real browser: on the secure-account chooser and the bank list, the person's own
// way is marked and any other way asks first, in English and French, by mouse, keyboard and middle
// click; what was used is learned; and the page is left alone when nothing is remembered.
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { findAxNode, focusedAxNode } from './ax.ts';
import {
  accessibleText,
  extensionElements,
  freshStart,
  lightDomHtml,
  oneProfile,
  openPopup,
  screenshot,
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

const FRONT = 'https://onlineservices-servicesenligne-cic.fjgc-gccf.gc.ca/mycic/gccf';
const dialogNode = (page: Page) => findAxNode(page, (n) => n.role === 'alertdialog');
const storedSettings = () =>
  session.worker.evaluate(async () => (await chrome.storage.local.get('settings')).settings as Record<string, unknown>);
declare const chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };

const CHOOSERS = [
  {
    lang: 'en',
    url: URLS.canadaAccountEn,
    // The 2026 design (facts F22); each button also carries text for screen readers only.
    gckey: 'GCKey username and password',
    partner: 'Canadian Interac® Sign-In Partner',
    title: 'This opens a different account',
    mark: 'Yours · Unofficial guide',
    useGckey: 'Use GCKey instead',
    usePartner: 'Use Sign-In Partner instead',
    continuePartner: 'Continue with Sign-In Partner anyway',
    body: 'creates a separate, empty account',
  },
  {
    lang: 'fr',
    url: URLS.canadaAccountFr,
    // The older French labels: the 2026 design's French ones are not known yet.
    gckey: 'Poursuivez vers la CléGC',
    partner: 'Poursuivez vers un Partenaire de connexion',
    title: 'Ce choix ouvre un autre compte',
    mark: 'Le vôtre · Guide non officiel',
    useGckey: 'Utiliser plutôt CléGC',
    usePartner: 'Utiliser plutôt Partenaire de connexion',
    continuePartner: 'Continuer quand même avec Partenaire de connexion',
    body: 'vous créerez un compte distinct et vide',
  },
] as const;

for (const c of CHOOSERS) {
  describe(`the secure-account chooser (${c.lang})`, () => {
    const openChooser = async (settings: unknown) => {
      await setStoredSettings(session, settings);
      const page = await visit(session, c.url);
      await waitForText(page, c.mark); // the guard is in place
      return page;
    };

    it('with GCKey remembered, marks GCKey and stops “Sign-In Partner”: the page stays, the dialog is announced', async () => {
      const page = await openChooser(oneProfile('gckey'));
      await page.getByRole('link', { name: c.partner }).click();
      await waitForText(page, c.title);
      const dialog = await dialogNode(page);
      // It says it is unofficial, in its accessible name, so it cannot pass for the page's own warning.
      expect(dialog?.name).toBe(`${c.lang === 'fr' ? 'Guide non officiel' : 'Unofficial guide'} ${c.title}`);
      expect(await accessibleText(page)).toContain(c.body);
      expect(page.url()).toBe(c.url);
      expect((await focusedAxNode(page))?.name).toBe(c.useGckey); // focus moved into the dialog
    });

    it('“Use GCKey instead” arrives at the idp=gckey front', async () => {
      const page = await openChooser(oneProfile('gckey'));
      await page.getByRole('link', { name: c.partner }).click();
      await waitForText(page, c.title);
      await page.keyboard.press('Enter'); // the focused, safe choice
      await page.waitForURL((url) => url.href.startsWith(FRONT));
      expect(new URL(page.url()).searchParams.get('idp')).toBe('gckey');
    });

    it('“Continue … anyway” proceeds to the other front', async () => {
      const page = await openChooser(oneProfile('gckey'));
      await page.getByRole('link', { name: c.partner }).click();
      await waitForText(page, c.title);
      // The dialog lives in a closed shadow root: press its second button as a keyboard user would.
      await page.keyboard.press('Tab');
      expect((await focusedAxNode(page))?.name).toBe(c.continuePartner);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.href.startsWith(FRONT));
      expect(new URL(page.url()).searchParams.get('idp')).toBe('securekey');
    });

    it('Escape cancels: the page stays, focus returns to the button that was pressed', async () => {
      const page = await openChooser(oneProfile('gckey'));
      await page.getByRole('link', { name: c.partner }).focus();
      await page.keyboard.press('Enter'); // keyboard only
      await waitForText(page, c.title);
      await page.keyboard.press('Escape');
      await expect.poll(async () => (await dialogNode(page)) === undefined).toBe(true);
      expect(page.url()).toBe(c.url);
      expect((await focusedAxNode(page))?.name).toContain(c.partner);
    });

    it('with the roles swapped, keyboard only: “Use Sign-In Partner instead” arrives at idp=securekey', async () => {
      const page = await openChooser(oneProfile('sign-in-partner', 'tangerine'));
      await page.getByRole('link', { name: c.gckey }).focus();
      await page.keyboard.press('Enter');
      await waitForText(page, c.title);
      expect((await focusedAxNode(page))?.name).toBe(c.usePartner);
      await page.keyboard.press('Enter');
      await page.waitForURL((url) => url.href.startsWith(FRONT));
      expect(new URL(page.url()).searchParams.get('idp')).toBe('securekey');
    });

    it('a middle click on the other button asks too, and opens no tab', async () => {
      const page = await openChooser(oneProfile('gckey'));
      const pagesBefore = session.browser.context.pages().length;
      await page.getByRole('link', { name: c.partner }).click({ button: 'middle' });
      await waitForText(page, c.title);
      await page.waitForTimeout(200);
      expect(session.browser.context.pages().length).toBe(pagesBefore);
    });
  });
}

describe('the mark never covers the other way', () => {
  /** The box of the mark's label, in the page's coordinates, read through the closed root by DevTools. */
  async function markBox(page: Page) {
    const { cdp, nodeIds: marks } = await extensionElements(page, { tag: 'span', className: 'mark' });
    expect(marks).toHaveLength(1);
    const { model } = (await cdp.send('DOM.getBoxModel', { nodeId: marks[0]! })) as {
      model: { border: number[] };
    };
    await cdp.detach();
    const xs = model.border.filter((_, i) => i % 2 === 0);
    const ys = model.border.filter((_, i) => i % 2 === 1);
    return { left: Math.min(...xs), right: Math.max(...xs), top: Math.min(...ys), bottom: Math.max(...ys) };
  }

  for (const [told, other] of [
    ['gckey', 'idp=securekey'],
    ['sign-in-partner', 'idp=gckey'],
  ] as const)
    for (const width of [1280, 360])
      it(`told ${told}, at ${width} px: the other button takes every click and its words stay in view`, async () => {
        await setStoredSettings(session, oneProfile(told));
        const page = await session.browser.context.newPage();
        await page.setViewportSize({ width, height: 740 });
        await page.goto(URLS.canadaAccountEn, { waitUntil: 'load' });
        await waitForText(page, 'Yours · Unofficial guide');
        const link = page.locator(`a[href*="${other}"]`);
        await link.scrollIntoViewIfNeeded();
        // Everywhere on the other button, a click is the button's: the top band under the mark included.
        const taken = await link.evaluate((a) => {
          const box = a.getBoundingClientRect();
          const points: [number, number][] = [];
          for (const y of [box.top + 2, box.top + box.height / 2, box.bottom - 2])
            for (const x of [0.05, 0.25, 0.5, 0.75, 0.95]) points.push([box.left + box.width * x, y]);
          return points.map(([x, y]) => document.elementFromPoint(x, y)?.closest('a') === a);
        });
        expect(taken).not.toContain(false);
        // The label does not lie over the other button's words.
        const words = await link.evaluate((a) => {
          const range = document.createRange();
          range.selectNodeContents(a);
          return [...range.getClientRects()].map((r) => ({
            left: r.left,
            right: r.right,
            top: r.top,
            bottom: r.bottom,
          }));
        });
        const mark = await markBox(page);
        const overlaps = words.filter(
          (r) =>
            r.right > r.left &&
            r.left < mark.right &&
            mark.left < r.right &&
            r.top < mark.bottom &&
            mark.top < r.bottom,
        );
        expect(overlaps).toEqual([]);
        await page.close();
      });
});

describe('when nothing is remembered', () => {
  it('nothing is stopped, and the sign-in is learned for the popup', async () => {
    const page = await visit(session, URLS.canadaAccountEn);
    expect(await accessibleText(page)).toContain('When you made your account, which did you use?');
    await page.getByRole('link', { name: 'Canadian Interac® Sign-In Partner' }).click();
    await page.waitForURL((url) => url.href.startsWith(FRONT));
    await expect
      .poll(async () => ((await storedSettings())?.profiles as { lastUsed: unknown }[])?.[0]?.lastUsed)
      .toMatchObject({
        method: 'sign-in-partner',
      });
    const popup = await openPopup(session);
    await popup.getByText(/Last used: Sign-In Partner, \d{1,2} \w{3} \d{4}/).waitFor();
    await popup.getByRole('button', { name: 'Remember Sign-In Partner' }).click();
    expect(await popup.getByRole('radio', { name: 'Sign-In Partner', exact: true }).isChecked()).toBe(true);
  });

  it('the banner’s question remembers the answer, and the mark appears at once', async () => {
    const page = await visit(session, URLS.canadaAccountEn);
    // The question is the banner's own line: it is drawn once the settings are in.
    await waitForText(page, 'When you made your account, which did you use?');
    const answer = await findAxNode(page, (n) => n.role === 'button' && n.name === 'GCKey');
    expect(answer).toBeDefined();
    // First in the page: the banner's "More", its ×, then its answers.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect((await focusedAxNode(page))?.name).toBe('GCKey');
    await page.keyboard.press('Enter');
    await waitForText(page, 'Yours · Unofficial guide');
    await waitForText(page, 'Yours is the GCKey button.');
  });

  it('“No account yet” explains what choosing now means', async () => {
    const page = await visit(session, URLS.canadaAccountEn);
    await waitForText(page, 'When you made your account, which did you use?');
    for (let i = 0; i < 6; i++) await page.keyboard.press('Tab'); // More, ×, GCKey, Sign-In Partner, I don't remember
    expect((await focusedAxNode(page))?.name).toBe('No account yet');
    await page.keyboard.press('Enter');
    await waitForText(page, 'pick one now and always use that same one');
  });
});

describe('the bank list', () => {
  // The English list shows logos whose alt texts are the official long names ("TD Bank Group"); the
  // French one, the French names (« Financière Simplii »). Neither is the name the popup shows.
  for (const [lang, url, own, ownSlug, yours, other, otherSlug, otherFi, title] of [
    [
      'en',
      URLS.partnerChooserEn,
      'td',
      'td-bank-group',
      'Yours · Unofficial guide',
      'National Bank of Canada',
      'national-bank',
      '111',
      'This opens a different account',
    ],
    [
      'fr',
      URLS.partnerChooserFr,
      'simplii',
      'simplii-financial',
      'Le vôtre · Guide non officiel',
      'Groupe Banque TD',
      'td',
      'td-bank-group',
      'Ce choix ouvre un autre compte',
    ],
  ] as const) {
    it(`marks the remembered bank by its official name and asks before another (${lang}); going ahead is learned`, async () => {
      await setStoredSettings(session, oneProfile('sign-in-partner', own));
      const page = await visitFromIrcc(session, url);
      await waitForText(page, yours);
      // The mark sits right after the person's own bank, and after no other.
      const markedAfter = await page.evaluate(() =>
        [...document.querySelectorAll('a[data-fi]')]
          .filter((a) => a.nextElementSibling?.tagName.toLowerCase().startsWith('ircc-guide-mark'))
          .map((a) => a.getAttribute('data-fi')),
      );
      expect(markedAfter).toEqual([ownSlug]);
      await page.getByRole('link', { name: other, exact: true }).click();
      await waitForText(page, title);
      expect(page.url()).toBe(url);
      await page.keyboard.press('Tab');
      await page.keyboard.press('Enter'); // "Continue with … anyway"
      await page.waitForURL((u) => u.pathname === '/cbs/nav/bank');
      expect(new URL(page.url()).searchParams.get('fi')).toBe(otherFi);
      await expect
        .poll(async () => ((await storedSettings())?.profiles as { lastUsed: unknown }[])?.[0]?.lastUsed)
        .toMatchObject({
          method: 'sign-in-partner',
          partner: otherSlug,
        });
    });
  }

  it('leaves the “Switch My Sign-In Partner” menu alone', async () => {
    await setStoredSettings(session, oneProfile('sign-in-partner', 'td'));
    const page = await visitFromIrcc(session, URLS.partnerChooserEn);
    await waitForText(page, 'Yours · Unofficial guide');
    await page.getByRole('link', { name: 'Switch My Sign-In Partner' }).click();
    await page.waitForURL((u) => u.pathname === '/cbs/nav/switch-eng');
  });
});

describe('the 2026 sign-in page: registration, and no label it does not have', () => {
  it('with GCKey told, nothing says “Continue to …”; “Register for an account” asks first', async () => {
    await setStoredSettings(session, oneProfile('gckey'));
    const page = await visit(session, URLS.canadaAccountEn);
    await waitForText(page, 'Yours is the GCKey button.');
    expect(await accessibleText(page)).not.toMatch(/Continue to (?:GCKey|Sign-In Partner)/);
    await page.getByRole('link', { name: 'Register for an account' }).click();
    await waitForText(page, 'This opens a different account');
    expect(page.url()).toBe(URLS.canadaAccountEn);
    const text = await accessibleText(page);
    expect(text).toContain('Continue with “Register for an account” anyway'); // the page's own label, read from it
    expect(text).not.toMatch(/Continue to (?:GCKey|Sign-In Partner)/);
    await page.keyboard.press('Enter'); // "Use GCKey instead"
    await page.waitForURL((url) => url.href.startsWith(FRONT));
    expect(new URL(page.url()).searchParams.get('idp')).toBe('gckey');
  });

  it('with GCKey told, going ahead with registration anyway reaches the register page, which has its own banner', async () => {
    await setStoredSettings(session, oneProfile('gckey'));
    const page = await visit(session, URLS.canadaAccountEn);
    await waitForText(page, 'Yours · Unofficial guide');
    await page.getByRole('link', { name: 'Register for an account' }).click();
    await waitForText(page, 'This opens a different account');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(URLS.canadaRegisterEn);
  });

  it('with nothing told, “Register for an account” goes straight to register.html and its banner', async () => {
    const page = await visit(session, URLS.canadaAccountEn);
    await waitForText(page, 'When you made your account, which did you use?');
    await page.getByRole('link', { name: 'Register for an account' }).click();
    await page.waitForURL(URLS.canadaRegisterEn);
    await waitForText(page, 'Already have an IRCC account? Registering again makes a new, empty one.');
    expect(await page.locator('[data-ircc-page]').getAttribute('data-ircc-page')).toBe('register');
    expect(await page.locator('[data-ircc-page]').getAttribute('data-ircc-service')).toBe('secure-account');
  });

  it('the older design is still guarded, by the buttons’ addresses', async () => {
    await setStoredSettings(session, oneProfile('gckey'));
    const page = await visit(session, URLS.canadaAccountEn2024);
    await waitForText(page, 'Yours · Unofficial guide');
    await page.getByRole('link', { name: 'Continue to Sign-In Partner' }).click();
    await waitForText(page, 'This opens a different account');
    expect(page.url()).toBe(URLS.canadaAccountEn2024);
  });
});

describe('the GCKey sign-up page', () => {
  it('warns in French on the French page, with the way back, and says nothing of the kind with nothing known', async () => {
    const fresh = await visitFromIrcc(session, 'https://clegc-gckey.gc.ca/j/fra/rg?ReqID=s1', URLS.canadaAccountFr);
    expect(await accessibleText(fresh)).not.toContain('Arrêtez');
    await setStoredSettings(session, oneProfile('gckey'));
    const page = await visitFromIrcc(session, 'https://clegc-gckey.gc.ca/j/fra/rg?ReqID=s1', URLS.canadaAccountFr);
    await waitForText(page, 'Arrêtez : vous avez un compte d’IRCC. Une nouvelle CléGC en ouvre un nouveau, vide.');
    const back = await findAxNode(page, (n) => n.role === 'link' && n.name === 'Retour à la page de connexion d’IRCC');
    expect(back).toBeDefined();
  });

  it('warns when a method is remembered; going ahead is remembered, and the account home then asks “is this empty?”', async () => {
    await setStoredSettings(session, oneProfile('sign-in-partner', 'rbc'));
    const page = await visitFromIrcc(session, URLS.gckeySignUpEn);
    await waitForText(page, 'Stop: you have an IRCC account. A new GCKey opens a new, empty one.');
    const back = await findAxNode(page, (n) => n.role === 'link' && n.name === 'Back to IRCC’s sign-in page');
    expect(back).toBeDefined();
    await page.getByRole('button', { name: 'I accept' }).click();
    await expect
      .poll(async () => ((await storedSettings())?.profiles as { newGckeyAt: unknown }[])?.[0]?.newGckeyAt)
      .toEqual(expect.any(Number));
    const home = await visit(session, URLS.accountHome);
    await waitForText(home, 'You just made a new GCKey: no applications here means a new, empty account.');
  });
});

describe('several people', () => {
  it('switching profile in the popup changes what the next banner says, and names the person', async () => {
    await setStoredSettings(session, {
      profiles: [
        { id: 'me', label: '', method: 'gckey', partner: null },
        { id: 'maria', label: 'Maria', method: 'sign-in-partner', partner: 'rbc' },
      ],
      activeProfile: 'me',
      hiddenPages: [],
    });
    const first = await visitFromIrcc(session, URLS.gckeySignInEn);
    await waitForText(first, 'You made your IRCC account with GCKey');
    const popup = await openPopup(session);
    await popup.getByRole('button', { name: 'Maria' }).click();
    await expect.poll(() => popup.getByRole('button', { name: 'Maria' }).getAttribute('aria-pressed')).toBe('true');
    const next = await visitFromIrcc(session, URLS.gckeySignInEn);
    // Whose sign-in and which bank, beside the warning (drawn where the page cannot read them).
    await waitForText(next, 'You made your IRCC account through your bank');
    await waitForText(next, 'Maria');
    await waitForText(next, 'RBC Royal Bank');
    const chooser = await visit(session, URLS.canadaAccountEn);
    await waitForText(chooser, 'Yours · Unofficial guide');
    await chooser.getByRole('link', { name: 'GCKey username and password' }).click();
    await waitForText(chooser, 'You told this guide you sign in with Sign-In Partner.');
    await screenshot(chooser, 'guard-dialog.png');
    // The person's name stays inside the closed shadow roots: the page cannot read it.
    expect(await lightDomHtml(chooser)).not.toContain('Maria');
  });

  it('with 50 people: the popup lists them all and switches in one click', async () => {
    const profiles = Array.from({ length: 50 }, (_, i) => ({
      id: `client-${i + 1}`,
      label: `Client ${i + 1}`,
      method: i % 2 ? 'gckey' : 'sign-in-partner',
      partner: i % 2 ? null : 'td',
    }));
    await setStoredSettings(session, { profiles, activeProfile: 'client-1', hiddenPages: [] });
    // (How long it takes is for `npm run bench`: a time limit here fails on a busy machine, not on a bug.)
    const popup = await openPopup(session);
    await expect.poll(() => popup.getByRole('button', { name: /^Client \d+$/ }).count()).toBe(50);
    await popup.getByRole('button', { name: 'Client 50', exact: true }).click();
    await expect.poll(() => popup.getByRole('radio', { name: 'GCKey', exact: true }).isChecked()).toBe(true);
    const page = await visitFromIrcc(session, URLS.gckeySignInEn);
    await waitForText(page, 'You made your IRCC account with GCKey');
    await waitForText(page, 'Client 50');
  });
});

describe('when the extension goes away mid-session', () => {
  it('the page’s own buttons work again, with no question in the way', async () => {
    await setStoredSettings(session, oneProfile('gckey'));
    const page = await visit(session, URLS.canadaAccountEn);
    await waitForText(page, 'Yours · Unofficial guide');
    // An update or a disable both end the content scripts' context; a reload does it here.
    await session.worker
      .evaluate(() => (globalThis as unknown as { chrome: { runtime: { reload(): void } } }).chrome.runtime.reload())
      .catch(() => {});
    await page.waitForTimeout(500);
    await page.getByRole('link', { name: 'Canadian Interac® Sign-In Partner' }).click();
    await page.waitForURL((url) => url.href.startsWith(FRONT));
    expect(new URL(page.url()).searchParams.get('idp')).toBe('securekey');
    // This must stay last: the session's worker handle is gone after the reload.
  });
});
