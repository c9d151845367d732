import { PREF_KEYS, type Prefs, type Profile, type Settings } from '../schema';
import { sameProfile } from '../sync/stamp';

/** What applying an import would change, for the person to see before anything changes. */
export type ImportPreview = {
  added: Profile[];
  changed: Profile[];
  /** People here that the file does not have: applying deletes them. */
  removed: Profile[];
  unchanged: Profile[];
  prefs: (keyof Prefs)[];
};

export function previewImport(current: Settings, incoming: Settings): ImportPreview {
  const here = new Map(current.profiles.map((profile) => [profile.id, profile]));
  const there = new Set(incoming.profiles.map((profile) => profile.id));
  const preview: ImportPreview = { added: [], changed: [], removed: [], unchanged: [], prefs: [] };
  for (const profile of incoming.profiles) {
    const mine = here.get(profile.id);
    if (!mine) preview.added.push(profile);
    else (sameProfile(mine, profile) ? preview.unchanged : preview.changed).push(profile);
  }
  preview.removed = current.profiles.filter((profile) => !there.has(profile.id));
  preview.prefs = PREF_KEYS.filter((key) => JSON.stringify(current[key]) !== JSON.stringify(incoming[key]));
  return preview;
}

export const changesNothing = (preview: ImportPreview) =>
  preview.added.length + preview.changed.length + preview.removed.length + preview.prefs.length === 0;
