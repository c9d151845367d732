// The page kinds against each other and against the rest of the extension (in the style of
// refined-github's meta-tests): every kind has words in both languages, its reserve is exactly what
// it can show, and the guards run where the kinds say they act.
import { describe, expect, it } from 'vitest';
import { GUARD_MATCHES } from '../guards/matches';
import { guardsWanted } from '../guards/run';
import { possibleContents, bannerContent } from '../guidance/content';
import { en } from '../i18n/en';
import { fr } from '../i18n/fr';
import { detectPage } from '../pages';
import { EXAMPLES, PAGE_KEYS } from '../pages/catalogue';
import type { PageMatch } from '../pages/types';
import type { Profile } from '../settings/schema';
import { ALL_KNOWN, GUARDED_KINDS, headlinesOf, KINDS, kindFor, SHARED_PAGES } from '.';
import { guideOf, KIND_GUIDES } from './guides';

const matchOf = (key: string) => {
  const [service, page] = key.split('/') as [PageMatch['service'], string];
  return { service, page, lang: undefined } as PageMatch;
};
/** A manifest match pattern as a test of a URL (scheme, host with a leading `*.`, path with `*`). */
const patternMatches = (pattern: string, url: string) => {
  const [, host, path] = /^https:\/\/([^/]+)(\/.*)$/.exec(pattern)!;
  const parsed = new URL(url);
  const hostOk = host!.startsWith('*.') ? parsed.hostname.endsWith(host!.slice(1)) : parsed.hostname === host;
  const pathRe = new RegExp(`^${path!.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  return hostOk && pathRe.test(parsed.pathname + parsed.search);
};

describe('page kinds', () => {
  it('each file is about a page kind the catalogue has, once', () => {
    const keys = KINDS.map((kind) => kind.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(PAGE_KEYS, key).toContain(key);
  });

  it('every guide belongs to a page kind, and every page kind has a whole guide behind “More”', () => {
    const keys = KINDS.map((kind) => kind.key as string);
    for (const key of Object.keys(KIND_GUIDES)) expect(keys, key).toContain(key);
    // A guide written in a kind's file but not listed would never be shown.
    const files = import.meta.glob<Record<string, unknown>>('./*.ts', { eager: true });
    const written = Object.values(files).flatMap((exports) =>
      Object.entries(exports)
        .filter(([name]) => name.endsWith('Guide'))
        .map(([, guide]) => guide),
    );
    expect(written.length).toBeGreaterThan(0);
    for (const guide of written) expect(Object.values(KIND_GUIDES)).toContain(guide);
    for (const key of PAGE_KEYS) {
      const guide = guideOf(matchOf(key));
      for (const part of ['purpose', 'not', 'next'] as const) expect(guide[part], `${key} ${part}`).toMatch(/^g_/);
    }
  });

  it('every page kind has a title in both languages', () => {
    for (const key of PAGE_KEYS) {
      for (const lang of ['en', 'fr'] as const) {
        const title = bannerContent(matchOf(key), lang, {
          profile: { id: 'me', label: '', method: null, partner: null, lastUsed: null, newGckeyAt: null },
          profileCount: 1,
          fromIrcc: true,
          now: 0,
        }).title;
        expect(title, `${key} ${lang}`).toMatch(/\S/);
      }
      const specific = `what_${key}`;
      expect(specific in fr, specific).toBe(specific in en);
    }
  });

  it('the reserve of each kind is exactly the headlines it can show: none missing, none extra', () => {
    for (const key of PAGE_KEYS) {
      const kind = kindFor(matchOf(key));
      const shown = new Set(ALL_KNOWN.map((known) => JSON.stringify(kind.headline(known))));
      const reserved = new Set(headlinesOf(kind).map((headline) => JSON.stringify(headline)));
      expect(reserved, key).toEqual(shown);
      // And the banner lays out one reserved headline for each.
      expect(possibleContents(matchOf(key), 'en').length, key).toBe(reserved.size);
    }
  });

  it('a headline depends on nothing but what `Known` holds: the same person gives the same line', () => {
    const someone: Profile = {
      id: 'me',
      label: 'Zoë',
      method: 'sign-in-partner',
      partner: 'tangerine',
      lastUsed: null,
      newGckeyAt: null,
    };
    for (const key of PAGE_KEYS) {
      const reserve = possibleContents(matchOf(key), 'en').map((content) => content.line);
      for (const fromIrcc of [true, false]) {
        const own = bannerContent(matchOf(key), 'en', { profile: someone, profileCount: 2, fromIrcc, now: 0 });
        expect(reserve, key).toContain(own.line);
      }
    }
  });

  it('the guards act exactly on the kinds that say so, and their matches cover those pages’ examples', () => {
    for (const key of PAGE_KEYS) expect(guardsWanted(matchOf(key)), key).toBe(GUARDED_KINDS.includes(key));
    expect([...GUARDED_KINDS].sort()).toEqual([
      'gckey/sign-up',
      'secure-account/choose-sign-in',
      'secure-account/sign-in-redirect',
      'sign-in-partner/choose-partner',
    ]);
    // The choosers mark the person's way and ask before another; the other two only note what was done.
    expect(KINDS.filter((kind) => kind.guarded === 'marks').map((kind) => kind.key)).toEqual([
      'sign-in-partner/choose-partner',
      'secure-account/choose-sign-in',
    ]);
    for (const key of GUARDED_KINDS) {
      const [service, page] = key.split('/') as [PageMatch['service'], string];
      const examples = EXAMPLES[service].pages[page]?.yes ?? [];
      expect(examples.length, key).toBeGreaterThan(0);
      for (const url of examples) {
        expect(detectPage(url) && `${detectPage(url)!.service}/${detectPage(url)!.page}`).toBe(key);
        expect(
          GUARD_MATCHES.some((pattern) => patternMatches(pattern, url)),
          `${url} (${key}) is not in GUARD_MATCHES`,
        ).toBe(true);
      }
    }
  });

  it('the pages shared with other services are GCKey’s and the bank list’s', () => {
    for (const key of SHARED_PAGES) expect(key).toMatch(/^(gckey|sign-in-partner)\//);
    expect(SHARED_PAGES).toContain('gckey/sign-in');
    expect(SHARED_PAGES).toContain('sign-in-partner/choose-partner');
  });
});
