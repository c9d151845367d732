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
import type { Page } from 'playwright-core';
import { launchChromium, type LaunchedBrowser } from '../tests/e2e/browser.ts';
import { EXTENSION_DIR } from '../tests/e2e/extension.ts';
import { URLS } from '../tests/e2e/fixtures/index.ts';
import { startServer } from '../tests/e2e/server.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const DELAY_MS = 100;
const PAGES = {
  'GCKey sign-in': URLS.gckeySignInEn,
  'bank chooser': URLS.partnerChooserEn,
  'secure-account chooser': URLS.canadaAccountEn,
  'PR Portal sign-in': 'https://prson-srpel.apps.cic.gc.ca/en/login',
};
const TARGETS = { ratioToBaseline: 1.02, layoutShift: 0, contentScriptGzip: 12_000 };

type Sample = { load: number; script: number; bannerVsDcl: number | null; shift: number };
const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted.length ? sorted[Math.floor(sorted.length / 2)]! : NaN;
};

/** The baseline: the real manifest's content scripts, each pointing at an empty file. */
function baselineExtension(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ircc-bench-baseline-'));
  const manifest = JSON.parse(readFileSync(join(EXTENSION_DIR, 'manifest.json'), 'utf8'));
  writeFileSync(join(dir, 'empty.js'), '');
  const baseline = {
    manifest_version: 3,
    name: 'Baseline (empty content scripts)',
    version: '1.0.0',
    content_scripts: manifest.content_scripts.map((script: Record<string, unknown>) => ({
      ...script,
      js: ['empty.js'],
    })),
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(baseline));
  return dir;
}

async function measure(browser: LaunchedBrowser, url: string): Promise<Sample> {
  const page: Page = await browser.context.newPage();
  await page.addInitScript(() => {
    const w = window as unknown as { bench: { banner: number | null; shift: number } };
    w.bench = { banner: null, shift: 0 };
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-ircc-service]')) {
        w.bench.banner = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) w.bench.shift += (entry as unknown as { value: number }).value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForTimeout(50);
  const metrics = Object.fromEntries((await cdp.send('Performance.getMetrics')).metrics.map((m) => [m.name, m.value]));
  const result = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const w = window as unknown as { bench: { banner: number | null; shift: number } };
    return {
      load: nav.loadEventEnd - nav.startTime,
      bannerVsDcl: w.bench.banner === null ? null : w.bench.banner - nav.domContentLoadedEventStart,
      shift: w.bench.shift,
    };
  });
  await cdp.detach();
  await page.close();
  return { ...result, script: (metrics.ScriptDuration ?? 0) * 1000 };
}

function bundleSizes(): [string, number, number][] {
  const rows: [string, number, number][] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js')) {
        const bytes = readFileSync(path);
        rows.push([path.slice(EXTENSION_DIR.length + 1), bytes.length, gzipSync(bytes, { level: 9 }).length]);
      }
    }
  };
  walk(EXTENSION_DIR);
  return rows.sort((a, b) => a[0].localeCompare(b[0]));
}

async function main() {
  const server = await startServer({ delayMs: DELAY_MS });
  const baselineDir = baselineExtension();
  const browsers = {
    extension: await launchChromium({ extensionDir: EXTENSION_DIR, server }),
    baseline: await launchChromium({ extensionDir: baselineDir, server }),
    none: await launchChromium({ server }),
  };
  const samples: Record<string, Record<keyof typeof browsers, Sample[]>> = {};
  try {
    for (const [name, url] of Object.entries(PAGES)) {
      samples[name] = { extension: [], baseline: [], none: [] };
      for (const kind of Object.keys(browsers) as (keyof typeof browsers)[]) await measure(browsers[kind], url); // warm-up
      for (let run = 0; run < RUNS; run++) {
        // Alternate the order so no browser always goes first.
        const order = (Object.keys(browsers) as (keyof typeof browsers)[]).sort(() => (run % 2 ? 1 : -1));
        for (const kind of order) samples[name]![kind].push(await measure(browsers[kind], url));
      }
    }
  } finally {
    await Promise.all(Object.values(browsers).map((browser) => browser.close()));
    await server.close();
    rmSync(baselineDir, { recursive: true, force: true });
  }

  const rows = Object.entries(samples).map(([name, s]) => {
    const load = (kind: keyof typeof browsers) => median(s[kind].map((x) => x.load));
    const banner = s.extension.map((x) => x.bannerVsDcl).filter((x): x is number => x !== null);
    return {
      page: name,
      'load ms (ext / baseline / none)': `${load('extension').toFixed(1)} / ${load('baseline').toFixed(1)} / ${load('none').toFixed(1)}`,
      'ext/baseline': +(load('extension') / load('baseline')).toFixed(3),
      'ext/none': +(load('extension') / load('none')).toFixed(3),
      'script ms (ext − baseline)': +(
        median(s.extension.map((x) => x.script)) - median(s.baseline.map((x) => x.script))
      ).toFixed(2),
      'banner vs DOMContentLoaded ms': banner.length ? +median(banner).toFixed(1) : 'never',
      'layout shift (max)': Math.max(...s.extension.map((x) => x.shift)),
    };
  });
  console.log(`\nPage load, median of ${RUNS} runs per browser, ${DELAY_MS} ms network delay per response:`);
  console.table(rows);
  const sizes = bundleSizes();
  console.log('Bundles:');
  console.table(sizes.map(([file, raw, gzip]) => ({ file, 'raw bytes': raw, 'gzip bytes': gzip })));

  const contentScripts = sizes.filter(([file]) => file.startsWith('content-scripts/'));
  const checks = [
    [
      `ratio to baseline ≤ ${TARGETS.ratioToBaseline}`,
      rows.every((row) => row['ext/baseline'] <= TARGETS.ratioToBaseline),
    ],
    ['layout shift 0', rows.every((row) => row['layout shift (max)'] === TARGETS.layoutShift)],
    ['banner present on every load', rows.every((row) => row['banner vs DOMContentLoaded ms'] !== 'never')],
    [
      `content scripts ≤ ${TARGETS.contentScriptGzip} bytes gzip`,
      contentScripts.every(([, , gzip]) => gzip <= TARGETS.contentScriptGzip),
    ],
  ] as const;
  for (const [what, ok] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${what}`);
  mkdirSync('.output', { recursive: true });
  writeFileSync('.output/bench.json', JSON.stringify({ runs: RUNS, delayMs: DELAY_MS, rows, sizes }, null, 2));
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
