// "Which account do I need?" in the popup, in the real browser: every situation walked to its official
// link, in English and French, by clicking the answers as a person would (found by role and name), and
// one walk by keyboard alone, checking that focus follows each new step.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { guideEn, type GuideKey } from '../../src/i18n/guide-en.ts';
import { guideFr } from '../../src/i18n/guide-fr.ts';
import { findAxNode, focusedAxNode } from './ax.ts';
import { openPopup, type Session, startSession } from './extension.ts';

const TEXT = { en: guideEn, fr: guideFr } as const;
// axe-core, run inside the popup (evaluated over the DevTools protocol, which the page's CSP allows).
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
type AxeLike = {
  run(context: string): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
};
type Lang = keyof typeof TEXT;

const CANADA = {
  account: {
    en: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/account.html',
    fr: 'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/compte.html',
  },
  accounts: {
    en: 'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/ircc-accounts.html',
    fr: 'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/comptes-ircc.html',
  },
};
const secureAccount = { account: 'o_secureAccount', href: CANADA.account, link: 'link_secureAccount' } as const;
const accountsPage = { href: CANADA.accounts, link: 'link_accounts' } as const;

type Situation = {
  name: string;
  answers: GuideKey[];
  /** The outcome's heading: which account. */
  account: GuideKey;
  href: Record<Lang, string>;
  /** The link's accessible name, by language when French falls back to the canada.ca accounts page. */
  link: GuideKey | Record<Lang, GuideKey>;
};

const SITUATIONS: Situation[] = [
  { name: 'waiting for a decision', answers: ['a_follow', 'a_messages'], ...secureAccount },
  {
    name: 'approved and invited',
    answers: ['a_approved', 'a_invitedYes'],
    account: 'o_prPortal',
    href: { en: 'https://prson-srpel.apps.cic.gc.ca/en/login', fr: CANADA.accounts.fr },
    link: { en: 'link_prPortal', fr: 'link_accounts' },
  },
  { name: 'approved, not invited yet', answers: ['a_approved', 'a_invitedNo'], account: 'o_prWait', ...accountsPage },
  {
    name: 'checking a status',
    answers: ['a_follow', 'a_status', 'a_statusOther'],
    account: 'o_statusTracker',
    href: {
      en: 'https://ircc-tracker-suivi.apps.cic.gc.ca/en/login',
      fr: 'https://ircc-tracker-suivi.apps.cic.gc.ca/login',
    },
    link: 'link_statusTracker',
  },
  {
    name: 'checking a citizenship application',
    answers: ['a_follow', 'a_status', 'a_statusCitizenship'],
    account: 'o_citizenshipTracker',
    href: { en: 'https://tracker-suivi.apps.cic.gc.ca/', fr: 'https://tracker-suivi.apps.cic.gc.ca/' },
    link: 'link_citizenshipTracker',
  },
  {
    name: 'checking a sponsorship',
    answers: ['a_follow', 'a_status', 'a_statusSponsorship'],
    account: 'o_prTracker',
    href: { en: 'https://prt-srp.apps.cic.gc.ca/en/register', fr: CANADA.accounts.fr },
    link: { en: 'link_prTracker', fr: 'link_accounts' },
  },
  {
    name: 'applying for citizenship',
    answers: ['a_apply', 'a_citizenship'],
    account: 'o_citizenshipApply',
    href: {
      en: 'https://citapply-citdemande.apps.cic.gc.ca/en/landing',
      fr: 'https://citapply-citdemande.apps.cic.gc.ca/fr/landing',
    },
    link: 'link_citizenshipApply',
  },
  {
    name: 'visitor, study or work, with an invitation code',
    answers: ['a_apply', 'a_visitStudyWork', 'a_codeYes'],
    account: 'o_irccPortal',
    href: {
      en: 'https://portal-portail.apps.cic.gc.ca/signin?lang=en',
      fr: 'https://portal-portail.apps.cic.gc.ca/signin?lang=fr',
    },
    link: 'link_irccPortal',
  },
  {
    name: 'visitor, study or work, without a code',
    answers: ['a_apply', 'a_visitStudyWork', 'a_codeNo'],
    ...secureAccount,
  },
  { name: 'applying for permanent residence', answers: ['a_apply', 'a_otherApplication'], ...secureAccount },
  { name: 'an eTA', answers: ['a_apply', 'a_eta'], account: 'o_eta', ...accountsPage },
  {
    name: 'applications seem gone',
    answers: ['a_lost'],
    account: 'o_secureLost',
    href: CANADA.account,
    link: 'link_secureAccount',
  },
];

/** What has keyboard focus: its role-ish tag and its text. */
const focused = (popup: Page) =>
  popup.evaluate(() => {
    const element = document.activeElement;
    return { tag: element?.tagName.toLowerCase(), text: element?.textContent ?? '' };
  });

/**
 * The popup, brought to the front: openPopup leaves it in a background tab (so that it reads the tab
 * under it), where the browser holds animation frames back and every click waits for them. The guide
 * does not depend on the tab under it.
 */
async function popupInFront(session: Session): Promise<Page> {
  const popup = await openPopup(session);
  await popup.bringToFront();
  return popup;
}

async function openGuide(session: Session, lang: Lang): Promise<Page> {
  const popup = await popupInFront(session);
  const toggle = popup.getByRole('button', { name: TEXT[lang].guideTitle, exact: true });
  expect(await toggle.getAttribute('aria-expanded')).toBe('false');
  await toggle.click();
  expect(await toggle.getAttribute('aria-expanded')).toBe('true');
  await popup.getByRole('heading', { name: TEXT[lang].q_start, level: 3 }).waitFor();
  return popup;
}

for (const [lang, tag] of [
  ['en', 'en-CA'],
  ['fr', 'fr-CA'],
] as const) {
  const t = TEXT[lang];

  describe(`the account guide in ${lang === 'en' ? 'English' : 'French'}`, () => {
    let session: Session;
    beforeAll(async () => {
      session = await startSession({ lang: tag });
    });
    afterAll(async () => session?.close());

    it(`reaches the right official link in ${SITUATIONS.length} situations`, async () => {
      const popup = await openGuide(session, lang);
      expect(await popup.locator('html').getAttribute('lang')).toBe(lang);
      for (const situation of SITUATIONS) {
        for (const answer of situation.answers) {
          await popup.getByRole('button', { name: t[answer], exact: true }).click();
        }
        const heading = popup.getByRole('heading', { name: t[situation.account], level: 3 });
        await heading.waitFor();
        await expect
          .poll(() => focused(popup), { message: situation.name })
          .toEqual({ tag: 'h3', text: t[situation.account] });

        const name = t[typeof situation.link === 'string' ? situation.link : situation.link[lang]];
        const links = popup.getByRole('link');
        expect(await links.count(), situation.name).toBe(1);
        const link = popup.getByRole('link', { name, exact: true });
        // The name Chromium gives a screen reader, too (the "new tab" hint is its description).
        expect(await findAxNode(popup, (n) => n.role === 'link' && n.name === name), situation.name).toBeDefined();
        expect(await link.getAttribute('href'), situation.name).toBe(situation.href[lang]);
        expect(await link.getAttribute('target')).toBe('_blank');
        expect(await link.getAttribute('rel')).toBe('noopener noreferrer');
        expect(new URL(situation.href[lang]).hostname).toMatch(/^www\.canada\.ca$|\.gc\.ca$/);
        // The answer says how that account signs in.
        await popup.getByText(t.signInLabel, { exact: true }).waitFor();

        await popup.getByRole('button', { name: t.startOver, exact: true }).click();
        await popup.getByRole('heading', { name: t.q_start, level: 3 }).waitFor();
      }
    });

    it('can be walked by keyboard alone; focus moves to each new step, and Back returns', async () => {
      const popup = await popupInFront(session);
      await popup.getByRole('button', { name: t.guideTitle, exact: true }).focus();
      await popup.keyboard.press('Enter');
      await popup.keyboard.press('Tab'); // the first answer
      await expect.poll(() => focused(popup)).toEqual({ tag: 'button', text: t.a_apply });
      await popup.keyboard.press('Enter');
      await expect.poll(() => focused(popup)).toEqual({ tag: 'h3', text: t.q_apply });
      for (let i = 0; i < 3; i++) await popup.keyboard.press('Tab');
      await expect.poll(() => focused(popup)).toEqual({ tag: 'button', text: t.a_eta });
      await popup.keyboard.press('Space');
      await expect.poll(() => focused(popup)).toEqual({ tag: 'h3', text: t.o_eta });
      await popup.keyboard.press('Tab');
      await expect.poll(() => focused(popup)).toEqual({ tag: 'a', text: t.link_accounts });
      expect(await popup.evaluate(() => document.activeElement?.getAttribute('href'))).toBe(CANADA.accounts[lang]);
      const announced = await focusedAxNode(popup);
      expect([announced?.role, announced?.name]).toEqual(['link', t.link_accounts]);
      await popup.keyboard.press('Tab');
      await expect.poll(() => focused(popup)).toEqual({ tag: 'button', text: t.back });
      await popup.keyboard.press('Enter');
      await expect.poll(() => focused(popup)).toEqual({ tag: 'h3', text: t.q_apply });
    });

    it('opens the official page in a new tab, leaving the popup as it was', async () => {
      const popup = await openGuide(session, lang);
      await popup.getByRole('button', { name: t.a_follow, exact: true }).click();
      await popup.getByRole('button', { name: t.a_messages, exact: true }).click();
      const opened = session.browser.context.waitForEvent('page');
      await popup.getByRole('link', { name: t.link_secureAccount, exact: true }).click();
      const page = await opened;
      expect(page.url()).toBe(CANADA.account[lang]);
      expect(popup.url()).toMatch(/\/popup\.html$/);
      await page.close();
    });

    it('has no accessibility violations (axe-core) on a question and on an answer, light and dark', async () => {
      const popup = await openGuide(session, lang);
      await popup.evaluate(AXE_SOURCE);
      const violations = () =>
        popup.evaluate(async () => {
          const axe = (window as unknown as { axe: AxeLike }).axe;
          const result = await axe.run('.guide');
          return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
        });
      expect(await violations()).toEqual([]);
      await popup.getByRole('button', { name: t.a_approved, exact: true }).click();
      await popup.getByRole('button', { name: t.a_invitedYes, exact: true }).click();
      await popup.getByRole('heading', { name: t.o_prPortal, level: 3 }).waitFor();
      expect(await violations()).toEqual([]);
      await popup.emulateMedia({ colorScheme: 'dark' });
      expect(await violations()).toEqual([]);
    });

    it('keeps the popup’s controls: one radio group (the sign-in method), and no combobox for GCKey', async () => {
      const popup = await openGuide(session, lang);
      await popup.getByRole('button', { name: t.a_apply, exact: true }).click();
      expect(await popup.getByRole('radiogroup').count()).toBe(1);
      expect(await popup.getByRole('radio').count()).toBe(2);
      await popup.getByRole('radio', { name: lang === 'en' ? 'GCKey' : 'CléGC', exact: true }).check();
      expect(await popup.getByRole('combobox').count()).toBe(0);
    });
  });
}
