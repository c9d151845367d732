import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MESSAGES } from '../i18n';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { guardsEn } from '../i18n/guards-en';
import { guardsFr } from '../i18n/guards-fr';
import { uiEn } from '../i18n/ui-en';
import { uiFr } from '../i18n/ui-fr';
import { SERVICES } from '../pages';
import type { Lang, PageMatch } from '../pages/types';
import type { Profile } from '../settings/schema';
import { bannerContent, type BannerContext, possibleContents } from './content';
import { FACTS, GUIDANCE_FACTS, UI_MESSAGE_FACTS } from './facts';

const ALL_PAGES: PageMatch[] = SERVICES.flatMap((service) =>
  service.pages.map((rule) => ({ service: service.id, page: rule.page, lang: undefined })),
);
const NOW = Date.UTC(2026, 10, 25, 15);
const profile = (
  method: Profile['method'],
  partner: Profile['partner'] = null,
  more: Partial<Profile> = {},
): Profile => ({
  id: 'me',
  label: '',
  method,
  partner,
  lastUsed: null,
  newGckeyAt: null,
  ...more,
});
const ctx = (who: Profile, more: Partial<BannerContext> = {}): BannerContext => ({
  profile: who,
  profileCount: 1,
  now: NOW,
  ...more,
});
const PROFILES = [profile(null), profile('gckey'), profile('sign-in-partner'), profile('sign-in-partner', 'tangerine')];
const text = (lang: Lang, match: PageMatch, who: Profile) => {
  const content = bannerContent(match, lang, ctx(who));
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
      [guardsEn, guardsFr],
    ] as [Record<string, unknown>, Record<string, unknown>][]) {
      for (const [key, value] of Object.entries(english)) {
        expect(typeof french[key], key).toBe(typeof value);
        for (const message of [value, french[key]]) {
          const shown =
            typeof message === 'function'
              ? (message as (...args: string[]) => string)('Tangerine', 'BMO', 'x')
              : message;
          expect(String(shown).trim(), key).not.toBe('');
        }
      }
    }
  });

  it('rests every guidance sentence on at least one fact that exists', () => {
    const guidanceKeys = [...Object.keys(en), ...Object.keys(guardsEn)].filter((key) => key.startsWith('g_'));
    expect(Object.keys(GUIDANCE_FACTS).sort()).toEqual(guidanceKeys.sort());
    for (const [key, facts] of Object.entries(GUIDANCE_FACTS)) {
      expect(facts.length, `${key} rests on no fact`).toBeGreaterThan(0);
      for (const fact of facts) expect(FACTS, `${key} cites ${fact}`).toHaveProperty(fact);
    }
  });

  it('sorts every popup message into a statement about IRCC (with facts that exist) or words about the extension', () => {
    expect(Object.keys(UI_MESSAGE_FACTS).sort()).toEqual(Object.keys(uiEn).sort());
    for (const [key, facts] of Object.entries(UI_MESSAGE_FACTS)) {
      if (facts === 'about-the-extension') continue;
      expect(facts.length, key).toBeGreaterThan(0);
      for (const fact of facts) expect(FACTS, `${key} cites ${fact}`).toHaveProperty(fact);
    }
  });

  it('cites only facts that docs/facts.md lists, wherever the code cites one', () => {
    const root = resolve(import.meta.dirname, '../..');
    const listed = new Set(
      [...readFileSync(resolve(root, 'docs/facts.md'), 'utf8').matchAll(/^\| (F\d+) \|/gm)].map((row) => row[1]),
    );
    // F1..F29 at the time of writing: a file that lost its table would make the check below vacuous.
    expect(listed.size).toBeGreaterThanOrEqual(29);
    for (const id of Object.keys(FACTS)) expect(listed.has(id), `src/guidance/facts.ts lists ${id}`).toBe(true);
    // Every citation in the code and its comments (src/guide/tree.ts, the catalogue's notes…) too.
    const sources = ['src', 'entrypoints'].flatMap((dir) =>
      readdirSync(resolve(root, dir), { recursive: true, encoding: 'utf8' })
        .filter((file) => /\.tsx?$/.test(file))
        .map((file) => `${dir}/${file}`),
    );
    const citing = new Set<string>();
    const unknown: string[] = [];
    for (const file of sources) {
      for (const [id] of readFileSync(resolve(root, file), 'utf8').matchAll(/\bF\d{1,3}\b/g)) {
        citing.add(file);
        if (!listed.has(id)) unknown.push(`${file} cites ${id}`);
      }
    }
    expect(citing.size, 'files citing facts were found').toBeGreaterThan(3);
    expect(unknown).toEqual([]);
  });

  it('says something complete on every page kind, in both languages, for every kind of person', () => {
    for (const lang of ['en', 'fr'] as const) {
      for (const match of ALL_PAGES) {
        for (const who of PROFILES) {
          const content = bannerContent(match, lang, ctx(who));
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
    const content = bannerContent(at('gckey', 'sign-in'), 'en', ctx(profile('sign-in-partner', 'tangerine')));
    expect(content.personal?.tone).toBe('warning');
    expect(content.personal?.lines.join(' ')).toBe(
      'You sign in with Tangerine through Sign-In Partner. A GCKey opens a different, empty account.',
    );
    expect(content.link?.href).toBe(
      'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/account.html',
    );
  });

  it('on the bank chooser, a GCKey user is told the reverse; a Sign-In Partner user is pointed to their bank', () => {
    expect(bannerContent(at('sign-in-partner', 'choose-partner'), 'en', ctx(profile('gckey'))).personal).toMatchObject({
      tone: 'warning',
      lines: ['You sign in with GCKey.', 'Signing in through a bank opens a different, empty account.'],
    });
    expect(text('en', at('sign-in-partner', 'choose-partner'), profile('sign-in-partner', 'td'))).toContain(
      'Choose TD',
    );
  });

  it('on the GCKey sign-up page, anyone with a method remembered gets a strong warning', () => {
    for (const who of PROFILES.slice(1)) {
      const content = bannerContent(at('gckey', 'sign-up'), 'en', ctx(who));
      expect(content.personal?.tone).toBe('warning');
      expect(content.personal?.lines.join(' ')).toContain('new, empty IRCC account');
    }
  });

  it('on the secure-account chooser, says which button is theirs', () => {
    expect(text('en', at('secure-account', 'choose-sign-in'), profile('gckey'))).toContain(
      'Your button is the GCKey one',
    );
    expect(text('fr', at('secure-account', 'choose-sign-in'), profile('sign-in-partner', 'desjardins'))).toContain(
      'Votre bouton est celui du Partenaire de connexion',
    );
  });

  it('with nothing remembered, invites them to set it, on the pages where it matters only', () => {
    for (const page of [at('gckey', 'sign-in'), at('sign-in-partner', 'choose-partner'), at('gckey', 'sign-up')]) {
      expect(bannerContent(page, 'en', ctx(profile(null))).personal?.lines).toEqual([MESSAGES.en.g_inviteToRemember]);
    }
    expect(bannerContent(at('pr-portal', 'sign-in'), 'en', ctx(profile(null))).personal).toBeUndefined();
  });

  it('on the secure-account chooser, with nothing remembered, asks which they used, with a way out', () => {
    const content = bannerContent(at('secure-account', 'choose-sign-in'), 'en', ctx(profile(null)));
    expect(content.question?.prompt).toBe('When you created your account, which did you use?');
    expect(content.question?.answers.map((a) => a.label)).toEqual([
      'GCKey',
      'Sign-In Partner',
      'I don’t have an account yet',
    ]);
    expect(content.question?.note).toBeUndefined();
    const after = bannerContent(
      at('secure-account', 'choose-sign-in'),
      'en',
      ctx(profile(null), { noAccountYet: true }),
    );
    expect(after.question?.note).toContain('pick one now and always use that same one');
    expect(bannerContent(at('secure-account', 'choose-sign-in'), 'en', ctx(profile('gckey'))).question).toBeUndefined();
  });

  it('what they last did counts when nothing is remembered: the sign-up page warns after any recorded sign-in', () => {
    const used = profile(null, null, { lastUsed: { method: 'sign-in-partner', partner: 'rbc', at: NOW - 1000 } });
    const content = bannerContent(at('gckey', 'sign-up'), 'en', ctx(used));
    expect(content.personal?.tone).toBe('warning');
    expect(content.personal?.lines.join(' ')).toContain('new, empty IRCC account');
  });
});

describe('several people in one browser', () => {
  it('names whose sign-in it is, with their own method and bank', () => {
    const maria = profile('sign-in-partner', 'rbc', { label: 'Maria' });
    const content = bannerContent(at('gckey', 'sign-in'), 'en', ctx(maria, { profileCount: 2 }));
    expect(content.personal?.lines[0]).toBe('Signing in for Maria? Maria uses RBC Royal Bank through Sign-In Partner.');
    const fr = bannerContent(at('secure-account', 'choose-sign-in'), 'fr', ctx(maria, { profileCount: 2 }));
    expect(fr.personal?.lines.join(' ')).toContain('Maria utilise RBC Banque Royale (Partenaire de connexion).');
  });

  it('does not name a lone profile, or the unnamed first one', () => {
    const me = profile('gckey');
    expect(bannerContent(at('gckey', 'sign-in'), 'en', ctx(me, { profileCount: 3 })).personal?.lines[0]).toBe(
      'You sign in with GCKey.',
    );
    expect(bannerContent(at('gckey', 'sign-in'), 'en', ctx({ ...me, label: 'Maria' })).personal?.lines[0]).toBe(
      'You sign in with GCKey.',
    );
  });
});

describe('"is this an empty account?" on the secure account’s home', () => {
  const home = at('secure-account', 'home');
  it('after a recent sign-in the other way: sign out, sign in with theirs, and how linking works', () => {
    const who = profile('gckey', null, { lastUsed: { method: 'sign-in-partner', partner: null, at: NOW - 60_000 } });
    const content = bannerContent(home, 'en', ctx(who));
    expect(content.personal?.tone).toBe('warning');
    expect(content.personal?.lines.join(' ')).toContain(
      'you may be in a new, empty account: sign out and sign in with GCKey.',
    );
    expect(content.next).toContain('5 tries, then locked for 24 hours');
  });

  it('after another bank than theirs, too', () => {
    const who = profile('sign-in-partner', 'td', {
      lastUsed: { method: 'sign-in-partner', partner: 'bmo', at: NOW - 60_000 },
    });
    expect(bannerContent(home, 'en', ctx(who)).personal?.lines.join(' ')).toContain(
      'sign in with TD through Sign-In Partner',
    );
  });

  it('right after a new GCKey', () => {
    const who = profile('gckey', null, { newGckeyAt: NOW - 60_000 });
    expect(bannerContent(home, 'en', ctx(who)).personal?.lines.join(' ')).toContain('You just made a new GCKey.');
  });

  it('not when the sign-in matched, nor long after', () => {
    const matched = profile('gckey', null, { lastUsed: { method: 'gckey', partner: null, at: NOW - 60_000 } });
    expect(bannerContent(home, 'en', ctx(matched)).personal?.tone).toBe('note');
    const old = profile('gckey', null, {
      lastUsed: { method: 'sign-in-partner', partner: null, at: NOW - 2 * 86_400_000 },
    });
    expect(bannerContent(home, 'en', ctx(old)).personal?.tone).toBe('note');
  });
});

describe('the reserve', () => {
  it('holds every text the page could show, the person’s own included', () => {
    for (const match of ALL_PAGES) {
      const reserve = possibleContents(match, 'en', NOW).map((c) => JSON.stringify(c));
      for (const who of PROFILES) {
        const own = bannerContent(match, 'en', ctx(who));
        const sameShape = reserve.some((candidate) => {
          const parsed = JSON.parse(candidate) as typeof own;
          return parsed.title === own.title && parsed.next === own.next && !!parsed.personal === !!own.personal;
        });
        expect(sameShape, `${match.service}/${match.page}`).toBe(true);
      }
    }
  });
});
