// Plain values shared by the zod schema and the content script's reader (which must not pull in zod).
export const SETTINGS_KEY = 'settings';
export const METHODS = ['gckey', 'sign-in-partner'] as const;
export type Method = (typeof METHODS)[number];
export const DEFAULT_PROFILE_ID = 'me';
/** A page kind as stored: `service/page`. */
export const PAGE_KEY = /^[a-z-]{1,30}\/[a-z-]{1,30}$/;
/** Latest moment a stored date may be (1 Jan 2100): anything later is damage, not a date. */
export const MAX_TIME = 4_102_444_800_000;
/** How many people (profiles) one browser may keep: a representative's clients fit. */
export const MAX_PROFILES = 200;
