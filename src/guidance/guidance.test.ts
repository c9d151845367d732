import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { uiEn } from '../i18n/ui-en';
import { uiFr } from '../i18n/ui-fr';
import { SERVICES } from '../pages';
import type { Lang, PageMatch } from '../pages/types';
import type { Profile } from '../settings/schema';
import { bannerContent } from './content';
import { FACTS, GUIDANCE_FACTS } from './facts';

const ALL_PAGES: PageMatch[] = SERVICES.flatMap((service) =>
  service.pages.map((rule) => ({ service: service.id, page: rule.page, lang: undefined })),
);
const profile = (method: Profile['method'], partner: Profile['partner'] = null): Profile => ({
  id: 'me',
  label: '',
  method,
  partner,
});
const PROFILES = [profile(null), profile('gckey'), profile('sign-in-partner'), profile('sign-in-partner', 'tangerine')];
const text = (lang: Lang, match: PageMatch, who: Profile) => {
  const content = bannerContent(match, lang, who);
  return [content.title, content.personal?.lines.join(' '), content.purpose, content.not, content.next].join(' ');
};
const at = (service: string, page: string) => ({ service, page, lang: undefined }) as PageMatch;

describe('the guidance', () => {
  it('has English and French with exactly the same keys, and no empty text', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(uiFr).sort()).toEqual(Object.keys(uiEn).sort());
    for (const [english, french] of [
      [en, fr],
      [uiEn, uiFr],
    ] as [Record<string, unknown>, Record<string, unknown>][]) {
      for (const [key, value] of Object.entries(english)) {
        expect(typeof french[key], key).toBe(typeof value);
        for (const message of [value, french[key]]) {
          const shown = typeof message === 'function' ? (message as (bank: string) => string)('Tangerine') : message;
          expect(String(shown).trim(), key).not.toBe('');
        }
      }
    }
  });

  it('rests every guidance sentence on at least one fact that exists', () => {
    const guidanceKeys = Object.keys(en).filter((key) => key.startsWith('g_'));
    expect(Object.keys(GUIDANCE_FACTS).sort()).toEqual(guidanceKeys.sort());
    for (const [key, facts] of Object.entries(GUIDANCE_FACTS)) {
      expect(facts.length, `${key} rests on no fact`).toBeGreaterThan(0);
      for (const fact of facts) expect(FACTS, `${key} cites ${fact}`).toHaveProperty(fact);
    }
  });

  const factsFile = resolve(__dirname, '../../../shared/reference/facts.md');
  it.runIf(existsSync(factsFile))('cites only facts that the shared facts file still lists', () => {
    const listed = new Set(readFileSync(factsFile, 'utf8').match(/^\| (F\d+) \|/gm)?.map((row) => row.slice(2, -2)));
    for (const id of Object.keys(FACTS)) expect(listed.has(id), id).toBe(true);
  });

  it('says something complete on every page kind, in both languages, for every kind of person', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const match of ALL_PAGES) {
        for (const who of PROFILES) {
          const content = bannerContent(match, lang, who);
          for (const part of [content.title, content.purpose, content.not, content.next]) {
            expect(part, `${match.service}/${match.page}`).toMatch(/\S/);
          }
          expect(content.lang).toBe(lang);
          if (content.link) expect(content.link.href).toMatch(/^https:\/\/www\.canada\.ca\//);
        }
      }
    }
  });

  it('speaks French on French pages, with the government’s terms', () => {
    const gckeyPage = text('fr', at('gckey', 'sign-in'), profile('sign-in-partner', 'rbc'));
    expect(gckeyPage).toContain('CléGC');
    expect(gckeyPage).toContain('Partenaire de connexion');
    expect(gckeyPage).toContain('RBC Banque Royale');
    expect(gckeyPage).not.toMatch(/\b(the|your|sign in)\b/i);
  });
});

describe('what the remembered sign-in changes', () => {
  it('on the GCKey sign-in page, a Sign-In Partner user is told their bank and that a GCKey opens an empty account', () => {
    const content = bannerContent(at('gckey', 'sign-in'), 'en', profile('sign-in-partner', 'tangerine'));
    expect(content.personal?.tone).toBe('warning');
    expect(content.personal?.lines.join(' ')).toBe(
      'You sign in with Tangerine through Sign-In Partner. A GCKey opens a different, empty account.',
    );
    expect(content.link?.href).toBe(
      'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/account.html',
    );
  });

  it('on the bank chooser, a GCKey user is told the reverse; a Sign-In Partner user is pointed to their bank', () => {
    expect(bannerContent(at('sign-in-partner', 'choose-partner'), 'en', profile('gckey')).personal).toMatchObject({
      tone: 'warning',
      lines: ['You sign in with GCKey.', 'Signing in through a bank opens a different, empty account.'],
    });
    expect(text('en', at('sign-in-partner', 'choose-partner'), profile('sign-in-partner', 'td'))).toContain('Choose TD');
  });

  it('on the GCKey sign-up page, anyone with a method remembered gets a strong warning', () => {
    for (const who of PROFILES.slice(1)) {
      const content = bannerContent(at('gckey', 'sign-up'), 'en', who);
      expect(content.personal?.tone).toBe('warning');
      expect(content.personal?.lines.join(' ')).toContain('new, empty IRCC account');
    }
  });

  it('on the secure-account chooser, says which button is theirs', () => {
    expect(text('en', at('secure-account', 'choose-sign-in'), profile('gckey'))).toContain('Your button is “Continue to GCKey”');
    expect(text('fr', at('secure-account', 'choose-sign-in'), profile('sign-in-partner', 'desjardins'))).toContain(
      'Continuer vers Partenaire de connexion',
    );
  });

  it('with nothing remembered, invites them to set it, on the pages where it matters only', () => {
    for (const page of [at('gckey', 'sign-in'), at('sign-in-partner', 'choose-partner'), at('secure-account', 'choose-sign-in')]) {
      expect(bannerContent(page, 'en', profile(null)).personal?.lines).toEqual([MESSAGES.en.g_inviteToRemember]);
    }
    expect(bannerContent(at('pr-portal', 'sign-in'), 'en', profile(null)).personal).toBeUndefined();
  });
});
