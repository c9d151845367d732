// The README's commands outside the test runner (`npm run demo`, `npm run bench`, the store
// pictures) run scripts that share the end-to-end tests' helpers. Vitest's own functions only work
// inside a Vitest run: a helper that imports one breaks those commands, which `npm test` does not
// run (it happened once: a wait written with Vitest's `expect.poll` in tests/e2e/extension.ts).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

/** Every local module a script imports, following relative imports (`./x.ts`, `../tests/e2e/y.ts`). */
function localImports(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const source = readFileSync(file, 'utf8');
  for (const [, spec] of source.matchAll(/(?:^|\n)\s*(?:import|export)[^'"]*?from\s+'(\.{1,2}\/[^']+)'/g)) {
    if (spec!.endsWith('.ts')) localImports(resolve(dirname(file), spec!), seen);
  }
  return seen;
}

describe('the scripts run outside Vitest', () => {
  for (const script of ['demo.ts', 'bench.ts', 'store-screenshots.ts']) {
    it(`${script} imports nothing from Vitest, directly or through the test helpers`, () => {
      const modules = [...localImports(resolve(ROOT, 'scripts', script))];
      expect(modules.length).toBeGreaterThan(1);
      const withVitest = modules.filter((file) => /from\s+'vitest'/.test(readFileSync(file, 'utf8')));
      expect(withVitest.map((file) => file.slice(ROOT.length + 1))).toEqual([]);
    });
  }
});
