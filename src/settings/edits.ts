import { browser } from 'wxt/browser';
import { SETTINGS_VERSION } from './constants';
import { settingsItem } from './items';
import { defaultSettings, type Prefs, type Profile, type Settings } from './schema';
import { updateSettings } from './store';
import { cleanLabel } from './text';

// The changes the options page makes. Each goes through updateSettings, which validates, stamps the
// change times sync needs, and keeps a damaged stored value aside before writing.

export const updateProfile = (id: string, change: Partial<Omit<Profile, 'id' | 'updatedAt'>>) =>
  updateSettings((settings) => ({
    ...settings,
    profiles: settings.profiles.map((profile) => (profile.id === id ? { ...profile, ...change } : profile)),
  }));

export const renameProfile = (id: string, label: string) => updateProfile(id, { label: cleanLabel(label) });

/** What undoing a deletion needs. */
export type Deleted = { profile: Profile; index: number; wasActive: boolean };

/** Deletes a profile (never the last one: there is always someone signing in). Returns what undo needs. */
export async function deleteProfile(id: string): Promise<Deleted | undefined> {
  let deleted: Deleted | undefined;
  await updateSettings((settings) => {
    const index = settings.profiles.findIndex((profile) => profile.id === id);
    if (index < 0 || settings.profiles.length < 2) return settings;
    deleted = { profile: settings.profiles[index]!, index, wasActive: settings.activeProfile === id };
    const profiles = settings.profiles.filter((profile) => profile.id !== id);
    return { ...settings, profiles, activeProfile: deleted.wasActive ? profiles[0]!.id : settings.activeProfile };
  });
  return deleted;
}

/** Puts a deleted profile back where it was, as it was (it counts as changed now, so sync keeps it). */
export const restoreProfile = ({ profile, index, wasActive }: Deleted) =>
  updateSettings((settings) => {
    if (settings.profiles.some((other) => other.id === profile.id)) return settings;
    const profiles = [...settings.profiles];
    profiles.splice(index, 0, profile);
    return { ...settings, profiles, activeProfile: wasActive ? profile.id : settings.activeProfile };
  });

export const setPrefs = (change: Partial<Prefs>) => updateSettings((settings) => ({ ...settings, ...change }));

export const setServiceHidden = (service: string, hidden: boolean) =>
  updateSettings((settings) => ({
    ...settings,
    hiddenServices: hidden
      ? [...settings.hiddenServices.filter((id) => id !== service), service]
      : settings.hiddenServices.filter((id) => id !== service),
  }));

/**
 * Replaces the settings with an imported set (already validated and previewed). People here that the
 * file lacks are deleted (tombstoned, so sync does not bring them back); this browser's deleted list
 * is kept.
 */
export const applyImport = (incoming: Settings) =>
  updateSettings((current) => ({ ...incoming, deletedProfiles: current.deletedProfiles }));

/** Puts back exactly what was there before an import (the options page's undo). */
export const undoImport = (before: Settings) => updateSettings(() => before);

/**
 * Forgets everything the extension keeps: this browser's storage (settings, quarantine, the sync
 * switch) and the copy in the browser account's sync. Sync is switched off first (clearing local
 * storage does it), so the background does not copy anything back. Then the defaults, versioned.
 */
export async function forgetEverything(): Promise<Settings> {
  await browser.storage.local.clear();
  await browser.storage.sync?.clear().catch(() => {});
  const fresh = defaultSettings();
  await settingsItem.setValue(fresh);
  await settingsItem.setMeta({ v: SETTINGS_VERSION });
  return fresh;
}
