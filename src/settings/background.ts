import { browser } from 'wxt/browser';
import { SETTINGS_KEY } from './constants';
import { settingsItem } from './items';
import { repairStoredSettings } from './store';
import { startSync } from './sync-run';

/**
 * The settings' life in the background: migrations once after an install or update (reading the
 * item runs them), damaged values kept aside and repaired whenever they appear (written by anything:
 * an old version, a bug, a person with devtools), and sync when the person turned it on.
 * Call once, synchronously, at the start of the background script (its listeners must be registered
 * in the first turn for the browser to wake the worker for them).
 */
export function startSettingsBackground(): void {
  void settingsItem.getValue().then(() => repairStoredSettings());
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SETTINGS_KEY in changes) void repairStoredSettings();
  });
  startSync();
}
