import { MAX_LABEL } from './constants';

/**
 * Characters no name needs and that can make text lie about itself or hide in it:
 * - C0 and C1 control characters (\p{Cc}: NUL, BEL, ESC, DEL, NEL…) and lone surrogates (\p{Cs});
 * - bidirectional marks, embeddings, overrides and isolates (U+061C, U+200E–U+200F, U+202A–U+202E,
 *   U+2066–U+2069), which can show "Maria" for another string or reorder the sentence around the name;
 * - invisible characters: zero-width space U+200B, word joiner and invisible operators U+2060–U+2064,
 *   the byte-order mark U+FEFF, the Mongolian vowel separator U+180E, soft hyphen U+00AD, the
 *   Hangul fillers U+115F, U+1160, U+3164, U+FFA0, and the tag characters U+E0000–U+E007F.
 * Zero-width joiner and non-joiner (U+200C, U+200D) stay: Persian, Indic and emoji spellings need them.
 */
export const HOSTILE_TEXT =
  /[\p{Cc}\p{Cs}\u00AD\u061C\u115F\u1160\u180E\u200B\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u3164\uFEFF\uFFA0\u{E0000}-\u{E007F}]/u;
const HOSTILE_ALL = new RegExp(HOSTILE_TEXT.source, 'gu');
/** Line and paragraph separators, tabs and runs of spaces read as one space in a name. */
const SPACES = /[\s\u2028\u2029]+/gu;

/**
 * A person's name made safe to keep and to show: hostile characters (above) removed, any run of
 * spaces one space, trimmed, at most MAX_LABEL UTF-16 units (never half of a character cut in two).
 * Applied on every read of a name — storage, sync, import and typing — by the settings schema and by
 * the content script's reader alike, so no part of the extension ever holds an unclean name.
 * Idempotent: cleaning a clean name changes nothing.
 */
export const cleanLabel = (label: string): string =>
  label
    .replace(HOSTILE_ALL, '')
    .replace(SPACES, ' ')
    .trim()
    .slice(0, MAX_LABEL)
    .replace(/[\uD800-\uDBFF]$/, '')
    .trim();
