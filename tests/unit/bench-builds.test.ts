import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FLOOR_SCRIPT, generatedExtension } from '../../scripts/bench-builds.ts';

type Entry = { matches: string[]; js?: string[]; css?: string[]; run_at?: string };

const made: string[] = [];
afterEach(() => {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A measured build's folder holding only a manifest with these content scripts. */
function measured(scripts: Entry[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-builds-test-'));
  made.push(dir);
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify({ manifest_version: 3, content_scripts: scripts }));
  return dir;
}

function generated(kind: 'baseline' | 'floor', dir: string): { scripts: Entry[]; dir: string } {
  const out = generatedExtension(kind, dir);
  made.push(out);
  return { scripts: JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).content_scripts, dir: out };
}

const BANNER: Entry = { matches: ['https://clegc-gckey.gc.ca/*'], js: ['ircc.js'], run_at: 'document_start' };
const GUARDS: Entry = { matches: ['https://*.signin.interac-id.ca/*'], js: ['guards.js'], run_at: 'document_start' };
// A style sheet keeping the banner's room, declared on its own (no script).
const ROOM: Entry = { matches: ['https://clegc-gckey.gc.ca/*'], css: ['room.css'], run_at: 'document_start' };

describe('the builds the bench measures against', () => {
  it('the baseline injects an empty script wherever the build injects one, with the same matches and run time', () => {
    const { scripts, dir } = generated('baseline', measured([BANNER, GUARDS]));
    expect(scripts).toEqual([
      { matches: BANNER.matches, run_at: 'document_start', js: ['empty.js'] },
      { matches: GUARDS.matches, run_at: 'document_start', js: ['empty.js'] },
    ]);
    expect(readFileSync(join(dir, 'empty.js'), 'utf8')).toBe('');
  });

  it("the floor puts its one paragraph in the banner's script's place, and nothing in the others", () => {
    const { scripts, dir } = generated('floor', measured([BANNER, GUARDS]));
    expect(scripts.map((entry) => entry.js)).toEqual([['floor.js'], ['empty.js']]);
    expect(readFileSync(join(dir, 'floor.js'), 'utf8')).toBe(FLOOR_SCRIPT);
  });

  it('an entry with style sheets only has no counterpart: the baseline and the floor inject no extra script for it', () => {
    for (const kind of ['baseline', 'floor'] as const) {
      const { scripts } = generated(kind, measured([BANNER, ROOM, GUARDS]));
      expect(scripts).toHaveLength(2);
      expect(scripts.every((entry) => entry.css === undefined)).toBe(true);
    }
  });
});
