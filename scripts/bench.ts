// npm run bench: what the extension costs a page, measured in the real browser (issue 6).
//
// Three Chromiums side by side load the same pages in turn: one with the extension, one with a
// *baseline* extension generated here (the same content-script matches and run time, an empty
// script: what the browser itself charges for injecting any content script), and one with none.
// The local server answers after a realistic network delay, so fixed browser costs do not drown
// the signal. Prints medians, the targets, and exits non-zero when a target is missed.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CDPSession, Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from '../tests/e2e/browser.ts';
import { EXTENSION_DIR } from '../tests/e2e/extension.ts';
import { URLS } from '../tests/e2e/fixtures/index.ts';
import { startServer } from '../tests/e2e/server.ts';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const RUNS_PER_ROUND = Math.ceil(Number(process.env.BENCH_RUNS ?? 75) / ROUNDS);
const RUNS = ROUNDS * RUNS_PER_ROUND;
const DELAY_MS = 100;
const ALL_PAGES = {
  'GCKey sign-in': URLS.gckeySignInEn,
  'bank chooser': URLS.partnerChooserEn,
  'secure-account chooser': URLS.canadaAccountEn,
  'PR Portal sign-in': 'https://prson-srpel.apps.cic.gc.ca/en/login',
};
// BENCH_PAGES=chooser,gckey runs only the pages whose names contain one of those words.
const PAGES = Object.fromEntries(
  Object.entries(ALL_PAGES).filter(([name]) =>
    (process.env.BENCH_PAGES ?? '').split(',').some((word) => name.toLowerCase().includes(word.trim().toLowerCase())),
  ),
);
// BENCH_EXTENSION=dir measures another unpacked build (e.g. an experiment) against the same baseline;
// BENCH_EXTENSION=floor, the cheapest banner there can be (FLOOR_SCRIPT below) instead of ours.
const FLOOR = process.env.BENCH_EXTENSION === 'floor';
const EXTENSION = FLOOR ? EXTENSION_DIR : (process.env.BENCH_EXTENSION ?? EXTENSION_DIR);
const TARGETS = { ratioToBaseline: 1.02, layoutShift: 0, contentScriptGzip: 12_000 };

type Sample = {
  load: number;
  script: number;
  /** When the banner first had a size (a ResizeObserver, called just before a frame is painted), vs DOMContentLoaded. */
  bannerVsDcl: number | null;
  /** Whether the banner was drawn in the first frame painted, or before it. */
  bannerInFirstPaint: boolean;
  shift: number;
};
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : NaN;
};

/**
 * The floor: what any banner drawn before the page is laid out costs, whatever it says. One
 * paragraph of about the length of the extension's shortest banner, in a closed shadow root with a
 * few style rules, drawn when the body starts, just before it, plus one read of the settings. No page
 * detection, no language, no reserve, no controls.
 */
const FLOOR_SCRIPT = `(() => {
  chrome.storage.local.get('settings').catch(() => {});
  const draw = () => {
    const host = document.createElement('ircc-guide-floor');
    host.setAttribute('data-ircc-service', 'floor');
    host.setAttribute('data-ircc-page', 'floor');
    const root = host.attachShadow({ mode: 'closed' });
    const style = document.createElement('style');
    style.textContent = ':host{all:initial!important;display:block!important}aside{padding:10px 16px;' +
      'font:15px/1.45 system-ui,sans-serif;background:#f3effc;color:#1d1530;border-bottom:3px solid #5b3fa8}p{margin:0}';
    const aside = document.createElement('aside');
    const text = document.createElement('p');
    text.textContent = 'Unofficial guide. GCKey sign-in page. GCKey only checks who you are, then sends you back ' +
      'to the service that asked. It is only the sign-in step: your applications are in your IRCC secure ' +
      'account, not here. Next: use the GCKey username you created before.';
    aside.append(text);
    root.append(style, aside);
    document.documentElement.insertBefore(host, document.body);
  };
  if (document.body) return draw();
  const observer = new MutationObserver(() => {
    if (!document.body) return;
    observer.disconnect();
    draw();
  });
  observer.observe(document.documentElement, { childList: true });
})();`;

/**
 * The baseline: the real manifest's content scripts, each pointing at an empty file. With `floor`,
 * the banner's script points at FLOOR_SCRIPT instead.
 */
function generatedExtension(kind: 'baseline' | 'floor'): string {
  const dir = mkdtempSync(join(tmpdir(), `ircc-bench-${kind}-`));
  const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'));
  writeFileSync(join(dir, 'empty.js'), '');
  if (kind === 'floor') writeFileSync(join(dir, 'floor.js'), FLOOR_SCRIPT);
  const generated = {
    manifest_version: 3,
    name: kind === 'floor' ? 'Floor (the cheapest banner)' : 'Baseline (empty content scripts)',
    version: '1.0.0',
    ...(kind === 'floor' ? { permissions: ['storage'] } : {}), // the floor reads the settings too
    content_scripts: manifest.content_scripts.map((script: { js: string[] }) => ({
      ...script,
      js: [kind === 'floor' && script.js.includes('ircc.js') ? 'floor.js' : 'empty.js'],
    })),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(generated));
  return dir;
}

type Tab = { page: Page; cdp: CDPSession };

/** One tab per browser and page kind, navigated again for each run: a new document, script and banner each time. */
async function openTab(browser: LaunchedBrowser): Promise<Tab> {
  const page = await browser.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { bench: { banner: number | null; shift: number } };
    w.bench = { banner: null, shift: 0 };
    new MutationObserver((_, observer) => {
      const host = document.querySelector('[data-ircc-service]');
      if (!host) return;
      observer.disconnect();
      new ResizeObserver((entries, sized) => {
        if (!entries.some((entry) => entry.contentRect.height > 0)) return;
        w.bench.banner = performance.now();
        sized.disconnect();
      }).observe(host);
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.bench.shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

const scriptSeconds = async (cdp: CDPSession) =>
  (await cdp.send('Performance.getMetrics')).metrics.find((metric) => metric.name === 'ScriptDuration')?.value ?? 0;

async function measure({ page, cdp }: Tab, url: string, run: number): Promise<Sample> {
  // A query of its own each time, so no response comes from the cache.
  const fresh = new URL(url);
  fresh.searchParams.set('bench', String(run));
  await page.goto(fresh.href, { waitUntil: 'load' });
  await page.waitForTimeout(100); // the banner fills in after its settings come; count that script time too
  // (The browser counts script time per document: this is the new page's own, the content scripts' included.)
  const script = (await scriptSeconds(cdp)) * 1000;
  const result = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const paint = performance.getEntriesByName('first-paint')[0];
    const w = window as unknown as { bench: { banner: number | null; shift: number } };
    return {
      load: nav.loadEventEnd - nav.startTime,
      bannerVsDcl: w.bench.banner === null ? null : w.bench.banner - nav.domContentLoadedEventStart,
      bannerInFirstPaint: w.bench.banner !== null && (!paint || w.bench.banner <= paint.startTime),
      shift: w.bench.shift,
    };
  });
  return { ...result, script };
}

function bundleSizes(): [string, number, number][] {
  const rows: [string, number, number][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) {
        const bytes = readFileSync(path);
        rows.push([path.slice(EXTENSION.length + 1), bytes.length, gzipSync(bytes, { level: 9 }).length]);
      }
    }
  };
  walk(EXTENSION);
  return rows.sort((a, b) => a[0].localeCompare(b[0]));
}

async function main() {
  const server = await startServer({ delayMs: DELAY_MS });
  const baselineDir = generatedExtension('baseline');
  const floorDir = FLOOR ? generatedExtension('floor') : undefined;
  const launch = async () => ({
    extension: await launchChromium({ extensionDir: floorDir ?? EXTENSION, server }),
    baseline: await launchChromium({ extensionDir: baselineDir, server }),
    none: await launchChromium({ server }),
  });
  type Kind = 'extension' | 'baseline' | 'none';
  const kinds: Kind[] = ['extension', 'baseline', 'none'];
  const samples: Record<string, Record<Kind, Sample[]>> = Object.fromEntries(
    Object.keys(PAGES).map((name) => [name, { extension: [], baseline: [], none: [] }]),
  );
  try {
    // Each round starts three new browsers: one browser process can be a little faster or slower
    // than another for its whole life, which more runs in the same browsers would not average out.
    for (let round = 0; round < ROUNDS; round++) {
      const browsers = await launch();
      try {
        for (const [name, url] of Object.entries(PAGES)) {
          const tabs = Object.fromEntries(
            await Promise.all(kinds.map(async (kind) => [kind, await openTab(browsers[kind])] as const)),
          ) as Record<Kind, Tab>;
          for (const kind of kinds) await measure(tabs[kind], url, -1); // warm-up
          for (let i = 0; i < RUNS_PER_ROUND; i++) {
            const run = round * RUNS_PER_ROUND + i;
            // Take turns at going first, so no browser always loads after the same one.
            const order = kinds.map((_, k) => kinds[(k + run) % kinds.length]!);
            for (const kind of order) samples[name]![kind].push(await measure(tabs[kind], url, run));
          }
          await Promise.all(kinds.map((kind) => tabs[kind].page.close()));
        }
      } finally {
        await Promise.all(Object.values(browsers).map((browser) => browser.close()));
      }
    }
  } finally {
    await server.close();
    rmSync(baselineDir, { recursive: true, force: true });
    if (floorDir) rmSync(floorDir, { recursive: true, force: true });
  }

  const rows = Object.entries(samples).map(([name, s]) => {
    const load = (kind: Kind) => median(s[kind].map((x) => x.load));
    const banner = s.extension.map((x) => x.bannerVsDcl).filter((x): x is number => x !== null);
    return {
      page: name,
      'load ms (ext / baseline / none)': `${load('extension').toFixed(1)} / ${load('baseline').toFixed(1)} / ${load('none').toFixed(1)}`,
      'ext/baseline': +(load('extension') / load('baseline')).toFixed(3),
      'ext/none': +(load('extension') / load('none')).toFixed(3),
      'script ms (ext − baseline)': +(
        median(s.extension.map((x) => x.script)) - median(s.baseline.map((x) => x.script))
      ).toFixed(2),
      'banner drawn vs DOMContentLoaded ms': banner.length ? +median(banner).toFixed(1) : 'never',
      'banner in first paint': `${s.extension.filter((x) => x.bannerInFirstPaint).length}/${s.extension.length}`,
      'layout shift (max)': Math.max(...s.extension.map((x) => x.shift)),
    };
  });
  if (FLOOR) console.log('\nMeasured in place of the extension: the floor, the cheapest banner (FLOOR_SCRIPT).');
  console.log(
    `\nPage load, median of ${RUNS} runs per browser kind (${ROUNDS} rounds of new browsers, one tab each per page, navigated again per run), ` +
      `${DELAY_MS} ms network delay per response:`,
  );
  console.table(rows);
  const checks: [what: string, ok: boolean][] = [
    [
      `ratio to baseline ≤ ${TARGETS.ratioToBaseline}`,
      rows.every((row) => row['ext/baseline'] <= TARGETS.ratioToBaseline),
    ],
    ['layout shift 0', rows.every((row) => row['layout shift (max)'] === TARGETS.layoutShift)],
    [
      'banner drawn in the first painted frame on every load',
      Object.values(samples).every((s) => s.extension.every((x) => x.bannerInFirstPaint)),
    ],
  ];
  // (The floor is not ours to size: its figures are only the table above.)
  const sizes = FLOOR ? [] : bundleSizes();
  if (!FLOOR) {
    console.log('Bundles:');
    console.table(sizes.map(([file, raw, gzip]) => ({ file, 'raw bytes': raw, 'gzip bytes': gzip })));
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'));
    const injected = new Set(manifest.content_scripts.flatMap((entry: { js: string[] }) => entry.js));
    checks.push([
      `content scripts ≤ ${TARGETS.contentScriptGzip} bytes gzip`,
      sizes.filter(([file]) => injected.has(file)).every(([, , gzip]) => gzip <= TARGETS.contentScriptGzip),
    ]);
  }
  for (const [what, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}`);
  mkdirSync('.output', { recursive: true });
  const measured = FLOOR ? 'floor' : EXTENSION;
  writeFileSync(
    FLOOR ? '.output/bench-floor.json' : '.output/bench.json',
    JSON.stringify({ measured, runs: RUNS, delayMs: DELAY_MS, rows, sizes, samples }, null, 2),
  );
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
