// Starts a real Chromium for the end-to-end tests: optionally with the unpacked extension loaded, and
// with every fixture host name resolved to the local server (server.ts), so the browser visits the
// real https:// URLs. Each flag says beside it why it is here.
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export interface LaunchOptions {
  /** Unpacked extension to load, e.g. `.output/chrome-mv3` after `npm run build`. */
  extensionDir?: string;
  /** Where the fixture pages are served (from startServer()). */
  server: { port: number; hosts: readonly string[]; httpPort?: number };
  /** Browser language, e.g. 'fr', 'fr-CA' or 'en-US' (default). Sets the extension's UI language too. */
  lang?: string;
  colorScheme?: 'light' | 'dark';
  /** A profile folder to use and keep (to start the same browser profile again); by default a new one, deleted on close. */
  userDataDir?: string;
}

export interface LaunchedBrowser {
  context: BrowserContext;
  /** Host of the extension's chrome-extension:// URLs; undefined when no extension was loaded. */
  extensionId: string | undefined;
  /** Closes the browser and deletes its profile folder. Safe to call twice. */
  close(): Promise<void>;
}

/**
 * Flags Playwright adds to Chromium's command line by default, which the tests leave out:
 * - --disable-back-forward-cache: a person's browser keeps the pages they leave in its back/forward
 *   cache and shows them again, scripts and all, on Back, without loading them; the extension has to
 *   be right on such a page too, so the tests run with the cache on (harness.test.ts proves it is);
 * - --disable-extensions (only when an extension is loaded): it would win over --load-extension.
 */
export const PLAYWRIGHT_DEFAULTS_LEFT_OUT: readonly string[] = ['--disable-back-forward-cache', '--disable-extensions'];

/** Looked for in this order when CHROMIUM_PATH is not set. */
export const CHROMIUM_CANDIDATES: readonly string[] = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
];

const HOW_TO_GET_ONE =
  'Install one with `apt-get install -y chromium` (Debian/Ubuntu), or set CHROMIUM_PATH to a Chromium or ' +
  'Chrome for Testing binary. (Branded Google Chrome 137+ ignores --load-extension, so it cannot run the ' +
  'extension tests.)';

/** Path of the browser to drive; throws, saying how to get one, when there is none. */
export function findChromium(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.CHROMIUM_PATH;
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(
      `No Chromium found: CHROMIUM_PATH is set to ${override}, but there is no file there. ${HOW_TO_GET_ONE}`,
    );
  }
  const found = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Chromium found for the end-to-end tests (looked for ${CHROMIUM_CANDIDATES.join(', ')}). ${HOW_TO_GET_ONE}`,
    );
  }
  return found;
}

/**
 * The --host-resolver-rules value. Port 443 of every fixture host goes to the HTTPS server; 8443 too, so
 * tests can show that a URL with an explicit port is ignored; port 80 goes to the plain-HTTP server when
 * there is one, for http:// URLs. Every other name fails to resolve, so a page the fixtures lack can never
 * reach the real site on a machine with network access; localhost is left alone.
 */
export function hostResolverRules(server: LaunchOptions['server']): string {
  const rules = server.hosts.flatMap((host) => [
    `MAP ${host}:443 127.0.0.1:${server.port}`,
    `MAP ${host}:8443 127.0.0.1:${server.port}`,
    ...(server.httpPort ? [`MAP ${host}:80 127.0.0.1:${server.httpPort}`] : []),
  ]);
  return [...rules, 'MAP * ~NOTFOUND', 'EXCLUDE localhost'].join(', ');
}

/** Chromium's id for an unpacked extension: the first 128 bits of SHA-256 of its absolute path, as a-p. */
export function unpackedExtensionId(absoluteDir: string): string {
  const hex = createHash('sha256').update(absoluteDir).digest('hex').slice(0, 32);
  return [...hex].map((c) => String.fromCharCode(97 + parseInt(c, 16))).join('');
}

export function launchChromium(
  opts: LaunchOptions & { extensionDir: string },
): Promise<LaunchedBrowser & { extensionId: string }>;
export function launchChromium(opts: LaunchOptions): Promise<LaunchedBrowser>;
export async function launchChromium(opts: LaunchOptions): Promise<LaunchedBrowser> {
  const executablePath = findChromium();
  // Chromium resolves symbolic links in the extension's path, and the id derives from that path.
  const extensionDir = opts.extensionDir === undefined ? undefined : checkedExtensionDir(opts.extensionDir);
  const lang = opts.lang ?? 'en-US';
  const args = [
    `--host-resolver-rules=${hostResolverRules(opts.server)}`,
    '--ignore-certificate-errors', // the server's certificate is self-signed for "localhost"
    '--disable-gpu',
    '--disable-quic', // the server speaks HTTP/1.1 over TCP only
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    // --lang picks the extension's _locales messages; the locale option below is what
    // i18n.getUILanguage(), navigator.language and Accept-Language report. Either alone is half French.
    // Debian's Chromium 156 ignores a regional --lang such as fr-CA (English messages), but honours fr.
    `--lang=${lang.split(/[-_]/)[0]}`,
    ...(extensionDir ? [`--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`] : []),
  ];
  // The Debian wrapper (/usr/bin/chromium) adds its own flags first, including an empty --load-extension;
  // ours come later on the command line and win.
  const keepProfile = opts.userDataDir !== undefined;
  const userDataDir = opts.userDataDir ?? mkdtempSync(join(tmpdir(), 'ircc-e2e-profile-'));
  let context: BrowserContext;
  try {
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath,
      headless: true, // Chromium's new headless mode, which runs extensions
      args,
      ignoreDefaultArgs: PLAYWRIGHT_DEFAULTS_LEFT_OUT.filter((arg) => extensionDir || arg !== '--disable-extensions'),
      ignoreHTTPSErrors: true,
      locale: lang,
      colorScheme: opts.colorScheme ?? 'light',
    });
  } catch (error) {
    if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    throw error;
  }

  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await context.close();
    } finally {
      if (!keepProfile) rmSync(userDataDir, { recursive: true, force: true });
    }
  };

  try {
    const extensionId = extensionDir ? await waitForExtension(context, extensionDir) : undefined;
    return { context, extensionId, close };
  } catch (error) {
    await close();
    throw error;
  }
}

function checkedExtensionDir(dir: string): string {
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built extension in ${dir} (no manifest.json). Run \`npm run build\` first.`);
  }
  return realpathSync(dir);
}

// The id is read from the extension's service worker URL, as a person would see it in
// chrome://extensions. An extension without a background worker has none; then the id Chromium
// derives from the folder is used instead.
async function waitForExtension(context: BrowserContext, extensionDir: string): Promise<string> {
  const expected = unpackedExtensionId(extensionDir);
  const isOurs = (url: string) => url.startsWith(`chrome-extension://${expected}/`);
  const manifest = JSON.parse(readFileSync(join(extensionDir, 'manifest.json'), 'utf8')) as {
    background?: { service_worker?: string };
  };
  if (!manifest.background?.service_worker) return expected;
  let worker = context.serviceWorkers().find((w) => isOurs(w.url()));
  if (!worker) {
    try {
      worker = await context.waitForEvent('serviceworker', { predicate: (w) => isOurs(w.url()), timeout: 15_000 });
    } catch {
      const seen =
        context
          .serviceWorkers()
          .map((w) => w.url())
          .join(', ') || 'none';
      throw new Error(
        `The extension in ${extensionDir} did not start its service worker within 15 s ` +
          `(expected id ${expected}; service workers seen: ${seen}). Did it build and load without errors?`,
      );
    }
  }
  return new URL(worker.url()).host;
}
