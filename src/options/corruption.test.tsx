import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { runBanner } from '../banner/run';
import { contentContext } from '../content/lifetime';
import { PARTNER_IDS } from '../pages/partners';
import { Popup } from '../popup/popup';
import { keepsEverything } from '../settings/damage';
import { readPageView } from '../settings/page-view';
import { getQuarantine, rawText } from '../settings/quarantine';
import { parseSettings, type Profile, ProfileSchema, storedSettings } from '../settings/schema';
import { updateActiveProfile } from '../settings/edits';
import { change, getSettings, repairStoredSettings } from '../settings/store';
import { Options } from './options';

// 1,000 damaged values written straight into storage, as an old version, a bug or a person with
// devtools might: random types, truncated objects and JSON, huge strings, prototype-polluting keys,
// with valid people mixed in. None may crash the popup, the options page or the banner's content
// script, and none may lose a valid person.

function random(seed: number) {
  return () => {
    seed = (seed * 1664525 + 1013904223) % 2 ** 32;
    return seed / 2 ** 32;
  };
}

function corruptions(next: () => number) {
  const pick = <T,>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!;
  const huge = () => pick(['x', '阿', '\u202E', '<script>', '\u0000']).repeat(pick([1_000, 10_000, 100_000]));
  let serial = 0;
  const validProfile = (): Profile => ({
    id: `p-${serial++}`,
    label: pick(['', 'Maria', 'Client 12', 'Ahmed Abdullahi', 'Zoë']),
    method: pick(['gckey', 'sign-in-partner', null] as const),
    partner: pick([null, ...PARTNER_IDS.slice(0, 5)]),
    lastUsed: next() < 0.5 ? null : { method: 'gckey', partner: null, at: 1_764_000_000_000 },
    newGckeyAt: next() < 0.7 ? null : 1_764_000_000_000,
    ...(next() < 0.5 ? { updatedAt: 1_764_000_000_000 } : {}),
  });
  const junk = (depth: number): unknown => {
    switch (Math.floor(next() * 9)) {
      case 0:
        return pick([null, 0, -1, 1e308, true, false, '', 'gckey', 'me', NaN]);
      case 1:
        return huge();
      case 2:
        return depth > 2 ? [] : Array.from({ length: Math.floor(next() * 5) }, () => junk(depth + 1));
      case 3:
        return JSON.parse(
          pick([
            '{"__proto__":{"polluted":1}}',
            '{"constructor":{"prototype":{"polluted":1}}}',
            '{"prototype":1,"id":"me"}',
          ]),
        );
      case 4: {
        return (({ id: _, ...rest }: Profile) => rest)(validProfile()); // truncated: no id
      }
      case 5:
        return {
          ...validProfile(),
          [pick(['method', 'partner', 'label', 'lastUsed', 'newGckeyAt', 'updatedAt'])]: junk(depth + 1),
        };
      case 6:
        return { ...validProfile(), id: pick(['', 'BAD ID', 'x'.repeat(41), '__proto__', 'constructor', huge()]) };
      default:
        return depth > 2
          ? {}
          : Object.fromEntries(
              Array.from({ length: Math.floor(next() * 4) }, () => [
                pick(['profiles', 'activeProfile', 'hiddenPages', '__proto__', 'x']),
                junk(depth + 1),
              ]),
            );
    }
  };
  /** A stored value, and the valid people in it that must survive. */
  return (): { raw: unknown; valid: Profile[] } => {
    const roll = next();
    if (roll < 0.1) return { raw: junk(0), valid: [] };
    const valid: Profile[] = [];
    const profiles = Array.from({ length: Math.floor(next() * 6) }, () => {
      if (next() < 0.5) return junk(1);
      const profile = validProfile();
      valid.push(profile);
      return profile;
    });
    if (next() < 0.2 && valid[0]) profiles.push({ ...valid[0], label: 'the same id again' }); // a duplicate is not kept twice
    const value: Record<string, unknown> = {
      profiles,
      activeProfile: pick([valid[0]?.id, 'nobody', 7, undefined]),
      hiddenPages: pick([[], ['gckey/info'], 'gckey/info', [huge()], ['gckey/info', 1, null]]),
      ...(next() < 0.5 ? { disabled: pick([true, 'no', 1]) } : {}),
      ...(next() < 0.5 ? { language: pick(['fr', 'de', [], huge()]) } : {}),
      ...(next() < 0.5 ? { theme: pick(['dark', 0, {}]) } : {}),
      ...(next() < 0.3
        ? JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}')
        : {}),
    };
    if (roll < 0.25) {
      // Truncated: the JSON text cut short, stored as the string it then is (or a key dropped).
      const text = JSON.stringify(value);
      return next() < 0.5
        ? { raw: text.slice(0, Math.floor(next() * text.length)), valid: [] }
        : { raw: { ...value, profiles: undefined }, valid: [] };
    }
    return { raw: value, valid };
  };
}

const GCKEY_SIGN_IN = 'https://clegc-gckey.gc.ca/j/eng/l?ReqID=s1';
// The options page costs ~25 ms a render in happy-dom, so by default it opens on every fourth value
// (it only ever sees what getSettings and getQuarantine return, which are checked for all 1,000).
// CORRUPTION_OPTIONS_EVERY=1 opens it on every value (~35 s).
const OPTIONS_EVERY = Number(process.env.CORRUPTION_OPTIONS_EVERY) || 4;
const lifetime = () => contentContext(() => true);

describe('1,000 damaged stored values', () => {
  afterAll(() => document.querySelectorAll('[data-ircc-service]').forEach((host) => host.remove()));

  it('crash nothing and lose no valid person', { timeout: 300_000 }, async () => {
    const make = corruptions(random(5));
    const root = document.createElement('div');
    document.body.append(root);
    let damaged = 0;
    for (let i = 0; i < 1000; i++) {
      const { raw, valid } = make();
      const label = `value ${i}: ${JSON.stringify(raw)?.slice(0, 300)}`;
      fakeBrowser.reset();
      vi.spyOn(browser.i18n, 'getUILanguage').mockReturnValue(i % 2 ? 'fr-CA' : 'en-CA');
      await browser.storage.local.set({ settings: raw });

      // The content script: reads without zod, puts its banner in the page.
      expect(() => readPageView(raw), label).not.toThrow();
      const life = lifetime();
      const banner = runBanner(GCKEY_SIGN_IN, life);
      await banner!.ready;
      life.abort();

      // Every valid person is there, exactly; the repaired value is valid; the original is kept aside.
      const settings = await getSettings();
      const firstOfEach = valid.filter((p, index) => valid.findIndex((q) => q.id === p.id) === index);
      for (const profile of firstOfEach) expect(settings.profiles, label).toContainEqual(profile);
      if (await repairStoredSettings()) {
        damaged++;
        expect((await getQuarantine())[0]?.text, label).toBe(rawText(raw).text);
      }
      const stored = (await browser.storage.local.get('settings')).settings;
      expect(keepsEverything(stored, storedSettings(parseSettings(stored))), label).toBe(true);
      for (const profile of firstOfEach) expect(ProfileSchema.safeParse(profile).success).toBe(true);

      // The popup and the options page open on it, and a change can be saved.
      act(() => render(<Popup />, root));
      await vi.waitFor(() => expect(root.querySelector('h1'), label).not.toBeNull(), { interval: 1 });
      act(() => render(null, root));
      if (i % OPTIONS_EVERY === 0) {
        act(() => render(<Options />, root));
        await vi.waitFor(
          () => expect(root.querySelectorAll('.person-card').length, label).toBe(settings.profiles.length),
          { interval: 1 },
        );
        act(() => render(null, root));
      }
      await change(updateActiveProfile({ method: 'gckey' }));
      for (const profile of firstOfEach) expect((await getSettings()).profiles.map((p) => p.id)).toContain(profile.id);
    }
    root.remove();
    expect(damaged).toBeGreaterThan(500);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});
