import { PARTNER_IDS, type PartnerId } from '../pages/partners';
import {
  DEFAULT_PROFILE_ID,
  LANGUAGES,
  type LanguageChoice,
  MAX_HIDDEN_PAGES,
  MAX_HIDDEN_SERVICES,
  MAX_LABEL,
  MAX_PROFILES,
  MAX_TIME,
  METHODS,
  PAGE_KEY,
  PROFILE_ID,
  SERVICE_KEY,
  THEMES,
  type ThemeChoice,
} from './constants';
import type { Profile } from './schema';

/**
 * What the content script needs from storage, read without zod. The content script's size is
 * budgeted (issue 6) and zod/mini alone costs ~10 KB gzip there, so this small reader does the same
 * checks for the fields a banner uses. `page-view.test.ts` proves, on thousands of generated values,
 * that it always agrees with `parseSettings` (the zod schema stays the authority).
 */
export type PageView = {
  /** Page kinds (`service/page`) whose banner is off. */
  hiddenPages: string[];
  /** Services whose banners are all off. */
  hiddenServices: string[];
  /** The global off switch: no banner, no guard, anywhere. */
  disabled: boolean;
  /** 'page': speak the page's language; 'en' / 'fr': always that one. */
  language: LanguageChoice;
  theme: ThemeChoice;
  /** The active profile (without its sync bookkeeping, which no page needs). */
  profile: Profile;
  /** How many people this browser keeps: with more than one, banners say whose sign-in it is. */
  profileCount: number;
};

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const oneOf = <T extends string>(list: readonly T[], value: unknown): T | null =>
  list.includes(value as T) ? (value as T) : null;
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TIME;
const validKeys = (raw: unknown, pattern: RegExp, max: number): string[] =>
  Array.isArray(raw)
    ? [...new Set(raw.filter((key): key is string => typeof key === 'string' && pattern.test(key)))].slice(0, max)
    : [];

function readLastUsed(raw: unknown): Profile['lastUsed'] {
  if (!isObject(raw)) return null;
  const method = oneOf(METHODS, raw.method);
  if (!method || !isTime(raw.at)) return null;
  return { method, partner: oneOf<PartnerId>(PARTNER_IDS, raw.partner), at: raw.at };
}

function readProfile(raw: Raw): Profile {
  return {
    id: raw.id as string,
    label: typeof raw.label === 'string' && raw.label.length <= MAX_LABEL ? raw.label : '',
    method: oneOf(METHODS, raw.method),
    partner: oneOf<PartnerId>(PARTNER_IDS, raw.partner),
    lastUsed: readLastUsed(raw.lastUsed),
    newGckeyAt: isTime(raw.newGckeyAt) ? raw.newGckeyAt : null,
  };
}

export function readPageView(raw: unknown): PageView {
  const fallback: PageView = {
    hiddenPages: [],
    hiddenServices: [],
    disabled: false,
    language: 'page',
    theme: 'system',
    profile: { id: DEFAULT_PROFILE_ID, label: '', method: null, partner: null, lastUsed: null, newGckeyAt: null },
    profileCount: 1,
  };
  if (!isObject(raw)) return fallback;
  const profiles = (Array.isArray(raw.profiles) ? raw.profiles.slice(0, MAX_PROFILES) : []).filter(
    (profile): profile is Raw => isObject(profile) && typeof profile.id === 'string' && PROFILE_ID.test(profile.id),
  );
  const active = profiles.find((profile) => profile.id === raw.activeProfile) ?? profiles[0];
  return {
    hiddenPages: validKeys(raw.hiddenPages, PAGE_KEY, MAX_HIDDEN_PAGES),
    hiddenServices: validKeys(raw.hiddenServices, SERVICE_KEY, MAX_HIDDEN_SERVICES),
    disabled: raw.disabled === true,
    language: oneOf(LANGUAGES, raw.language) ?? 'page',
    theme: oneOf(THEMES, raw.theme) ?? 'system',
    profile: active ? readProfile(active) : fallback.profile,
    profileCount: Math.max(1, new Set(profiles.map((profile) => profile.id)).size),
  };
}

/** Whether a banner belongs on this page kind: not switched off globally, for its service, or for itself. */
export const showsBanner = (view: PageView, match: { service: string; page: string }): boolean =>
  !view.disabled &&
  !view.hiddenServices.includes(match.service) &&
  !view.hiddenPages.includes(`${match.service}/${match.page}`);
