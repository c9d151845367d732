// Content scripts get only what they need (issue 14, point 3): the page view the background answers
// them with (and sends on every change) goes through readPageView, whose result holds the active person alone. Another person's name and bank never
// reach the banner's or the guards' code, whatever else the browser keeps.
import { describe, expect, it } from 'vitest';
import { readPageView } from '../../src/settings/page-view';

const others = Array.from({ length: 12 }, (_, i) => ({
  id: `other-${i}`,
  label: `Otherperson Number${i}`,
  method: i % 2 ? 'gckey' : 'sign-in-partner',
  partner: i % 2 ? null : 'rbc',
  lastUsed: { method: 'sign-in-partner', partner: 'bmo', at: 1_700_000_000_000 },
  newGckeyAt: 1_700_000_000_000,
}));
const active = {
  id: 'zoe',
  label: 'Zoë Kowalczyk-Nguyen',
  method: 'sign-in-partner',
  partner: 'tangerine',
  lastUsed: { method: 'sign-in-partner', partner: 'tangerine', at: 1_700_000_000_000 },
  newGckeyAt: null,
};

describe('what the content scripts get of the stored settings', () => {
  for (const [where, profiles] of [
    ['first', [active, ...others]],
    ['in the middle', [...others.slice(0, 6), active, ...others.slice(6)]],
    ['last', [...others, active]],
  ] as const) {
    it(`holds the active person (${where} of 13) and no one else`, () => {
      const view = readPageView({ profiles, activeProfile: 'zoe', hiddenPages: [] });
      const seen = JSON.stringify(view);
      expect(view.profile.label).toBe('Zoë Kowalczyk-Nguyen');
      expect(view.profile.partner).toBe('tangerine');
      expect(view.profileCount).toBe(13); // how many: with more than one, the banner says whose sign-in it is
      expect(seen).not.toMatch(/Otherperson|other-\d|"rbc"|"bmo"/);
    });
  }
});
