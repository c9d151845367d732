import { PARTNER_IDS, type PartnerId } from '../pages/partners';
import { DEFAULT_PROFILE_ID, MAX_PROFILES, MAX_TIME, METHODS, PAGE_KEY } from './constants';
import type { Profile } from './schema';

/**
 * What the content script needs from storage, read without zod. The content script's size is
 * budgeted (issue 6) and zod/mini alone costs ~10 KB gzip there, so this small reader does the same
 * checks for the fields a banner uses. `page-view.test.ts` proves, on thousands of generated values,
 * that it always agrees with `parseSettings` (the zod schema stays the authority).
 */
export type PageView = {
  hiddenPages: string[];
  profile: Profile;
  /** How many people this browser keeps: with more than one, banners say whose sign-in it is. */
  profileCount: number;
};

const PROFILE_ID = /^[a-z0-9-]{1,40}$/;
type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const oneOf = <T extends string>(list: readonly T[], value: unknown): T | null =>
  list.includes(value as T) ? (value as T) : null;
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TIME;

function readLastUsed(raw: unknown): Profile['lastUsed'] {
  if (!isObject(raw)) return null;
  const method = oneOf(METHODS, raw.method);
  if (!method || !isTime(raw.at)) return null;
  return { method, partner: oneOf<PartnerId>(PARTNER_IDS, raw.partner), at: raw.at };
}

function readProfile(raw: Raw): Profile {
  return {
    id: raw.id as string,
    label: typeof raw.label === 'string' && raw.label.length <= 60 ? raw.label : '',
    method: oneOf(METHODS, raw.method),
    partner: oneOf<PartnerId>(PARTNER_IDS, raw.partner),
    lastUsed: readLastUsed(raw.lastUsed),
    newGckeyAt: isTime(raw.newGckeyAt) ? raw.newGckeyAt : null,
  };
}

export function readPageView(raw: unknown): PageView {
  const fallback: PageView = {
    hiddenPages: [],
    profile: { id: DEFAULT_PROFILE_ID, label: '', method: null, partner: null, lastUsed: null, newGckeyAt: null },
    profileCount: 1,
  };
  if (!isObject(raw)) return fallback;
  const profiles = (Array.isArray(raw.profiles) ? raw.profiles.slice(0, MAX_PROFILES) : []).filter(
    (profile): profile is Raw => isObject(profile) && typeof profile.id === 'string' && PROFILE_ID.test(profile.id),
  );
  const active = profiles.find((profile) => profile.id === raw.activeProfile) ?? profiles[0];
  const hidden = raw.hiddenPages;
  const hiddenValid =
    Array.isArray(hidden) &&
    hidden.length <= 100 &&
    hidden.every((key) => typeof key === 'string' && PAGE_KEY.test(key));
  return {
    hiddenPages: hiddenValid ? [...new Set(hidden as string[])] : [],
    profile: active ? readProfile(active) : fallback.profile,
    profileCount: Math.max(1, new Set(profiles.map((profile) => profile.id)).size),
  };
}
