import { SETTINGS_VERSION } from './constants';
import type { Settings } from './schema';
import { cleanLabel } from './text';

/** What an exported file says it is; import.ts refuses anything else. */
export const EXPORT_FORMAT = 'ircc-sign-in-guide-settings';

const withoutTombstones = ({ deletedProfiles: _, ...kept }: Settings) => kept;

/**
 * All the settings as a readable, versioned JSON file. There are no secrets to leave out: the
 * extension never stores a username or password. This browser's list of deleted profiles (sync's
 * bookkeeping) stays behind.
 */
export function exportSettings(settings: Settings, now: number): string {
  const kept = withoutTombstones(settings);
  const file = {
    format: EXPORT_FORMAT,
    version: SETTINGS_VERSION,
    exportedAt: new Date(now).toISOString(),
    settings: { ...kept, profiles: kept.profiles.map((profile) => ({ ...profile, label: cleanLabel(profile.label) })) },
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}

export const exportFileName = (now: number) =>
  `ircc-sign-in-guide-settings-${new Date(now).toISOString().slice(0, 10)}.json`;
