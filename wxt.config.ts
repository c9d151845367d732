import preact from '@preact/preset-vite';
import { defineConfig } from 'wxt';
import { CONTENT_MATCHES } from './src/pages/catalogue';

// https://wxt.dev/api/config.html
export default defineConfig({
  // WXT_OUT_DIR lets parallel work build side by side without overwriting each other's output.
  outDir: process.env.WXT_OUT_DIR ?? '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  hooks: {
    // The polyfill serves the popup, options and background. Content scripts run on every IRCC
    // page load and have a 12 KB budget, of which the polyfill alone would take 3 KB: they use the
    // browser's own promise-based API instead (Chrome MV3's chrome.*, Firefox's browser.*), through
    // WXT's plain `wxt/browser`. They call only storage.local.get, storage.onChanged and
    // runtime.sendMessage, which both browsers provide with promises natively.
    'vite:build:extendConfig': (entrypoints, config) => {
      const alias = config.resolve?.alias as Record<string, string> | undefined;
      if (alias && entrypoints.every((entrypoint) => entrypoint.type === 'content-script')) delete alias['wxt/browser'];
    },
  },
  vite: () => ({
    plugins: [preact()],
  }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // storage: the remembered sign-in. The hosts are the catalogue's, the same the content script
    // runs on (so no new warning): they let the popup read the address of an IRCC tab. activeTab:
    // the address of the tab the person opens the popup on, to warn about look-alike sites; no
    // other tab, no history.
    permissions: ['storage', 'activeTab'],
    host_permissions: CONTENT_MATCHES,
    action: { default_title: '__MSG_extName__' },
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
