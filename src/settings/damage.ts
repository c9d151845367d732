import { isObject } from './schema';

/**
 * Whether a repaired value still holds everything the stored one did: every key of every object
 * with an equal value, every list as long, in the same order. Defaults the repair added for fields
 * the stored value lacked (an older version's value) lose nothing and are fine. When this is false,
 * the stored original goes to quarantine before anything overwrites it. Compare the stored value with
 * the repaired one in its stored form (schema.ts `storedSettings`), where kept values are back in place.
 */
export function keepsEverything(raw: unknown, repaired: unknown): boolean {
  if (raw === null || raw === undefined) return true; // nothing stored yet
  return keeps(raw, repaired);
}

function keeps(raw: unknown, kept: unknown): boolean {
  if (Array.isArray(raw))
    return Array.isArray(kept) && raw.length === kept.length && raw.every((v, i) => keeps(v, kept[i]));
  if (isObject(raw)) {
    if (!isObject(kept)) return false;
    return Object.keys(raw).every((key) => Object.hasOwn(kept, key) && keeps(raw[key], kept[key]));
  }
  return Object.is(raw, kept);
}
