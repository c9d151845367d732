// Starts Debian's Firefox ESR for the Firefox end-to-end test: driven by puppeteer-core over WebDriver
// BiDi, with the built extension installed as a temporary add-on, and every host name resolved to the
// local server (tests/e2e/server.ts) on port 443, so Firefox visits the real https:// URLs and the
// manifest's match patterns are exercised for real.
//
// Firefox has no --host-resolver-rules: the preference network.dns.forceResolve sends every host name
// to 127.0.0.1, but keeps the port, so the server must listen on 443 itself (root, or a system that
// lets unprivileged processes bind low ports).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { startServer, type FixtureServer } from '../e2e/server.ts';

/** Looked for in this order when FIREFOX_PATH is not set. */
export const FIREFOX_CANDIDATES: readonly string[] = ['/usr/bin/firefox-esr', '/usr/bin/firefox'];

const HOW_TO_GET_ONE =
  'Install one with `apt-get install -y firefox-esr` (Debian; Ubuntu: a Firefox from Mozilla, not the snap), ' +
  'or set FIREFOX_PATH to a Firefox 140 or newer binary (the extension requires 140).';

/** Path of the Firefox to drive; throws, saying how to get one, when there is none. */
export function findFirefox(env: NodeJS.ProcessEnv = process.env): string {
  const override = env.FIREFOX_PATH;
  if (override) {
    if (existsSync(override)) return override;
    throw new Error(
      `No Firefox found: FIREFOX_PATH is set to ${override}, but there is no file there. ${HOW_TO_GET_ONE}`,
    );
  }
  const found = FIREFOX_CANDIDATES.find((p) => existsSync(p));
  if (!found) {
    throw new Error(
      `No Firefox found for the Firefox end-to-end test (looked for ${FIREFOX_CANDIDATES.join(', ')}). ${HOW_TO_GET_ONE}`,
    );
  }
  return found;
}

/**
 * The built Firefox extension: <WXT_OUT_DIR or .output>/firefox-mv2 (WXT's default for Firefox), or
 * firefox-mv3 when only that exists. Throws, saying how to build it, when there is none.
 */
export function findFirefoxBuild(env: NodeJS.ProcessEnv = process.env): string {
  const outDir = resolve(import.meta.dirname, '../..', env.WXT_OUT_DIR || '.output');
  const dirs = ['firefox-mv2', 'firefox-mv3'].map((name) => resolve(outDir, name));
  const found = dirs.find((dir) => existsSync(resolve(dir, 'manifest.json')));
  if (!found) {
    throw new Error(
      `No Firefox build in ${outDir} (looked for ${dirs.map((d) => `${d}/manifest.json`).join(', ')}). ` +
        'Run `npx wxt build -b firefox` first (with the same WXT_OUT_DIR), or `npm run test:firefox`, which does.',
    );
  }
  return found;
}

/**
 * The fixture server on port 443. Another test run on the same machine may hold the port for a while
 * (a Firefox run takes about half a minute), so a busy port is tried again, up to 42 s by default.
 */
export async function startServerOn443(opts: { attempts?: number; waitMs?: number } = {}): Promise<FixtureServer> {
  const attempts = opts.attempts ?? 15; // 14 waits of 3 s: another whole run of this test can end meanwhile
  const waitMs = opts.waitMs ?? 3000;
  for (let attempt = 1; ; attempt++) {
    try {
      return await startServer({ port: 443 });
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'EACCES') {
        throw new Error(
          'The Firefox end-to-end test must serve the pages on port 443 (Firefox maps host names, ' +
            'not ports), and this process may not bind it. Run it as root, or allow low ports with ' +
            '`sysctl net.ipv4.ip_unprivileged_port_start=443`.',
          { cause: error },
        );
      }
      if (code !== 'EADDRINUSE') throw error;
      if (attempt >= attempts) {
        throw new Error(
          `Port 443 on 127.0.0.1 stayed busy for ${Math.round(((attempts - 1) * waitMs) / 1000)} s, and the ` +
            'Firefox end-to-end test needs it (Firefox maps host names, not ports). Another Firefox test run may ' +
            'be using it: see `ss -ltnp "sport = :443"`, wait for it to finish, and try again.',
          { cause: error },
        );
      }
      await new Promise((done) => setTimeout(done, waitMs));
    }
  }
}

export interface LaunchedFirefox {
  browser: Browser;
  /** The add-on id Firefox reports for the installed extension (the manifest's gecko id). */
  extensionId: string;
  /** Closes Firefox (puppeteer deletes its temporary profile). Safe to call twice. */
  close(): Promise<void>;
}

/** Firefox, headless, with the unpacked extension in `extensionDir` installed as a temporary add-on. */
export async function launchFirefox(opts: { extensionDir: string }): Promise<LaunchedFirefox> {
  const executablePath = findFirefox();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath,
    headless: true,
    // Lets the BiDi session run scripts in Firefox's own window (its "chrome"), where the accessibility
    // service is: the only place Firefox's accessibility tree can be read from (see accessibilityTree()).
    // Seen working in Firefox 153 ESR. It applies to this temporary profile and this test session only.
    args: ['--remote-allow-system-access'],
    acceptInsecureCerts: true, // the server's certificate is self-signed for "localhost"
    extraPrefsFirefox: {
      // Every host name resolves to the local server; nothing reaches the real sites.
      'network.dns.forceResolve': '127.0.0.1',
      'network.trr.mode': 5, // no DNS over HTTPS, which would bypass the line above
      // Firefox's own background requests (remote settings, on firefox.settings.services.mozilla.com)
      // reach the local server too, and get a 404; the network test leaves Mozilla's hosts out.
      // The back/forward cache stays on, as in a person's Firefox: neither puppeteer's preferences nor
      // Firefox's remote agent turn it off (banner.test.ts proves it is on).
    },
  });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    await browser.close();
  };
  try {
    const extensionId = await browser.installExtension(opts.extensionDir);
    return { browser, extensionId, close };
  } catch (error) {
    await close();
    throw new Error(`Firefox (${executablePath}) refused the extension in ${opts.extensionDir}: ${String(error)}`, {
      cause: error,
    });
  }
}

// ---------------------------------------------------------------------------------------------------
// Reading a page as the page sees it, as the browser holds it, and as a screen reader is given it.
//
// puppeteer's page.accessibility.snapshot() needs the Chrome DevTools Protocol, which Firefox does not
// have ("CDP support is required for this feature"), and its ARIA queries (BiDi locateNodes) do not
// enter closed shadow roots. Two WebDriver BiDi features do, through puppeteer's BiDi session (not
// exported by puppeteer-core, so reached through its internals, pinned by the lock file):
// - script.callFunction with serializationOptions.includeShadowTree = "all" returns an element's shadow
//   root whatever its mode (with the mode), as a reference that a function in a BiDi sandbox (an isolated
//   world the page's scripts never see) can read;
// - with --remote-allow-system-access, scripts can run in Firefox's own browser window, where
//   nsIAccessibilityService gives the real accessibility tree of each tab: the tree screen readers get.

export interface RemoteNode {
  type: 'node';
  sharedId: string;
  value?: {
    nodeType: number;
    localName?: string;
    attributes?: Record<string, string>;
    shadowRoot?: RemoteNode | null;
    mode?: 'open' | 'closed';
  };
}
export type RemoteValue =
  | RemoteNode
  | { type: 'string'; value: string }
  | { type: 'array'; value: RemoteValue[] }
  | { type: string; value?: unknown };
export type EvaluateResult =
  { type: 'success'; result: RemoteValue } | { type: 'exception'; exceptionDetails: { text: string } };
export interface BidiSession {
  send(method: 'script.callFunction', params: Record<string, unknown>): Promise<{ result: EvaluateResult }>;
  send(
    method: 'browsingContext.getTree',
    params: Record<string, unknown>,
  ): Promise<{ result: { contexts: { context: string; url: string }[] } }>;
}

export function bidi(page: Page): { session: BidiSession; context: string } {
  const frame = page.mainFrame() as unknown as {
    browsingContext?: { id?: unknown; userContext?: { browser?: { session?: { send?: unknown } } } };
  };
  const context = frame.browsingContext?.id;
  const session = frame.browsingContext?.userContext?.browser?.session;
  if (typeof context !== 'string' || typeof session?.send !== 'function') {
    throw new Error(
      'Cannot reach the WebDriver BiDi session through puppeteer-core (its internals changed?): ' +
        'update bidi() in tests/firefox/firefox.ts for this puppeteer-core version.',
    );
  }
  return { session: session as unknown as BidiSession, context };
}

async function call(
  page: Page,
  target: Record<string, unknown>,
  functionDeclaration: string,
  args: unknown[],
  serializationOptions: Record<string, unknown> = {},
): Promise<RemoteValue> {
  const { session } = bidi(page);
  const { result } = await session.send('script.callFunction', {
    functionDeclaration,
    awaitPromise: false,
    target,
    arguments: args,
    resultOwnership: 'none',
    serializationOptions: { maxObjectDepth: 1, maxDomDepth: 0, ...serializationOptions },
  });
  if (result.type === 'exception') throw new Error(`Script failed for ${page.url()}: ${result.exceptionDetails.text}`);
  return result.result;
}

/** Runs `functionDeclaration` (JavaScript source) in the page, in a sandbox of our own. */
function callInSandbox(
  page: Page,
  functionDeclaration: string,
  args: RemoteNode[] = [],
  serializationOptions: Record<string, unknown> = {},
) {
  const target = { context: bidi(page).context, sandbox: 'ircc-sign-in-guide-tests' };
  return call(
    page,
    target,
    functionDeclaration,
    args.map((node) => ({ sharedId: node.sharedId })),
    serializationOptions,
  );
}

function stringResult(value: RemoteValue): string {
  if (value.type !== 'string' || typeof value.value !== 'string')
    throw new Error(`Expected a string, got ${JSON.stringify(value)}`);
  return value.value;
}

/** The contract's banner hosts, as the page's own scripts see them. */
export async function bannerHosts(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll('[data-ircc-service]')].map((host) => ({
      service: host.getAttribute('data-ircc-service'),
      page: host.getAttribute('data-ircc-page'),
      openShadowRoot: host.shadowRoot !== null,
      attributes: host.getAttributeNames(),
    })),
  );
}

/** Every shadow root in the page's light DOM, open or closed, with its mode and its host's attributes. */
export async function shadowRoots(
  page: Page,
): Promise<{ root: RemoteNode; mode: string | undefined; hostAttributes: Record<string, string> }[]> {
  const all = await callInSandbox(
    page,
    '() => [...document.querySelectorAll("*")].filter((e) => !["script", "style"].includes(e.localName))',
    [],
    {
      includeShadowTree: 'all',
    },
  );
  if (all.type !== 'array') throw new Error(`Expected an array, got ${JSON.stringify(all)}`);
  return (all.value as RemoteValue[]).flatMap((el) => {
    const root = el.type === 'node' ? (el as RemoteNode).value?.shadowRoot : undefined;
    return root ? [{ root, mode: root.value?.mode, hostAttributes: (el as RemoteNode).value?.attributes ?? {} }] : [];
  });
}

/** Every text in the banners' shadow roots, shown or not (what is laid out invisibly included). */
export async function bannerTextContent(page: Page): Promise<string> {
  const roots = (await shadowRoots(page)).filter((r) => 'data-ircc-service' in r.hostAttributes);
  const texts = [];
  for (const { root } of roots)
    texts.push(stringResult(await callInSandbox(page, '(root) => root.textContent', [root])));
  return texts.join('\n').replace(/\u00a0/g, ' ');
}

export interface AxNode {
  /** Firefox's role name, e.g. 'document', 'landmark', 'heading', 'text leaf', 'pushbutton', 'link'. */
  role: string;
  /** Accessible name, '' when none; non-breaking spaces (French typography) read as spaces. */
  name: string;
  /** 0 for the document. */
  depth: number;
}

// Runs in Firefox's browser window: the accessibility tree of the one tab that shows `url`, or an error.
const READ_ACCESSIBILITY_TREE = `(url) => {
  const service = Cc['@mozilla.org/accessibilityService;1'].getService(Ci.nsIAccessibilityService);
  const tabs = [];
  for (const win of Services.wm.getEnumerator('navigator:browser')) tabs.push(...win.gBrowser.browsers);
  const showing = tabs.filter((browser) => browser.currentURI.spec === url);
  if (showing.length !== 1) return JSON.stringify({ error: showing.length + ' tabs show ' + url });
  const doc = service.getAccessibleFor(showing[0])?.firstChild;
  if (!doc) return JSON.stringify({ nodes: [] });
  const nodes = [];
  const walk = (node, depth) => {
    nodes.push({ role: service.getStringRole(node.role), name: node.name ?? '', depth });
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child, depth + 1);
  };
  walk(doc, 0);
  return JSON.stringify({ nodes });
}`;

const chromeContexts = new WeakMap<object, string>();

/** The BiDi id of Firefox's own browser window (needs --remote-allow-system-access). */
export async function browserWindowContext(page: Page): Promise<string> {
  const { session } = bidi(page);
  const known = chromeContexts.get(session);
  if (known) return known;
  const tree = await session
    .send('browsingContext.getTree', { 'moz:scope': 'chrome', maxDepth: 0 })
    .catch((error: unknown) => {
      throw new Error(
        'This Firefox does not let the test read its accessibility tree (BiDi browsingContext.getTree with ' +
          `moz:scope "chrome" failed: ${String(error)}). It needs a recent Firefox (153 ESR works) started with --remote-allow-system-access.`,
      );
    });
  const window = tree.result.contexts.find((c) => c.url === 'chrome://browser/content/browser.xhtml');
  if (!window)
    throw new Error(
      `Firefox's browser window is not among its chrome contexts: ${JSON.stringify(tree.result.contexts)}`,
    );
  chromeContexts.set(session, window.context);
  return window.context;
}

/**
 * The page's accessibility tree, as Firefox gives it to screen readers: closed shadow roots included,
 * aria-hidden and invisible content left out. Tree order; [] until Firefox has built it.
 */
export async function accessibilityTree(page: Page): Promise<AxNode[]> {
  const context = await browserWindowContext(page);
  const json = stringResult(
    await call(page, { context }, READ_ACCESSIBILITY_TREE, [{ type: 'string', value: page.url() }]),
  );
  const read = JSON.parse(json) as { error?: string; nodes?: AxNode[] };
  if (read.error) throw new Error(`Cannot read the accessibility tree: ${read.error}`);
  return read.nodes!.map((node) => ({ ...node, name: node.name.replace(/\u00a0/g, ' ') }));
}

/** The names of every node a screen reader is given, one per line: "what the page says". */
export async function accessibleText(page: Page): Promise<string> {
  return (await accessibilityTree(page))
    .map((n) => n.name)
    .filter((name) => name.trim() !== '')
    .join('\n');
}

/**
 * What a screen reader is given in the landmarks named `landmark` (the banner): the landmark's name and
 * every name under it, one per line; '' when there is no such landmark.
 */
export async function landmarkText(page: Page, landmark: RegExp): Promise<string> {
  const nodes = await accessibilityTree(page);
  const lines: string[] = [];
  nodes.forEach((node, i) => {
    if (node.role !== 'landmark' || !landmark.test(node.name)) return;
    lines.push(node.name);
    for (let j = i + 1; j < nodes.length && nodes[j]!.depth > node.depth; j++) {
      if (nodes[j]!.name.trim() !== '') lines.push(nodes[j]!.name);
    }
  });
  return lines.join('\n');
}

/**
 * Polls `read` until its text contains every one of `expected`, then until two reads 100 ms apart agree
 * (Firefox sends a tab's accessibility tree to its browser window in batches, so a landmark's name can
 * arrive before its content). Fails with the last text it read.
 */
export async function waitForText(
  page: Page,
  read: (page: Page) => Promise<string>,
  expected: RegExp | string | readonly (RegExp | string)[],
  timeoutMs = 5000,
): Promise<string> {
  const wanted = Array.isArray(expected) ? expected : [expected as RegExp | string];
  const says = (text: string) => wanted.every((e) => (typeof e === 'string' ? text.includes(e) : e.test(text)));
  const pause = (ms: number) => new Promise((done) => setTimeout(done, ms));
  const deadline = Date.now() + timeoutMs;
  let text = await read(page);
  while (!says(text) && Date.now() < deadline) {
    await pause(50);
    text = await read(page);
  }
  if (!says(text)) {
    throw new Error(
      `Timed out after ${timeoutMs} ms waiting for ${wanted.join(' and ')} on ${page.url()}. It said:\n${text || '(nothing)'}`,
    );
  }
  for (let previous = ''; text !== previous && Date.now() < deadline + 2000;) {
    previous = text;
    await pause(100);
    text = await read(page);
  }
  return text;
}

/** The page's own view of itself: its light DOM, which is all a page script can read. */
export async function lightDomHtml(page: Page): Promise<string> {
  return page.evaluate(() => document.documentElement.outerHTML);
}
