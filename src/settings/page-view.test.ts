import { describe, expect, it } from 'vitest';
import { PARTNER_IDS } from '../pages/partners';
import { pageViewOf, readPageView, showsBanner } from './page-view';
import { parseSettings } from './schema';

// A small seeded generator: the same values every run, so a failure can be replayed.
function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}

function generator(next: () => number) {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const ids = ['me', 'maria', 'client-12', 'BAD', '', 'x'.repeat(41), 'a b'];
  const value = (depth: number): unknown => {
    switch (Math.floor(next() * 7)) {
      case 0:
        return pick([
          null,
          undefined,
          0,
          1,
          true,
          '',
          'gckey',
          'sign-in-partner',
          'tangerine',
          'gckey/sign-in',
          'bank-of-2030',
        ]);
      case 1:
        return depth > 2 ? [] : Array.from({ length: Math.floor(next() * 4) }, () => value(depth + 1));
      case 2:
        return profile();
      default:
        return depth > 2 ? {} : settings(depth + 1);
    }
  };
  const profile = () => ({
    ...(next() < 0.9 ? { id: pick(ids) } : {}),
    ...(next() < 0.8
      ? {
          label: pick([
            '',
            'Maria',
            42,
            'x'.repeat(61),
            null,
            'Maria\u202Egnp.exe',
            ' Zoë \u200B Kowalczyk\u0007 ',
            'x'.repeat(59) + '\uD83D\uDE00',
            '\u2066\u2069',
          ]),
        }
      : {}),
    ...(next() < 0.8 ? { method: pick(['gckey', 'sign-in-partner', 'passkey', null, 1]) } : {}),
    ...(next() < 0.8 ? { partner: pick([...PARTNER_IDS.slice(0, 4), 'gone-bank', 'Bad Bank', null, {}]) } : {}),
    ...(next() < 0.6 ? { lastUsed: pick([null, 'gckey', lastUsed(), lastUsed(), { method: 'gckey' }]) } : {}),
    ...(next() < 0.6 ? { newGckeyAt: pick([null, 1764028800000, -1, 5e15, Number.NaN, '1764028800000']) } : {}),
    ...(next() < 0.5 ? { updatedAt: pick([0, 1764028800000, -1, null, 'x']) } : {}),
  });
  const lastUsed = () => ({
    ...(next() < 0.9 ? { method: pick(['gckey', 'sign-in-partner', 'passkey']) } : {}),
    ...(next() < 0.7 ? { partner: pick(['tangerine', 'gone-bank', null, 'BAD', 3]) } : {}),
    ...(next() < 0.9 ? { at: pick([1764028800000, 0, -5, Infinity, 4102444800001, '2026-11-25']) } : {}),
    ...(next() < 0.2 ? { extra: true } : {}),
  });
  const settings = (depth: number): unknown => ({
    ...(next() < 0.9
      ? {
          profiles:
            next() < 0.8
              ? Array.from({ length: Math.floor(next() * 4) }, () => (next() < 0.8 ? profile() : value(depth)))
              : value(depth),
        }
      : {}),
    ...(next() < 0.8 ? { activeProfile: pick([...ids, 3, null]) } : {}),
    ...(next() < 0.8
      ? {
          hiddenPages: pick([
            [],
            ['gckey/sign-in'],
            ['gckey/sign-in', 'gckey/sign-in'],
            ['bad key'],
            ['bad key', 'gckey/info', 3, 'gckey/sign-in', 'gckey/info'],
            'gckey/info',
            Array(101).fill('gckey/info'),
            Array.from({ length: 120 }, (_, i) => `gckey/p${String.fromCharCode(97 + (i % 26))}${'x'.repeat(i % 5)}`),
          ]),
        }
      : {}),
    ...(next() < 0.5
      ? {
          hiddenServices: pick([
            [],
            ['gckey'],
            ['gckey', 'gckey', 'BAD', 7],
            'gckey',
            Array(30).fill('pr-portal'),
            null,
          ]),
        }
      : {}),
    ...(next() < 0.5 ? { disabled: pick([true, false, 'true', 1, null]) } : {}),
    ...(next() < 0.5 ? { language: pick(['page', 'en', 'fr', 'de', '', null, ['fr']]) } : {}),
    ...(next() < 0.5 ? { theme: pick(['system', 'light', 'dark', 'DARK', null, 0]) } : {}),
  });
  return () => value(0);
}

describe('readPageView (the content script reader without zod)', () => {
  // A hang guard, not a speed check: on a busy machine the default 5 s is not enough.
  it(
    'agrees with the zod schema on 3,000 generated values, damaged and newer ones included',
    { timeout: 120_000 },
    () => {
      const make = generator(random(2026));
      for (let i = 0; i < 3000; i++) {
        const raw = make();
        expect(readPageView(raw), JSON.stringify(raw)).toEqual(pageViewOf(parseSettings(raw)));
      }
    },
  );

  it('reads the active profile of a valid value', () => {
    expect(
      readPageView({
        profiles: [
          { id: 'me', label: '', method: 'gckey', partner: null },
          {
            id: 'maria',
            label: 'Maria',
            method: 'sign-in-partner',
            partner: 'rbc',
            lastUsed: { method: 'gckey', at: 5 },
          },
        ],
        activeProfile: 'maria',
        hiddenPages: ['gckey/info'],
      }),
    ).toEqual({
      hiddenPages: ['gckey/info'],
      hiddenServices: [],
      disabled: false,
      language: 'page',
      theme: 'system',
      profile: {
        id: 'maria',
        label: 'Maria',
        method: 'sign-in-partner',
        partner: 'rbc',
        lastUsed: { method: 'gckey', partner: null, at: 5 },
        newGckeyAt: null,
      },
      profileCount: 2,
    });
  });

  it('reads a bank this build does not know as no bank, and a name cleaned of what can make text lie', () => {
    const view = readPageView({
      profiles: [
        {
          id: 'me',
          label: '\u202EZoë\u200B Kowalczyk-Nguyen\u0007',
          method: 'sign-in-partner',
          partner: 'bank-of-2030',
          lastUsed: { method: 'sign-in-partner', partner: 'bank-of-2030', at: 5 },
          passkeyAt: 7,
        },
      ],
    });
    expect(view.profile).toEqual({
      id: 'me',
      label: 'Zoë Kowalczyk-Nguyen',
      method: 'sign-in-partner',
      partner: null,
      lastUsed: { method: 'sign-in-partner', partner: null, at: 5 },
      newGckeyAt: null,
    });
  });

  it('says whether a banner belongs on a page kind: global switch, service, page kind', () => {
    const view = (more: object) => readPageView({ profiles: [{ id: 'me' }], ...more });
    const signIn = { service: 'gckey', page: 'sign-in' } as const;
    expect(showsBanner(view({}), signIn)).toBe(true);
    expect(showsBanner(view({ disabled: true }), signIn)).toBe(false);
    expect(showsBanner(view({ hiddenServices: ['gckey'] }), signIn)).toBe(false);
    expect(showsBanner(view({ hiddenServices: ['gckey'] }), { service: 'pr-portal', page: 'sign-in' } as const)).toBe(
      true,
    );
    expect(showsBanner(view({ hiddenPages: ['gckey/sign-in'] }), signIn)).toBe(false);
    expect(showsBanner(view({ hiddenPages: ['gckey/sign-in'] }), { service: 'gckey', page: 'sign-up' } as const)).toBe(
      true,
    );
  });
});
