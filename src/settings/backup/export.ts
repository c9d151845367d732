import { SETTINGS_VERSION } from '../constants';
import { omit, type Settings, storedSettings } from '../schema';

/** What an exported file says it is; import.ts reads nothing else. */
export const EXPORT_FORMAT = 'ircc-sign-in-guide-settings';

/**
 * All the settings as a readable, versioned JSON file, as stored: what this version keeps without
 * understanding it (a bank it does not know, a newer version's field) goes out exactly as it came
 * in. There are no secrets to leave out: the extension never stores a username or password. This
 * browser's list of deleted profiles (sync's bookkeeping) stays behind.
 */
export function exportSettings(settings: Settings, now: number): string {
  const kept = omit(storedSettings(settings), 'deletedProfiles');
  const file = {
    format: EXPORT_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: kept,
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const exportFileName = (now: number) =>
  `ircc-sign-in-guide-settings-${new Date(now).toISOString().slice(0, 10)}.json`;
