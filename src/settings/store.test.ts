import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from './constants';
import { activeProfile } from './schema';
import * as edits from './edits';
import { change, getSettings, watchSettings } from './store';

const updateActiveProfile = (update: Parameters<typeof edits.updateActiveProfile>[0]) =>
  change(edits.updateActiveProfile(update));
const setPageHidden = (key: string, hidden: boolean) => change(edits.setPageHidden(key, hidden));

describe('the settings store', () => {
  beforeEach(() => fakeBrowser.reset());

  it('starts with one profile and nothing remembered', async () => {
    const settings = await getSettings();
    expect(activeProfile(settings)).toMatchObject({ method: null, partner: null });
  });

  it('remembers a method and a bank, under a versioned key', async () => {
    await updateActiveProfile({ method: 'sign-in-partner', partner: 'tangerine' });
    expect(activeProfile(await getSettings())).toMatchObject({ method: 'sign-in-partner', partner: 'tangerine' });
    const stored = await browser.storage.local.get(['settings', 'settings$']);
    expect(stored['settings$']).toEqual({ v: SETTINGS_VERSION });
  });

  it('survives garbage written straight into storage, and writes valid settings after it', async () => {
    await browser.storage.local.set({ settings: { profiles: 'nope', hiddenPages: [1, 2] } });
    expect(activeProfile(await getSettings()).method).toBeNull();
    await updateActiveProfile({ method: 'gckey' });
    expect(activeProfile(await getSettings()).method).toBe('gckey');
  });

  it('hides and shows a page kind again', async () => {
    await setPageHidden('gckey/info', true);
    await setPageHidden('gckey/info', true);
    expect((await getSettings()).hiddenPages).toEqual(['gckey/info']);
    await setPageHidden('gckey/info', false);
    expect((await getSettings()).hiddenPages).toEqual([]);
  });

  it('tells watchers, with validated values', async () => {
    const seen: (string | null)[] = [];
    const unwatch = watchSettings((settings) => seen.push(activeProfile(settings).method));
    await updateActiveProfile({ method: 'gckey' });
    await browser.storage.local.set({ settings: 'garbage' });
    unwatch();
    expect(seen).toEqual(['gckey', null]);
  });
});
