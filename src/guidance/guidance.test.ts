import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
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
import { moreContent, readMore } from './more';
import { moreEn } from '../i18n/more-en';
import { moreFr } from '../i18n/more-fr';
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
  fromIrcc: true,
  now: NOW,
  ...more,
});
const PROFILES = [profile(null), profile('gckey'), profile('sign-in-partner'), profile('sign-in-partner', 'tangerine')];
const text = (lang: Lang, match: PageMatch, who: Profile, more: Partial<BannerContext> = {}) => {
  const content = bannerContent(match, lang, ctx(who, more));
  return [content.title, content.line, content.forIrcc, ...content.answers.map((a) => a.label)].join(' ');
};
const at = (service: string, page: string) => ({ service, page, lang: undefined }) as PageMatch;
const words = (s: string) => s.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

describe('the guidance', () => {
  it('has English and French with exactly the same keys, and no empty text', () => {
    expect(Object.keys(fr).sort()).toEqual(Object.keys(en).sort());
    expect(Object.keys(uiFr).sort()).toEqual(Object.keys(uiEn).sort());
    expect(Object.keys(moreFr).sort()).toEqual(Object.keys(moreEn).sort());
    for (const [english, french] of [
      [en, fr],
      [moreEn, moreFr],
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
    const guidanceKeys = [...Object.keys(en), ...Object.keys(moreEn), ...Object.keys(guardsEn)].filter((key) =>
      key.startsWith('g_'),
    );
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
          for (const fromIrcc of [true, false]) {
            const content = bannerContent(match, lang, ctx(who, { fromIrcc }));
            const more = moreContent(content.page, lang)!;
            for (const part of [content.title, content.line, more.purpose, more.not, more.step]) {
              expect(part, `${match.service}/${match.page}`).toMatch(/\S/);
            }
            expect(content.lang).toBe(lang);
            expect(readMore(JSON.parse(JSON.stringify(more)))).toEqual(more);
            for (const link of [more.link, content.back])
              if (link) expect(link.href).toMatch(/^https:\/\/www\.canada\.ca\//);
          }
        }
      }
    }
  });

  it('keeps every headline short: about a dozen words in English, at most 16 in French', () => {
    for (const [key, value] of Object.entries(en)) {
      if (!/^g_(h[A-Z]|questionPrompt|seen)/.test(key)) continue;
      expect(words(value as string), key).toBeLessThanOrEqual(16);
      expect(words(fr[key as keyof typeof fr] as string), key).toBeLessThanOrEqual(18);
    }
  });

  it('speaks French on French pages, with the government’s terms', () => {
    const gckeyPage = text('fr', at('gckey', 'sign-in'), profile('sign-in-partner', 'rbc'));
    expect(gckeyPage).toContain('CléGC');
    expect(gckeyPage).not.toMatch(/\b(the|your|sign in)\b/i);
    expect(bannerContent(at('pr-portal', 'sign-in'), 'fr', ctx(profile(null))).title).toContain(
      'Portail de résidence permanente',
    );
    expect(bannerContent(at('pr-portal', 'sign-in'), 'en', ctx(profile(null))).title).toContain(
      'Permanent Residence Portal',
    );
  });

  it('never puts a name or a bank in a sentence: they go beside it, drawn apart', () => {
    const maria = profile('sign-in-partner', 'tangerine', { label: 'Maria' });
    for (const lang of ['en', 'fr'] as const) {
      for (const match of ALL_PAGES) {
        const content = bannerContent(match, lang, ctx(maria, { profileCount: 2 }));
        expect(JSON.stringify({ ...content, who: undefined }), `${match.service}/${match.page}`).not.toMatch(
          /Maria|Tangerine/,
        );
      }
    }
    const gckey = bannerContent(at('gckey', 'sign-in'), 'en', ctx(maria, { profileCount: 2 }));
    expect(gckey.who).toEqual({ name: 'Maria', bank: 'Tangerine' });
  });
});

describe('told, seen, unknown', () => {
  it('on the GCKey page from IRCC, a told Sign-In Partner user is warned, with the way back', () => {
    const content = bannerContent(at('gckey', 'sign-in'), 'en', ctx(profile('sign-in-partner', 'tangerine')));
    expect(content.tone).toBe('warning');
    expect(content.line).toBe('You made your IRCC account through your bank: a GCKey opens a new, empty one.');
    expect(content.who).toEqual({ name: undefined, bank: 'Tangerine' });
    expect(content.back?.href).toBe(
      'https://www.canada.ca/en/immigration-refugees-citizenship/services/application/account.html',
    );
    expect(content.answers.map((a) => a.label)).toEqual(['Change']);
  });

  it('a method only seen is a question, never a statement or a warning', () => {
    const seen = profile(null, null, { lastUsed: { method: 'gckey', partner: null, at: NOW - 1000 } });
    for (const page of [
      at('gckey', 'sign-in'),
      at('sign-in-partner', 'choose-partner'),
      at('secure-account', 'choose-sign-in'),
    ]) {
      const content = bannerContent(page, 'en', ctx(seen));
      expect(content.tone, page.page).toBe('note');
      expect(content.line).toBe('Last time in this browser: GCKey. Is that how you made your account?');
      expect(content.answers.map((a) => a.answer)).toEqual(['yes', 'no', 'forgot']);
    }
    // On the sign-up page, what was seen asserts nothing either.
    expect(bannerContent(at('gckey', 'sign-up'), 'en', ctx(seen)).tone).toBe('note');
  });

  it('on the sign-up page from IRCC, anyone who told us their method is stopped', () => {
    for (const who of PROFILES.slice(1)) {
      const content = bannerContent(at('gckey', 'sign-up'), 'en', ctx(who));
      expect(content.tone).toBe('warning');
      expect(content.line).toContain('Stop');
    }
  });

  it('on the secure-account chooser, says which button is theirs without quoting a label', () => {
    expect(text('en', at('secure-account', 'choose-sign-in'), profile('gckey'))).toContain('Yours is the GCKey button');
    expect(text('fr', at('secure-account', 'choose-sign-in'), profile('sign-in-partner', 'desjardins'))).toContain(
      'bouton Partenaire de connexion',
    );
    expect(text('en', at('secure-account', 'choose-sign-in'), profile('gckey'))).not.toMatch(/Continue to/);
  });

  it('with nothing told, asks which they used, with “I don’t remember” and its safe advice', () => {
    const chooser = at('secure-account', 'choose-sign-in');
    const content = bannerContent(chooser, 'en', ctx(profile(null)));
    expect(content.line).toBe('When you made your account, which did you use?');
    expect(content.answers.map((a) => a.label)).toEqual([
      'GCKey',
      'Sign-In Partner',
      'I don’t remember',
      'No account yet',
    ]);
    expect(content.note).toBeUndefined();
    expect(bannerContent(chooser, 'en', ctx(profile(null), { answered: 'forgot' })).note).toContain(
      'register a new profile, stop there',
    );
    expect(bannerContent(chooser, 'en', ctx(profile(null), { answered: 'none' })).note).toContain(
      'pick one now and always use that same one',
    );
  });

  it('every answer can be changed in place: “Change” and “No” bring the question back', () => {
    const chooser = at('secure-account', 'choose-sign-in');
    expect(
      bannerContent(chooser, 'en', ctx(profile('gckey'), { answered: 'change' })).answers.map((a) => a.answer),
    ).toEqual(['gckey', 'sign-in-partner', 'forgot', 'none']);
    const seen = profile(null, null, { lastUsed: { method: 'sign-in-partner', partner: null, at: NOW } });
    expect(bannerContent(chooser, 'en', ctx(seen, { answered: 'no' })).line).toBe(
      'When you made your account, which did you use?',
    );
  });
});

describe('the right audience on shared pages', () => {
  it('GCKey and the bank list not reached from IRCC say what they are for anyone, plus one line for IRCC users', () => {
    const told = profile('sign-in-partner', 'tangerine');
    for (const page of [at('gckey', 'sign-in'), at('gckey', 'sign-up'), at('sign-in-partner', 'choose-partner')]) {
      const content = bannerContent(page, 'en', ctx(told, { fromIrcc: false }));
      expect(content.tone, page.page).toBe('note');
      expect(content.line).toMatch(/government service/);
      expect(content.forIrcc).toMatch(/^For IRCC/);
      expect(content.who).toBeUndefined();
    }
  });

  it('the representatives’ side of the PR Portal: they sign up themselves, no invitation to wait for', () => {
    const content = bannerContent(at('pr-portal', 'representative'), 'en', ctx(profile(null)));
    expect(content.line).toBe('Representatives sign up here for their own account: no invitation needed.');
    expect(JSON.stringify(content)).not.toMatch(/cannot register|invitation email/);
  });
});

describe('"is this an empty account?" on the secure account’s home', () => {
  const home = at('secure-account', 'home');
  it('after a recent sign-in another way than told: may be a new, empty account', () => {
    const who = profile('gckey', null, { lastUsed: { method: 'sign-in-partner', partner: null, at: NOW - 60_000 } });
    const content = bannerContent(home, 'en', ctx(who));
    expect(content.tone).toBe('warning');
    expect(content.line).toContain('this may be a new, empty account');
    expect(moreContent(content.page, 'en')!.tips.join(' ')).toContain('not a fix for an account made by mistake');
  });

  it('after another bank than theirs, too; right after a new GCKey', () => {
    const who = profile('sign-in-partner', 'td', {
      lastUsed: { method: 'sign-in-partner', partner: 'bmo', at: NOW - 60_000 },
    });
    expect(bannerContent(home, 'en', ctx(who)).tone).toBe('warning');
    expect(bannerContent(home, 'en', ctx(profile('gckey', null, { newGckeyAt: NOW - 60_000 }))).line).toContain(
      'You just made a new GCKey',
    );
  });

  it('not when the sign-in matched, nor long after, nor to someone who only looks at their applications', () => {
    const matched = profile('gckey', null, { lastUsed: { method: 'gckey', partner: null, at: NOW - 60_000 } });
    expect(bannerContent(home, 'en', ctx(matched)).tone).toBe('note');
    const old = profile('gckey', null, {
      lastUsed: { method: 'sign-in-partner', partner: null, at: NOW - 2 * 86_400_000 },
    });
    expect(bannerContent(home, 'en', ctx(old)).tone).toBe('note');
    expect(bannerContent(home, 'en', ctx(profile(null))).line).toBe(
      'Your applications, documents and IRCC’s messages are here.',
    );
  });
});

describe('the reserve', () => {
  it('holds every headline the page could show, the person’s own included', () => {
    const people = [
      ...PROFILES,
      profile(null, null, { lastUsed: { method: 'gckey', partner: null, at: NOW } }),
      profile('gckey', null, { newGckeyAt: NOW }),
      profile('sign-in-partner', 'td', { label: 'Maria', lastUsed: { method: 'gckey', partner: null, at: NOW } }),
    ];
    for (const lang of ['en', 'fr'] as const) {
      for (const match of ALL_PAGES) {
        const reserve = possibleContents(match, lang);
        for (const who of people) {
          for (const fromIrcc of [true, false]) {
            const own = bannerContent(match, lang, ctx(who, { fromIrcc, profileCount: 2 }));
            const found = reserve.some(
              (candidate) =>
                candidate.line === own.line &&
                candidate.forIrcc === own.forIrcc &&
                candidate.answers.length === own.answers.length &&
                !!candidate.back === !!own.back &&
                (!own.who || !!candidate.who),
            );
            expect(found, `${match.service}/${match.page} ${lang}`).toBe(true);
          }
        }
      }
    }
  });
});
