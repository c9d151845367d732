import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import * as edits from '../edits';
import { getQuarantine } from '../quarantine';
import { newProfile } from '../schema';
import { change, forgetEverything, getSettings } from '../store';
import { reconcile } from './run';
import { disableSync, enableSync, getSyncState } from './state';

const addProfile = (label: string) => change(edits.addProfile(label));
const renameProfile = (id: string, label: string) => change(edits.renameProfile(id, label));
const deleteProfile = (id: string) => change(edits.deleteProfile(id));

const syncArea = () => browser.storage.sync.get(null) as Promise<Record<string, unknown>>;

describe('sync in the background', () => {
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => vi.useRealTimers());

  it('is off by default: nothing goes to the account', async () => {
    await addProfile('Maria');
    await reconcile();
    expect(await syncArea()).toEqual({});
    expect((await getSyncState()).enabled).toBe(false);
  });

  it('when turned on, copies every person to the account, and says when', async () => {
    await addProfile('Maria');
    expect((await enableSync()).fits).toBe(true);
    await reconcile();
    const items = await syncArea();
    expect(Object.keys(items).sort()).toEqual(['p:me', `p:${(await getSettings()).activeProfile}`, 'prefs'].sort());
    expect((await getSyncState()).status?.kind).toBe('ok');
  });

  it('brings in a person added on another computer, and keeps this one’s', async () => {
    await addProfile('Maria');
    await enableSync();
    await reconcile();
    await browser.storage.sync.set({
      'p:ahmed': { ...newProfile('ahmed', 'Ahmed'), method: 'gckey', updatedAt: Date.now() },
    });
    await reconcile();
    const labels = (await getSettings()).profiles.map((profile) => profile.label);
    expect(labels).toEqual(['', 'Maria', 'Ahmed']);
  });

  it('carries a rename and a deletion to the account, even made in the same millisecond as the last sync', async () => {
    // The clock stands still, as it can on a fast machine: the change must still win over the synced copy.
    vi.useFakeTimers({ toFake: ['Date'], now: 1_764_090_000_000 });
    const { activeProfile: maria } = await addProfile('Maria');
    await addProfile('Ahmed');
    await enableSync();
    await reconcile();
    await renameProfile(maria, 'Maria S.');
    const ahmed = (await getSettings()).activeProfile;
    await deleteProfile(ahmed);
    await reconcile();
    const items = await syncArea();
    expect(items[`p:${maria}`]).toMatchObject({ label: 'Maria S.' });
    expect(items[`p:${ahmed}`]).toEqual({ deletedAt: expect.any(Number) });
  });

  it('keeps damaged account items aside and replaces them with this computer’s', async () => {
    await browser.storage.sync.set({ 'p:me': 'junk', prefs: { v: 2, changedAt: 'soon' } });
    await enableSync();
    await reconcile();
    expect((await getQuarantine()).map((entry) => entry.source)).toEqual(['sync', 'sync']);
    expect((await syncArea())['p:me']).toMatchObject({ id: 'me' });
  });

  it('syncs with a newer version on another computer, keeping what it does not know, and calls nothing damaged', async () => {
    const future = { ...newProfile('zoe', 'Zoë'), partner: 'bank-of-2030', passkeyAt: 5, updatedAt: 10 };
    await browser.storage.sync.set({
      prefs: { v: 99, changedAt: 1, theme: 'dark', future: true },
      'p:zoe': future,
      'q:something-new': { x: 1 },
    });
    await enableSync();
    await reconcile();
    const here = await getSettings();
    expect(here.theme).toBe('dark');
    expect(here.profiles.find((profile) => profile.id === 'zoe')).toMatchObject({
      partner: 'bank-of-2030',
      kept: { passkeyAt: 5 },
    });
    const items = await syncArea();
    expect(items['p:zoe']).toEqual(future);
    expect(items['q:something-new']).toEqual({ x: 1 });
    expect(items.prefs).toMatchObject({ theme: 'dark', future: true, changedAt: 1 });
    expect(await getQuarantine()).toEqual([]);
    expect((await getSyncState()).status?.kind).toBe('ok');
  });

  it('refuses to turn on when the settings would not fit, and says by how much', async () => {
    const at = 1_764_000_000_000;
    const bank = { method: 'sign-in-partner', partner: 'caisse-alliance' } as const;
    await browser.storage.local.set({
      settings: {
        profiles: Array.from({ length: 200 }, (_, i) => ({
          ...newProfile(`client-${String(i).padStart(33, '0')}`, '阿'.repeat(60)),
          ...bank,
          lastUsed: { ...bank, at },
          newGckeyAt: at,
          updatedAt: at,
        })),
        activeProfile: 'client-000000000000000000000000000000000',
        // Deletions are kept too (so that no other computer brings them back).
        deletedProfiles: Array.from({ length: 200 }, (_, i) => ({ id: `gone-${String(i).padStart(35, '0')}`, at })),
      },
    });
    const fit = await enableSync();
    expect(fit).toMatchObject({ fits: false, reason: 'total', limit: 102_400 });
    expect((await getSyncState()).enabled).toBe(false);
    expect(await syncArea()).toEqual({});
  });

  it('stops when turned off, and "forget everything" empties the account too', async () => {
    await enableSync();
    await reconcile();
    await disableSync();
    await addProfile('Maria');
    await reconcile();
    expect(Object.keys(await syncArea())).not.toContain(`p:${(await getSettings()).activeProfile}`);
    await enableSync();
    await reconcile();
    await forgetEverything();
    expect(await syncArea()).toEqual({});
    expect((await getSyncState()).enabled).toBe(false);
  });
});

describe('sync once started with the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('follows changes on both sides by itself', async () => {
    const { startSync } = await import('./run');
    startSync();
    await enableSync();
    await expect.poll(async () => Object.keys(await syncArea()), { timeout: 3000 }).toContain('p:me');
    const { activeProfile: maria } = await addProfile('Maria');
    await expect.poll(async () => Object.keys(await syncArea()), { timeout: 3000 }).toContain(`p:${maria}`);
    await browser.storage.sync.set({ 'p:ahmed': { ...newProfile('ahmed', 'Ahmed'), updatedAt: Date.now() } });
    await expect
      .poll(async () => (await getSettings()).profiles.map((p) => p.id), { timeout: 3000 })
      .toContain('ahmed');
  });
});
