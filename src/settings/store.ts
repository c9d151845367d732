import { keepsEverything } from './damage';
import { settingsItem } from './items';
import { keepAside } from './quarantine';
import { activeProfile, newProfile, parseSettings, type Profile, type Settings } from './schema';
import { stampChanges } from './stamp';
import { cleanLabel } from './text';

export { settingsItem } from './items';

/** The settings, validated: a corrupt value never reaches the UI (its valid parts do). */
export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Calls `listener` with validated settings whenever they change in any part of the extension. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(parseSettings(value)));
}

// One write at a time from this page or worker, so that two quick changes never undo each other.
let queue: Promise<unknown> = Promise.resolve();
const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
};

/**
 * Reads the stored value; if it lost anything in validation, keeps the original aside (quarantine)
 * before the caller overwrites it; writes `next(settings)` only when it differs from what is stored.
 */
function write(next: (current: Settings) => Settings): Promise<Settings> {
  return inTurn(async () => {
    const raw = await settingsItem.getValue();
    const current = parseSettings(raw);
    if (!keepsEverything(raw, current)) await keepAside(raw, 'storage');
    const value = next(current);
    if (JSON.stringify(value) !== JSON.stringify(raw)) await settingsItem.setValue(value);
    return value;
  });
}

/** Read, change, validate, stamp the change times, write: how every change to the settings is made. */
export const updateSettings = (change: (settings: Settings) => Settings): Promise<Settings> =>
  write((current) => stampChanges(current, parseSettings(change(current)), Date.now()));

/** Changes the settings keeping the change times as `change` sets them (sync's merge), validated. */
export const rewriteSettings = (change: (settings: Settings) => Settings): Promise<Settings> =>
  write((current) => parseSettings(change(current)));

/**
 * If the stored value is damaged, keeps it aside and stores its valid parts, so every reader sees
 * the same repaired value and the options page can say what happened. Returns whether it was damaged.
 */
export async function repairStoredSettings(): Promise<boolean> {
  const raw = await settingsItem.getValue();
  if (keepsEverything(raw, parseSettings(raw))) return false;
  await write((current) => current);
  return true;
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

/**
 * A new person, last in the list; made the one signing in only when `makeActive` (the popup and
 * options pass false unless the person asked to switch: the current person's warnings stay on).
 */
export const addProfile = (label: string, makeActive = true) =>
  updateSettings((settings) => {
    const id = `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    return {
      ...settings,
      profiles: [...settings.profiles, newProfile(id, cleanLabel(label))],
      activeProfile: makeActive ? id : settings.activeProfile,
    };
  });

export const setActiveProfile = (id: string) => updateSettings((settings) => ({ ...settings, activeProfile: id }));
