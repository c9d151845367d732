import { storage } from 'wxt/utils/storage';
import { SETTINGS_KEY } from './constants';

// Every value the extension persists, in one place. All are read through validation (schema.ts,
// quarantine.ts, sync/state.ts): storage is never trusted to hold what was written.
//
//   storage.local  `settings` + `settings$` {v}  the settings (versioned; every part of the extension reads it)
//                  `quarantine`                  stored values that failed validation, kept whole, to export
//                  `syncState`                   whether this browser syncs, and how the last sync went
//   storage.sync   `prefs`, `p:<profile id>`     the mirror of the settings when sync is on (sync/merge.ts)
//
// Content scripts read `local:settings` only (through page-view.ts) and write nothing.

/**
 * The settings, as stored (schema.ts's `storedSettings`). Deliberately without WXT's `version` and
 * `migrations` options: WXT would run the migrations in every context that imports this file (popup,
 * options, background at once). They run in the background only (migrations/run.ts), and every
 * other reader reads any version through the tolerant schema.
 */
export const settingsItem = storage.defineItem<unknown, { v?: unknown }>(`local:${SETTINGS_KEY}`, { fallback: null });

/** Stored values that failed validation, newest first (quarantine.ts). This browser only. */
export const quarantineItem = storage.defineItem<unknown>('local:quarantine', { fallback: null });

/** Sync on or off for this browser, and the last outcome (sync/state.ts). Never synced itself. */
export const syncStateItem = storage.defineItem<unknown>('local:syncState', { fallback: null });
