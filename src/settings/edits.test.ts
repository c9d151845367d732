import { beforeEach, describe, expect, it } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { SETTINGS_VERSION } from './constants';
import { exportSettings } from './backup/export';
import { readImport } from './backup/import';
import * as edits from './edits';
import { keepAside, getQuarantine } from './quarantine';
import { defaultSettings, type Settings } from './schema';
import { change, forgetEverything, getSettings } from './store';

// The options page's changes, as it makes them: an edit applied by `change`.
const addProfile = (label: string) => change(edits.addProfile(label));
const updateProfile = (...args: Parameters<typeof edits.updateProfile>) => change(edits.updateProfile(...args));
const renameProfile = (id: string, label: string) => change(edits.renameProfile(id, label));
const setPrefs = (prefs: Parameters<typeof edits.setPrefs>[0]) => change(edits.setPrefs(prefs));
const setServiceHidden = (id: string, hidden: boolean) => change(edits.setServiceHidden(id, hidden));
const applyImport = (incoming: Settings) => change(edits.applyImport(incoming));
const undoImport = (before: Settings) => change(edits.replaceWith(before));
const restoreProfile = (deleted: edits.Deleted) => change(edits.restoreProfile(deleted));
async function deleteProfile(id: string) {
  const deleted = edits.deletionOf(await getSettings(), id);
  await change(edits.deleteProfile(id));
  return deleted;
}

describe('what the options page changes', () => {
  beforeEach(() => fakeBrowser.reset());

  it('renames a person, cleaning what no name needs', async () => {
    const { activeProfile: id } = await addProfile('Maria');
    await renameProfile(id, '  Maria\u202E S.  ');
    expect((await getSettings()).profiles[1]!.label).toBe('Maria S.');
  });

  it('deletes a person and undoes it, putting them back where they were, as they were', async () => {
    const { activeProfile: maria } = await addProfile('Maria');
    await updateProfile(maria, { method: 'sign-in-partner', partner: 'td' });
    await addProfile('Ahmed');
    const before = await getSettings();
    const deleted = await deleteProfile(maria);
    expect((await getSettings()).profiles.map((p) => p.label)).toEqual(['', 'Ahmed']);
    expect((await getSettings()).deletedProfiles.map((t) => t.id)).toEqual([maria]);
    await restoreProfile(deleted!);
    const after = await getSettings();
    // Sync's bookkeeping aside (a restored person counts as changed now), exactly as they were.
    expect(after.profiles.map(({ updatedAt: _, times: __, ...p }) => p)).toEqual(
      before.profiles.map(({ updatedAt: _, times: __, ...p }) => p),
    );
    expect(after.deletedProfiles).toEqual([]);
  });

  it('never deletes the last person; deleting the one signing in makes the first one active', async () => {
    expect(await deleteProfile('me')).toBeUndefined();
    const { activeProfile: maria } = await addProfile('Maria');
    const deleted = await deleteProfile(maria);
    expect(deleted?.wasActive).toBe(true);
    expect((await getSettings()).activeProfile).toBe('me');
  });

  it('switches the guide off everywhere, per service, and sets language and colours', async () => {
    await setPrefs({ disabled: true, language: 'fr', theme: 'dark' });
    await setServiceHidden('gckey', true);
    await setServiceHidden('gckey', true);
    expect(await getSettings()).toMatchObject({
      disabled: true,
      language: 'fr',
      theme: 'dark',
      hiddenServices: ['gckey'],
    });
    await setServiceHidden('gckey', false);
    expect((await getSettings()).hiddenServices).toEqual([]);
  });

  it('export → forget everything → import restores every person exactly', async () => {
    const { activeProfile: maria } = await addProfile('Maria');
    await updateProfile(maria, { method: 'sign-in-partner', partner: 'tangerine' });
    await addProfile('Client 12');
    await setPrefs({ hiddenPages: ['gckey/info'], theme: 'dark' });
    const before = await getSettings();
    const backup = exportSettings(before, Date.now());

    await keepAside('damaged', 'storage');
    await forgetEverything();
    expect(await getSettings()).toEqual(defaultSettings());
    expect(await getQuarantine()).toEqual([]);
    expect((await browser.storage.local.get('settings$'))['settings$']).toEqual({ v: SETTINGS_VERSION });

    const result = readImport(backup);
    if (!result.ok) throw new Error(result.problem.code);
    await applyImport(result.settings);
    const after = await getSettings();
    expect(after.profiles).toEqual(before.profiles); // change times included
    expect(after).toMatchObject({ activeProfile: before.activeProfile, hiddenPages: ['gckey/info'], theme: 'dark' });
  });

  it('an import deletes the people it lacks (so sync does not bring them back), and undo puts them back', async () => {
    const { activeProfile: maria } = await addProfile('Maria');
    const before = await getSettings();
    await applyImport({ ...defaultSettings(), profiles: [{ ...before.profiles[0]!, method: 'gckey' }] });
    expect((await getSettings()).deletedProfiles.map((t) => t.id)).toEqual([maria]);
    await undoImport(before);
    expect((await getSettings()).profiles.map((p) => p.label)).toEqual(['', 'Maria']);
    expect((await getSettings()).deletedProfiles).toEqual([]);
  });
});
