import { MAX_LABEL } from './constants';

/**
 * Characters no name needs and that can make text lie about itself: control characters, lone
 * surrogates, bidirectional embeddings, overrides and isolates (which can show "Maria" for another
 * string), and the byte-order mark. Imported names containing them are refused; typed ones are cleaned.
 */
export const HOSTILE_TEXT = /[\p{Cc}\p{Cs}\u202A-\u202E\u2066-\u2069\uFEFF]/u;

/** A profile name as typed, made safe to keep: hostile characters dropped, spaces trimmed, length capped. */
export const cleanLabel = (label: string): string =>
  label
    .replace(new RegExp(HOSTILE_TEXT.source, 'gu'), '')
    .trim()
    .slice(0, MAX_LABEL)
    .replace(/[\uD800-\uDBFF]$/, ''); // never half of a character cut in two
