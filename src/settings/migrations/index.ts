import { SETTINGS_VERSION } from '../constants';
import { v1ToV2 } from './v2';

// Numbered migrations of the stored settings: `MIGRATIONS[n]` lifts a version n-1 value to version n,
// one file and one spec each (v2.ts, v2.test.ts…). Each is pure, total and idempotent: it never
// throws, passes anything it does not recognise through untouched (so the read-time repair and the
// quarantine see the original), and changes nothing in a value that already has what it adds (every
// write records its writer's version, so a newer build may lift what an older one wrote over its own).
// They run in two places only: on storage in the background (run.ts), and on an imported file
// (backup/import.ts). Other parts of the extension read through the tolerant schema, which reads
// any version.

export const MIGRATIONS: Record<number, (value: unknown) => unknown> = { 2: v1ToV2 };

/**
 * Lifts a value of version `from` to the current version, through every migration in turn. A value
 * of a newer version is left as it is: this version reads what it can of it and keeps the rest.
 */
export function migrate(value: unknown, from: number): unknown {
  let current = value;
  for (let version = Math.max(from, 1) + 1; version <= SETTINGS_VERSION; version++)
    current = MIGRATIONS[version]!(current);
  return current;
}
