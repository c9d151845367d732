import preact from '@preact/preset-vite';
import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tests: happy-dom, WXT's fake browser (import `browser` from 'wxt/browser'), Preact.
export default defineConfig({
  plugins: [WxtVitest(), preact()],
  // As in every build but the bench's comparison one (src/env.d.ts).
  define: { __BENCH_TEXT_NAMES__: 'false' },
  test: {
    environment: 'happy-dom',
    include: ['src/**/*.test.{ts,tsx}', 'tests/unit/**/*.test.{ts,tsx}'],
    restoreMocks: true,
  },
});
