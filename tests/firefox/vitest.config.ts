// The Firefox end-to-end test on its own: one file, one Firefox (Debian's firefox-esr, or FIREFOX_PATH),
// the built Firefox extension from <WXT_OUT_DIR or .output>/firefox-mv2, pages served on port 443.
// Run from the repository root with `npm run test:firefox` (builds and lints first), or after a build:
//   npx vitest run --config tests/firefox/vitest.config.ts
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['tests/firefox/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
    // Starting Firefox takes a few seconds, more on a busy machine; waiting for port 443 up to 30 s.
    hookTimeout: 120_000,
    fileParallelism: false,
  },
});
