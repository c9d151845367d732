// End-to-end suite on its own: real browsers in Node, one file at a time (each file starts a Chromium;
// two at once on a 2-core machine only slows both down). Run from the repository root with
//   npx vitest run --config tests/e2e/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/e2e/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
  },
});
