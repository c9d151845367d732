import type { ContentMessage } from './messages';
import { activeProfile, forget, newProfile, omit, type Prefs, type Profile, type Settings } from './schema';
import { cleanLabel } from './text';

// Every change anyone makes to the settings, as pure functions from settings to settings: the
// popup, the options page, the background (what content scripts report) and import all write
// through these, applied by `change` (store.ts), which validates, stamps sync's change times and
// keeps a damaged stored value aside first. A field an edit sets is no longer "kept without being
// understood": the person's new choice replaces the value this version could not read.

/** One change to the settings. Pure: the same settings in, the same settings out. */
export type Edit = (settings: Settings) => Settings;

/** A new profile id: time and chance, so two devices adding people at once never pick the same one. */
export const newProfileId = (now = Date.now(), random = Math.random()) =>
  `p-${now.toString(36)}-${random.toString(36).slice(2, 8).padEnd(6, '0')}`;

type ProfileChange = Partial<Omit<Profile, 'id' | 'updatedAt' | 'times' | 'kept'>>;

const changeProfile = (profile: Profile, change: ProfileChange): Profile => {
  const kept = forget(profile.kept, Object.keys(change));
  return { ...omit(profile, 'kept'), ...change, ...(kept ? { kept } : {}) };
};

export const updateProfile =
  (id: string, change: ProfileChange): Edit =>
  (settings) => ({
    ...settings,
    profiles: settings.profiles.map((profile) => (profile.id === id ? changeProfile(profile, change) : profile)),
  });

/** Changes whoever is signing in on this computer. */
export const updateActiveProfile =
  (change: ProfileChange): Edit =>
  (settings) =>
    updateProfile(activeProfile(settings).id, change)(settings);

export const renameProfile = (id: string, label: string): Edit => updateProfile(id, { label: cleanLabel(label) });

/** A new person, made active at once (the popup's and the options page's "Add a person"). */
/**
 * A new person, last in the list; made the one signing in only when `makeActive` (the popup and
 * options pass false unless the person asked to switch: the current person's warnings stay on).
 */
export const addProfile =
  (label: string, makeActive = true, id = newProfileId()): Edit =>
  (settings) => ({
    ...settings,
    profiles: [...settings.profiles, newProfile(id, label)],
    activeProfile: makeActive ? id : settings.activeProfile,
  });

export const setActiveProfile =
  (id: string): Edit =>
  (settings) =>
    settings.profiles.some((profile) => profile.id === id) ? { ...settings, activeProfile: id } : settings;

/** What undoing a deletion needs. */
export type Deleted = { profile: Profile; index: number; wasActive: boolean };

/** What deleting `id` would remove (undefined: nobody, or the last person, who is never deleted). */
export function deletionOf(settings: Settings, id: string): Deleted | undefined {
  const index = settings.profiles.findIndex((profile) => profile.id === id);
  if (index < 0 || settings.profiles.length < 2) return undefined;
  return { profile: settings.profiles[index]!, index, wasActive: settings.activeProfile === id };
}

/** Deletes a profile (never the last one: there is always someone signing in); deleting the active one activates the first. */
export const deleteProfile =
  (id: string): Edit =>
  (settings) => {
    const deleted = deletionOf(settings, id);
    if (!deleted) return settings;
    const profiles = settings.profiles.filter((profile) => profile.id !== id);
    return { ...settings, profiles, activeProfile: deleted.wasActive ? profiles[0]!.id : settings.activeProfile };
  };

/** Puts a deleted profile back where it was, as it was (it counts as changed now, so sync keeps it). */
export const restoreProfile =
  ({ profile, index, wasActive }: Deleted): Edit =>
  (settings) => {
    if (settings.profiles.some((other) => other.id === profile.id)) return settings;
    const profiles = [...settings.profiles];
    profiles.splice(index, 0, profile);
    return { ...settings, profiles, activeProfile: wasActive ? profile.id : settings.activeProfile };
  };

export const setPrefs =
  (change: Partial<Prefs>): Edit =>
  (settings) => {
    const kept = forget(settings.kept, Object.keys(change));
    return { ...omit(settings, 'kept'), ...change, ...(kept ? { kept } : {}) };
  };

const toggle = (list: string[], key: string, on: boolean) => [
  ...list.filter((other) => other !== key),
  ...(on ? [key] : []),
];

/** Hides or shows the banner on one page kind (`service/page`). */
export const setPageHidden =
  (key: string, hidden: boolean): Edit =>
  (settings) =>
    setPrefs({ hiddenPages: toggle(settings.hiddenPages, key, hidden) })(settings);

export const setServiceHidden =
  (service: string, hidden: boolean): Edit =>
  (settings) =>
    setPrefs({ hiddenServices: toggle(settings.hiddenServices, service, hidden) })(settings);

/**
 * Replaces the settings with an imported set (already read and previewed). People here that the
 * file lacks are deleted (tombstoned, so sync does not bring them back); this browser's deleted list
 * is kept. What the file held that this version does not understand comes along, as it was.
 */
export const applyImport =
  (incoming: Settings): Edit =>
  (current) => ({ ...incoming, deletedProfiles: current.deletedProfiles });

/** Puts back exactly what was there before an import (the options page's undo). */
export const replaceWith =
  (before: Settings): Edit =>
  () =>
    before;

/** What a (validated, believable: record.ts) message from a content script changes, for the active profile. */
export function fromMessage(message: ContentMessage, now: number): Edit {
  switch (message.type) {
    case 'hide-page':
      return setPageHidden(message.page, true);
    case 'remember-method':
      // Told, not guessed (by the banner's question; null: "I don't remember"): a bank they were only
      // seen picking stays seen (they choose it in the popup). The same method again keeps the bank they told.
      return (settings) => {
        const told = activeProfile(settings);
        const partner = message.method === 'sign-in-partner' && told.method === 'sign-in-partner' ? told.partner : null;
        return updateActiveProfile({ method: message.method, partner })(settings);
      };
    case 'record-sign-in':
      return updateActiveProfile({ lastUsed: { method: message.method, partner: null, at: now } });
    case 'record-bank':
      return updateActiveProfile({ lastUsed: { method: 'sign-in-partner', partner: message.partner, at: now } });
    case 'record-new-gckey':
      return updateActiveProfile({ newGckeyAt: now });
    case 'ask-page-view':
    case 'more':
      return (settings) => settings; // read-only: the page view, the tab's way, the words behind "More"
  }
}
