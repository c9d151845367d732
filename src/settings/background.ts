import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from './constants';
import { runMigrations } from './migrations/run';
import { repairStoredSettings } from './store';
import { startSync } from './sync/run';

/**
 * The settings' life in the background, the one place migrations run: the stored value is lifted
 * to this version when the worker starts (after an install or update, or any start: it is cheap
 * when there is nothing to do), then damaged values are kept aside and repaired whenever they appear
 * (written by anything: an old version, a bug, a person with devtools), and sync runs when the
 * person turned it on. Call once, synchronously, at the start of the background script (its
 * listeners must be registered in the first turn for the browser to wake the worker for them).
 * Returns when the stored value is migrated: the background's own writes wait for it.
 */
export function startSettingsBackground(): Promise<unknown> {
  const migrated = runMigrations().then(() => repairStoredSettings());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void migrated.then(() => repairStoredSettings());
  });
  startSync(migrated);
  return migrated;
}
