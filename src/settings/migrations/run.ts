import { SETTINGS_VERSION } from '../constants';
import { settingsItem } from '../items';
import { migrate } from './index';

/**
 * Lifts the stored settings to this version, in the background only (background.ts calls it once
 * when the worker starts, before anything else there reads or writes the settings). A value with
 * no version recorded is version 1 (the first release recorded it on its first write); a value of a
 * newer version (after a downgrade) is left as it is. Records the version either way. Never throws.
 * Returns the version the stored value had.
 */
export async function runMigrations(): Promise<number> {
  try {
    const [value, meta] = await Promise.all([settingsItem.getValue(), settingsItem.getMeta()]);
    const stored = typeof meta.v === 'number' && Number.isInteger(meta.v) && meta.v >= 1 ? meta.v : 1;
    if (value === null || value === undefined) {
      await settingsItem.setMeta({ v: SETTINGS_VERSION });
      return SETTINGS_VERSION;
    }
    if (stored < SETTINGS_VERSION) {
      await settingsItem.setValue(migrate(value, stored));
      await settingsItem.setMeta({ v: SETTINGS_VERSION });
    }
    return stored;
  } catch (error) {
    console.error('Could not migrate the stored settings', error);
    return SETTINGS_VERSION;
  }
}
