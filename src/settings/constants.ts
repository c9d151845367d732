// Plain values shared by the zod schema and the content script's reader (which must not pull in zod).
export const SETTINGS_KEY = 'settings';
/**
 * What the content scripts read instead (src/settings/page-view.ts `storedPageView`): written by the
 * background only, it holds the one active person as a page needs them, and no other person.
 */
export const PAGE_VIEW_KEY = 'page-view';
/**
 * The settings' shape version. Version 1 was written by the first release; migrations/ lifts older
 * values. Every write records the writer's version (store.ts), so migrations must be idempotent: a
 * newer build may lift a value that an older build wrote over its own, keeping the newer parts.
 */
export const SETTINGS_VERSION = 2;
export const METHODS = ['gckey', 'sign-in-partner'] as const;
export type Method = (typeof METHODS)[number];
/** What language banners speak: the IRCC page's own (the default), or always English or French. */
export const LANGUAGES = ['page', 'en', 'fr'] as const;
export type LanguageChoice = (typeof LANGUAGES)[number];
export const THEMES = ['system', 'light', 'dark'] as const;
export type ThemeChoice = (typeof THEMES)[number];
export const DEFAULT_PROFILE_ID = 'me';
export const PROFILE_ID = /^[a-z0-9-]{1,40}$/;
/**
 * A Sign-In Partner id as stored: the form of the list's ids (pages/partners.ts), whether or not this
 * build's list has it: the list changes, and a bank a newer or older build knows is kept as it is.
 */
export const PARTNER_REF = /^[a-z0-9-]{1,40}$/;
/** A page kind as stored: `service/page`. */
export const PAGE_KEY = /^[a-z-]{1,30}\/[a-z-]{1,30}$/;
/** A service id as stored (the catalogue's ids; an id the catalogue later drops is harmless). */
export const SERVICE_KEY = /^[a-z-]{1,30}$/;
export const MAX_HIDDEN_PAGES = 100;
export const MAX_HIDDEN_SERVICES = 20;
export const MAX_LABEL = 60;
/** Latest moment a stored date may be (1 Jan 2100): anything later is damage, not a date. */
export const MAX_TIME = 4_102_444_800_000;
/** How many people (profiles) one browser may keep: a representative's clients fit. */
export const MAX_PROFILES = 200;
/** Names of the items in storage.sync when sync is on (sync.ts). */
export const SYNC_PREFS_KEY = 'prefs';
export const SYNC_PROFILE_PREFIX = 'p:';
