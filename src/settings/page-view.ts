import { pageKey, type PageMatch } from '../pages';
import { PARTNER_IDS, type PartnerId } from '../pages/partners';
import {
  DEFAULT_PROFILE_ID,
  LANGUAGES,
  type LanguageChoice,
  MAX_HIDDEN_PAGES,
  MAX_HIDDEN_SERVICES,
  MAX_PROFILES,
  MAX_TIME,
  type Method,
  METHODS,
  PAGE_KEY,
  PARTNER_REF,
  PROFILE_ID,
  SERVICE_KEY,
  THEMES,
  type ThemeChoice,
} from './constants';
import type { Settings } from './schema';
import { cleanLabel } from './text';

/**
 * What the content script needs from storage, read without zod. The content script's size is
 * budgeted (≤ 12,000 bytes gzip) and zod/mini alone costs ~10 KB gzip there, so this small reader
 * does the same checks as the schema (schema.ts) for the fields a banner uses. `page-view.test.ts`
 * proves, on thousands of generated values, that it always equals `pageViewOf(parseSettings(raw))`.
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
  /** The active profile, as a page needs it. */
  profile: PageProfile;
  /** How many people this browser keeps: with more than one, banners say whose sign-in it is. */
  profileCount: number;
};

/**
 * A person as pages see them: no sync bookkeeping, nothing this version keeps without understanding,
 * and a bank this build's list does not have reads as null ("no known bank": no mark, no guard for it).
 */
export type PageProfile = {
  id: string;
  label: string;
  method: Method | null;
  partner: PartnerId | null;
  lastUsed: { method: Method; partner: PartnerId | null; at: number } | null;
  newGckeyAt: number | null;
};

type Raw = Record<string, unknown>;
const isObject = (value: unknown): value is Raw => typeof value === 'object' && value !== null && !Array.isArray(value);
const oneOf = <T extends string>(list: readonly T[], value: unknown): T | null =>
  list.includes(value as T) ? (value as T) : null;
/** A bank this build knows, or null (unknown to this build, or none). */
export const knownPartner = (id: unknown, known: readonly string[] = PARTNER_IDS): PartnerId | null =>
  oneOf(known as readonly PartnerId[], id);
const isTime = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value) && value >= 0 && value <= MAX_TIME;
const validKeys = (raw: unknown, pattern: RegExp, max: number): string[] =>
  Array.isArray(raw)
    ? [...new Set(raw.filter((key): key is string => typeof key === 'string' && pattern.test(key)))].slice(0, max)
    : [];

function readLastUsed(raw: unknown): PageProfile['lastUsed'] {
  if (!isObject(raw)) return null;
  const method = oneOf(METHODS, raw.method);
  const partner = raw.partner;
  const partnerOk =
    partner === undefined || partner === null || (typeof partner === 'string' && PARTNER_REF.test(partner));
  if (!method || !isTime(raw.at) || !partnerOk) return null;
  return { method, partner: knownPartner(partner), at: raw.at };
}

function readProfile(raw: Raw): PageProfile {
  return {
    id: raw.id as string,
    label: typeof raw.label === 'string' ? cleanLabel(raw.label) : '',
    method: oneOf(METHODS, raw.method),
    partner: knownPartner(raw.partner),
    lastUsed: readLastUsed(raw.lastUsed),
    newGckeyAt: isTime(raw.newGckeyAt) ? raw.newGckeyAt : null,
  };
}

const FALLBACK_PROFILE: PageProfile = {
  id: DEFAULT_PROFILE_ID,
  label: '',
  method: null,
  partner: null,
  lastUsed: null,
  newGckeyAt: null,
};

export function readPageView(raw: unknown): PageView {
  const fallback: PageView = {
    hiddenPages: [],
    hiddenServices: [],
    disabled: false,
    language: 'page',
    theme: 'system',
    profile: FALLBACK_PROFILE,
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

/**
 * The page view of settings read by the schema: what `readPageView` must equal (its differential test),
 * and what the options and popup use to say what a page would show. `known`: the bank ids this build knows.
 */
export function pageViewOf(settings: Settings, known: readonly string[] = PARTNER_IDS): PageView {
  const active = settings.profiles.find((profile) => profile.id === settings.activeProfile) ?? settings.profiles[0]!;
  const used = active.lastUsed;
  return {
    hiddenPages: settings.hiddenPages,
    hiddenServices: settings.hiddenServices,
    disabled: settings.disabled,
    language: settings.language,
    theme: settings.theme,
    profile: {
      id: active.id,
      label: active.label,
      method: active.method,
      partner: knownPartner(active.partner, known),
      lastUsed: used && { method: used.method, partner: knownPartner(used.partner, known), at: used.at },
      newGckeyAt: active.newGckeyAt,
    },
    profileCount: settings.profiles.length,
  };
}

/**
 * The page view as the background stores it for the content scripts (under PAGE_VIEW_KEY) and sends it
 * to their tabs when it changes: the settings' own shape, holding only the active person, their name
 * only when the browser keeps more than one person (the banner names nobody otherwise), and how many
 * people there are. No other person's name or bank reaches a page's process.
 */
export function storedPageView(view: PageView): Raw {
  const { profile, profileCount, ...prefs } = view;
  return {
    ...prefs,
    activeProfile: profile.id,
    profiles: [{ ...profile, label: profileCount > 1 ? profile.label : '' }],
    profileCount,
  };
}

/**
 * Reads what `storedPageView` wrote, checked like any stored value: a malformed value (or none yet)
 * reads as the defaults, never a crash. `profileCount` is a whole number from 1 to MAX_PROFILES.
 */
export function readStoredPageView(raw: unknown): PageView {
  const count = isObject(raw) ? raw.profileCount : 1;
  return {
    ...readPageView(raw),
    profileCount: Number.isInteger(count) ? Math.min(MAX_PROFILES, Math.max(1, count as number)) : 1,
  };
}

/** Whether a banner belongs on this page kind: not switched off globally, for its service, or for itself. */
export const showsBanner = (view: PageView, match: Pick<PageMatch, 'service' | 'page'>): boolean =>
  !view.disabled && !view.hiddenServices.includes(match.service) && !view.hiddenPages.includes(pageKey(match));
