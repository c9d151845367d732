import { browser } from 'wxt/browser';
import { SETTINGS_KEY, SETTINGS_VERSION } from './constants';
import { keepsEverything } from './damage';
import type { Edit } from './edits';
import { settingsItem } from './items';
import { keepAside } from './quarantine';
import { defaultSettings, parseSettings, type Settings, storedSettings } from './schema';
import { stampChanges } from './sync/stamp';

// Reading and writing the settings in storage.local. The only writes are `change` (an edit from
// edits.ts, stamped for sync), `rewrite` (sync's merge, which sets the change times itself) and
// `forgetEverything`.

/** The settings, read through the schema: a corrupt value never reaches the UI (its valid parts do). */
export async function getSettings(): Promise<Settings> {
  return parseSettings(await settingsItem.getValue());
}

/** Calls `listener` with the settings, read through the schema, whenever they change in any part of the extension. */
export function watchSettings(listener: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => listener(parseSettings(value)));
}

/** The value and this version's number (WXT's `settings$` meta), in one write: one change event. */
const setStored = (stored: unknown) =>
  browser.storage.local.set({ [SETTINGS_KEY]: stored, [`${SETTINGS_KEY}$`]: { v: SETTINGS_VERSION } });

// One write at a time from this page or worker, so that two quick changes never undo each other.
let queue: Promise<unknown> = Promise.resolve();
const inTurn = <T>(task: () => Promise<T>): Promise<T> => {
  const run = queue.then(task, task);
  queue = run.catch(() => {});
  return run;
};

/**
 * Reads the stored value; if reading lost anything, keeps the original aside (quarantine) before
 * the caller overwrites it; writes `next(settings)` in its stored form, with this version's number,
 * only when it differs from what is stored.
 */
function write(next: (current: Settings) => Settings): Promise<Settings> {
  return inTurn(async () => {
    const raw = await settingsItem.getValue();
    const current = parseSettings(raw);
    if (!keepsEverything(raw, storedSettings(current))) await keepAside(raw, 'storage');
    const value = parseSettings(storedSettings(next(current)));
    const stored = storedSettings(value);
    if (JSON.stringify(stored) !== JSON.stringify(raw)) await setStored(stored);
    return value;
  });
}

/** Applies an edit (edits.ts), stamping what it changed for sync: how every change to the settings is made. */
export const change = (edit: Edit): Promise<Settings> =>
  write((current) => stampChanges(current, parseSettings(storedSettings(edit(current))), Date.now()));

/** Changes the settings keeping the change times as `edit` sets them (sync's merge). */
export const rewrite = (edit: Edit): Promise<Settings> => write(edit);

/**
 * If the stored value is damaged, keeps it aside and stores what could be read, so every reader sees
 * the same repaired value and the options page can say what happened. Returns whether it was damaged.
 */
export async function repairStoredSettings(): Promise<boolean> {
  const raw = await settingsItem.getValue();
  if (keepsEverything(raw, storedSettings(parseSettings(raw)))) return false;
  await write((current) => current);
  return true;
}

/**
 * Forgets everything the extension keeps: this browser's storage (settings, quarantine, the sync
 * switch) and the copy in the browser account's sync. Sync is switched off first (clearing local
 * storage does it), so the background does not copy anything back. Then the defaults, versioned.
 */
export async function forgetEverything(): Promise<Settings> {
  await browser.storage.local.clear();
  await browser.storage.sync?.clear().catch(() => {});
  const fresh = defaultSettings();
  await setStored(storedSettings(fresh));
  return fresh;
}
