import { storage } from 'wxt/utils/storage';
import { SETTINGS_KEY } from './constants';
import { activeProfile, newProfile, parseSettings, type Profile, type Settings } from './schema';

/**
 * The one persisted value. Versioned from the start so that later shapes migrate instead of
 * breaking; read through `parseSettings` every time, so a corrupt value never reaches the UI.
 */
export const settingsItem = storage.defineItem<unknown>(`local:${SETTINGS_KEY}`, {
  fallback: null,
  version: 1,
  // Numbered migrations go here (`2: (v1) => v2`), each a pure function tested with real v1 data.
  // An empty map still makes WXT record the version with the first write.
  migrations: {},
});

export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Calls `listener` with validated settings whenever they change in any part of the extension. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(parseSettings(value)));
}

/** Read, change, validate, write: the only way settings are written. */
export async function updateSettings(change: (settings: Settings) => Settings): Promise<Settings> {
  const next = parseSettings(change(await getSettings()));
  await settingsItem.setValue(next);
  return next;
}

export const updateActiveProfile = (change: Partial<Omit<Profile, 'id'>>) =>
  updateSettings((settings) => {
    const current = activeProfile(settings);
    return {
      ...settings,
      profiles: settings.profiles.map((profile) => (profile.id === current.id ? { ...profile, ...change } : profile)),
    };
  });

export const setPageHidden = (key: string, hidden: boolean) =>
  updateSettings((settings) => ({
    ...settings,
    hiddenPages: hidden
      ? [...settings.hiddenPages.filter((page) => page !== key), key]
      : settings.hiddenPages.filter((page) => page !== key),
  }));

/** A new person, made active at once (the popup's "Add a person"). */
export const addProfile = (label: string) =>
  updateSettings((settings) => {
    const id = `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    return {
      ...settings,
      profiles: [...settings.profiles, newProfile(id, label.trim().slice(0, 60))],
      activeProfile: id,
    };
  });

export const setActiveProfile = (id: string) => updateSettings((settings) => ({ ...settings, activeProfile: id }));
