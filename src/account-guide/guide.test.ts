import { describe, expect, it } from 'vitest';
import { FACTS } from '../guidance/facts';
import { guideEn } from '../i18n/guide-en';
import { guideFr } from '../i18n/guide-fr';
import { detectPage } from '../pages';
import { GUIDE_LINKS, type GuideLinkId, outcomeLink } from './links';
import { OUTCOMES, QUESTIONS, START, step, type OutcomeId, type StepId } from './tree';

const LANGS = ['en', 'fr'] as const;
const allSteps = (): StepId[] => [...Object.keys(QUESTIONS), ...Object.keys(OUTCOMES)] as StepId[];

/** Every path from the start to an outcome, as the answers' keys. */
function paths(
  from: StepId = START,
  taken: string[] = [],
  seen: StepId[] = [],
): { to: OutcomeId; answers: string[] }[] {
  const shown = step(from);
  if (shown.kind === 'outcome') return [{ to: from as OutcomeId, answers: taken }];
  expect(seen, `a loop through ${from}`).not.toContain(from);
  return shown.answers.flatMap((answer) => paths(answer.next, [...taken, answer.label], [...seen, from]));
}

/** Official IRCC addresses only: https, no port or user-info, on canada.ca or a gc.ca host. */
function isOfficial(href: string): boolean {
  const url = new URL(href);
  return (
    url.protocol === 'https:' &&
    url.port === '' &&
    url.username === '' &&
    url.password === '' &&
    (url.hostname === 'www.canada.ca' || url.hostname.endsWith('.gc.ca'))
  );
}

describe('the "Which account do I need?" guide', () => {
  it('has English and French with exactly the same keys, and no empty text', () => {
    expect(Object.keys(guideFr).sort()).toEqual(Object.keys(guideEn).sort());
    for (const messages of [guideEn, guideFr]) {
      for (const [key, text] of Object.entries(messages)) expect(text.trim(), key).not.toBe('');
    }
  });

  it('writes French the Canadian way: U+00A0 before a colon and inside « », no space before ? ! ;', () => {
    for (const [key, text] of Object.entries(guideFr)) {
      expect(text, key).not.toMatch(/[^\u00a0]:/);
      expect(text, key).not.toMatch(/«[^\u00a0]|[^\u00a0]»/);
      expect(text, key).not.toMatch(/\s[?!;]/);
      expect(text, key).not.toMatch(/'/); // typographic apostrophe only
    }
    for (const [key, text] of Object.entries(guideEn)) expect(text, key).not.toMatch(/\s[?!;:]/);
  });

  it('uses the government’s French terms', () => {
    const french = Object.values(guideFr).join('\n');
    for (const term of ['compte sécurisé d’IRCC', 'CléGC', 'Partenaire de connexion', 'Portail d’IRCC', 'IUC', 'AVE']) {
      expect(french).toContain(term);
    }
    expect(french).toContain('Portail de résidence permanente');
    expect(french).not.toMatch(/GCKey|Sign-In Partner/);
  });

  it('rests every question, answer and outcome on facts that exist', () => {
    const cite = (where: string, facts: readonly string[]) => {
      expect(facts.length, `${where} rests on no fact`).toBeGreaterThan(0);
      for (const fact of facts) expect(FACTS, `${where} cites ${fact}`).toHaveProperty(fact);
    };
    for (const [id, question] of Object.entries(QUESTIONS)) {
      cite(id, question.facts);
      for (const answer of question.answers) cite(`${id} → ${answer.label}`, answer.facts);
    }
    for (const [id, outcome] of Object.entries(OUTCOMES)) cite(id, outcome.facts);
  });

  it('shows only words that exist, and uses every word it has', () => {
    const used = new Set<string>([
      'guideTitle',
      'guideIntro',
      'back',
      'startOver',
      'signInLabel',
      'opensNewTab',
      'checkAddress',
    ]);
    for (const question of Object.values(QUESTIONS)) {
      used.add(question.title);
      for (const answer of question.answers) used.add(answer.label);
    }
    for (const outcome of Object.values(OUTCOMES)) {
      for (const key of [outcome.title, outcome.signIn, outcome.note]) if (key) used.add(key);
      for (const lang of LANGS) used.add(outcomeLink(outcome.link, lang).label);
    }
    for (const id of Object.keys(GUIDE_LINKS)) used.add(`link_${id}`); // named even where French falls back
    expect([...used].sort()).toEqual(Object.keys(guideEn).sort());
  });

  it('has no dead ends: every step is reached, and every answer leads to an outcome without a loop', () => {
    const all = paths();
    const reached = new Set<StepId>([START]);
    for (const question of Object.values(QUESTIONS)) for (const answer of question.answers) reached.add(answer.next);
    expect([...reached].sort()).toEqual(allSteps().sort());
    for (const question of Object.values(QUESTIONS)) {
      expect(question.answers.length).toBeGreaterThanOrEqual(2);
      expect(new Set(question.answers.map((a) => a.next)).size).toBe(question.answers.length);
    }
    // A few questions at most, and at least eight different answers.
    for (const path of all) expect(path.answers.length).toBeLessThanOrEqual(3);
    expect(new Set(all.map((path) => path.to)).size).toBeGreaterThanOrEqual(8);
    expect(new Set(all.map((path) => path.to))).toEqual(new Set(Object.keys(OUTCOMES)));
  });

  it('ends every outcome on an official https link, on canada.ca or a gc.ca host, in both languages', () => {
    for (const [id, hrefs] of Object.entries(GUIDE_LINKS) as [GuideLinkId, Partial<Record<'en' | 'fr', string>>][]) {
      for (const href of Object.values(hrefs)) expect(isOfficial(href), `${id}: ${href}`).toBe(true);
    }
    for (const [id, outcome] of Object.entries(OUTCOMES)) {
      for (const lang of LANGS) {
        const { href } = outcomeLink(outcome.link, lang);
        expect(isOfficial(href), `${id} (${lang}): ${href}`).toBe(true);
        if (href.startsWith('https://www.canada.ca/')) {
          expect(href).toMatch(lang === 'fr' ? /^https:\/\/www\.canada\.ca\/fr\// : /^https:\/\/www\.canada\.ca\/en\//);
        }
      }
    }
  });

  it('links each account to its own sign-in page as the extension’s catalogue knows it', () => {
    const service: Record<GuideLinkId, string | undefined> = {
      secureAccount: 'secure-account',
      accounts: undefined,
      prPortal: 'pr-portal',
      irccPortal: 'ircc-portal',
      statusTracker: 'status-tracker',
      citizenshipApply: 'citizenship',
      citizenshipTracker: 'citizenship',
      prTracker: 'pr-tracker',
    };
    for (const [id, hrefs] of Object.entries(GUIDE_LINKS) as [GuideLinkId, Partial<Record<'en' | 'fr', string>>][]) {
      for (const [lang, href] of Object.entries(hrefs)) {
        const match = detectPage(href);
        expect(match?.service, `${id} (${lang}): ${href}`).toBe(service[id]);
        if (match?.lang) expect(match.lang, href).toBe(lang);
      }
    }
  });

  it('falls back to the canada.ca accounts page where a portal’s French address is not known', () => {
    expect(outcomeLink('prPortal', 'en')).toEqual({
      href: 'https://prson-srpel.apps.cic.gc.ca/en/login',
      label: 'link_prPortal',
    });
    expect(outcomeLink('prPortal', 'fr')).toEqual({
      href: 'https://www.canada.ca/fr/immigration-refugies-citoyennete/services/demande/comptes-ircc.html',
      label: 'link_accounts',
    });
  });

  it('sends the people the facts name to the account the facts name', () => {
    const outcomeOf = (...answers: string[]) => paths().find((p) => p.answers.join() === answers.join())?.to;
    expect(outcomeOf('a_follow', 'a_messages')).toBe('secureAccount'); // F11: waiting → secure account
    expect(outcomeOf('a_approved', 'a_invitedYes')).toBe('prPortal'); // F11: approved and invited → PR Portal
    expect(outcomeOf('a_approved', 'a_invitedNo')).toBe('prWait'); // F6: no registering on your own
    expect(outcomeOf('a_apply', 'a_eta')).toBe('eta'); // F19
    expect(outcomeOf('a_apply', 'a_visitStudyWork', 'a_codeYes')).toBe('irccPortal'); // F18
    expect(outcomeOf('a_follow', 'a_status', 'a_statusOther')).toBe('statusTracker');
    expect(outcomeOf('a_follow', 'a_status', 'a_statusSponsorship')).toBe('prTracker');
    expect(outcomeOf('a_follow', 'a_status', 'a_statusCitizenship')).toBe('citizenshipTracker');
    expect(outcomeOf('a_apply', 'a_citizenship')).toBe('citizenshipApply');
    expect(outcomeOf('a_lost')).toBe('secureLost');
  });
});
