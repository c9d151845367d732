import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { resolve } from 'node:path';
import { committedTree, isGitWorkTree } from './scripts/sources-archive';
import { GUARD_MATCHES } from './src/guards/matches';
import { CONTENT_MATCHES } from './src/pages/catalogue';

/** Deletes the committed tree extracted for the sources archive, once zipped. */
let removeTree: (() => void) | undefined;

/** Built as plain scripts (entrypoints/ircc.ts, guards.ts) and declared as content scripts below. */
const CONTENT_SCRIPTS = ['ircc', 'guards'];

// https://wxt.dev/api/config.html
export default defineConfig({
  // WXT_OUT_DIR lets parallel work build side by side without overwriting each other's output.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The Firefox sources archive: the committed tree only (scripts/sources-archive.ts), never the
    // working tree's ignored output or stray files, and all of the committed tree. Outside a git work tree (an exported copy), WXT's
    // own file walk, with its default exclusions.
    'zip:sources:start': (wxt) => {
      if (!isGitWorkTree(wxt.config.root)) {
        wxt.logger.warn('Not a git work tree: the sources archive is made from the files on disk.');
        return;
      }
      const tree = committedTree(wxt.config.root);
      wxt.config.zip.sourcesRoot = tree.dir;
      // All of it: WXT's default exclusions (tests, dotfiles) would leave out what a reviewer needs to
      // run `npm test` and the linters; what it takes from here is committed anyway.
      wxt.config.zip.includeSources = tree.files;
      removeTree = tree.remove;
    },
    'zip:sources:done': () => {
      removeTree?.();
      removeTree = undefined;
    },
    // The polyfill serves the popup, options and background. Content scripts run on every IRCC
    // page load and have a 12 KB budget, of which the polyfill alone would take 3 KB: they use the
    // browser's own promise-based API instead (Chrome MV3's chrome.*, Firefox's browser.*), through
    // src/content/browser.ts. They call only runtime.sendMessage, runtime.onMessage
    // and runtime.id, which both browsers provide with promises natively.
    'vite:build:extendConfig': (entrypoints, config) => {
      const alias = config.resolve?.alias as Record<string, string> | undefined;
      if (alias && entrypoints.every((entrypoint) => CONTENT_SCRIPTS.includes(entrypoint.name))) {
        alias['wxt/browser'] = resolve(import.meta.dirname, 'src/content/browser.ts');
        // Terser squeezes the content scripts a little tighter than esbuild's minifier (they run on
        // every IRCC page load and have a 12 KB gzip budget, tests/e2e/budgets.test.ts).
        config.build = {
          ...config.build,
          minify: 'terser',
          terserOptions: { ecma: 2020, compress: { passes: 3 }, mangle: { toplevel: true, reserved: CONTENT_SCRIPTS } },
        };
      }
    },
  },
  vite: () => ({
    plugins: [preact()],
    // The bench's comparison build only (src/env.d.ts): false everywhere else, and dropped.
    define: { __BENCH_TEXT_NAMES__: JSON.stringify(process.env.BENCH_TEXT_NAMES === '1') },
    build: {
      rollupOptions: {
        // (onLog rather than onwarn: in WXT's builds, Vite hands Rollup's logs to onLog only.)
        onLog(level, log, handler) {
          // zod 4's sources put a few notes to esbuild where Rollup expects none (beside their
          // `@__PURE__` marks); Rollup drops those comments, which changes nothing in the bundle.
          // Only that warning, only for zod: every other one still shows.
          const zod = /[\\/]node_modules[\\/]zod[\\/]/;
          if (level === 'warn' && log.code === 'INVALID_ANNOTATION' && zod.test(log.id ?? '')) return;
          handler(level, log);
        },
      },
    },
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the remembered sign-in. activeTab: the address of the tab the person opens the popup
    // on, to say which IRCC page it is or warn about a look-alike site; no other tab, no history. No
    // host_permissions (issue 14): the content scripts' matches below are all the access to the IRCC
    // sites the extension needs, and the popup, opened from the toolbar button, reads the tab's address
    // through activeTab (tests/e2e/permissions.test.ts).
    permissions: ['storage', 'activeTab'],
    action: { default_title: '__MSG_extName__' },
    // Declared here rather than through WXT's content-script entrypoints, whose start-up context cost
    // every page load several milliseconds (issue 6). The banner: every catalogued page, before the
    // page is parsed, so it takes its place before the first paint. The guards: see matches.ts.
    content_scripts: [
      { matches: CONTENT_MATCHES, js: ['ircc.js'], run_at: 'document_start' },
      // document_start too, injected with the banner's script: at document_idle, Chrome injected it in
      // a task of its own just before the load event (seen in traces). The marks themselves wait for
      // the page to have loaded (src/guards/run.ts).
      { matches: GUARD_MATCHES, js: ['guards.js'], run_at: 'document_start' },
    ],
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: 'ircc-sign-in-guide@example.org',
              // 140 is the first Firefox (142 on Android) that reads data_collection_permissions.
              strict_min_version: '140.0',
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
