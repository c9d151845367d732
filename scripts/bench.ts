// npm run bench: what the extension costs a page, measured in the real browser, against the cheapest
// banner there can be (issue 18; docs/performance.md tells the story).
//
// Every run measures three builds side by side: the extension, the *floor* (the cheapest banner:
// scripts/bench-builds.ts) and the *baseline* (the same content-script matches and run times, empty
// scripts: what the browser itself charges for injecting any content script). Each round starts one
// new Chromium per build; per page, the three browsers take turns loading it, from a local server
// that answers after a realistic network delay. Each round is summarised by medians, and the spread
// between rounds is the bench's noise. Prints per page the main-thread time each build adds to the
// baseline's and its load time ÷ the baseline's, checks the budget, and exits non-zero when it is
// missed. Every sample goes to .output/bench.json.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchChromium, type LaunchedBrowser } from '../tests/e2e/browser.ts';
import { EXTENSION_DIR } from '../tests/e2e/extension.ts';
import { URLS } from '../tests/e2e/fixtures/index.ts';
import { startServer } from '../tests/e2e/server.ts';
import { generatedExtension } from './bench-builds.ts';
import { measure, openTab, type Tab } from './bench-page.ts';
import {
  ADDED_TIME_FACTOR,
  type Build,
  BUILDS,
  formatSpread,
  loadsWithShift,
  type PageFigures,
  pageFigures,
  pageVerdict,
  type Sample,
  SHIFT_BUILDS,
  spread,
  versus,
} from './bench-stats.ts';

const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 6));
/** Timed loads per page and build, over all rounds. */
const RUNS_PER_ROUND = Math.max(1, Math.ceil(Number(process.env.BENCH_RUNS ?? 60) / ROUNDS));
const RUNS = ROUNDS * RUNS_PER_ROUND;
/**
 * Loads per round, page and build (extension, floor and baseline) with layouts forced between frames;
 * not timed. The baseline's say whether a shift is the page's own, with no banner at all.
 */
const FORCED_PER_ROUND = Math.max(0, Number(process.env.BENCH_FORCED ?? 2));
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
// BENCH_EXTENSION=dir measures another unpacked build (e.g. an experiment) in the extension's place;
// BENCH_EXTENSION=floor measures the floor there, against itself: how far apart the bench puts two
// identical builds.
const FLOOR_AS_EXTENSION = process.env.BENCH_EXTENSION === 'floor';
const EXTENSION = FLOOR_AS_EXTENSION ? EXTENSION_DIR : (process.env.BENCH_EXTENSION ?? EXTENSION_DIR);

/**
 * What the extension builds draw with: two people kept, the active one named and on a bank, so the
 * banner draws a name and a bank (the part the two drawings differ in) wherever it shows them.
 */
const PEOPLE = {
  profiles: [
    { id: 'me', label: 'Zoë Kowalczyk-Nguyen', method: 'sign-in-partner', partner: 'tangerine' },
    { id: 'client-7', label: 'Client 7', method: 'gckey', partner: null },
  ],
  activeProfile: 'me',
};

/** The extension built again with names drawn as plain text (src/env.d.ts), in a new temporary folder. */
function textNamesBuild(): string {
  const dir = mkdtempSync(join(tmpdir(), 'ircc-bench-text-names-'));
  execFileSync('npx', ['wxt', 'build'], {
    env: { ...process.env, BENCH_TEXT_NAMES: '1', WXT_OUT_DIR: dir },
    stdio: 'ignore',
  });
  return join(dir, 'chrome-mv3');
}

/** Stores PEOPLE in a browser's extension, and waits until its background has published them to pages. */
async function storePeople(browser: LaunchedBrowser): Promise<void> {
  const worker = browser.context.serviceWorkers()[0] ?? (await browser.context.waitForEvent('serviceworker'));
  await worker.evaluate((settings) => chrome.storage.local.set({ settings }), PEOPLE);
  for (let tries = 0; tries < 100; tries++) {
    const view = await worker.evaluate(async () => (await chrome.storage.local.get('page-view'))['page-view']);
    if (JSON.stringify(view).includes('tangerine')) return;
    await new Promise((done) => setTimeout(done, 50));
  }
  throw new Error('the extension did not take the stored people');
}
declare const chrome: {
  storage: { local: { set(items: object): Promise<void>; get(key: string): Promise<Record<string, unknown>> } };
};

function bundleSizes(): { file: string; raw: number; gzip: number }[] {
  const rows: { file: string; raw: number; gzip: number }[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name.endsWith('.js') || name.endsWith('.css')) {
        const bytes = readFileSync(path);
        rows.push({
          file: path.slice(EXTENSION.length + 1),
          raw: bytes.length,
          gzip: gzipSync(bytes, { level: 9 }).length,
        });
      }
    }
  };
  walk(EXTENSION);
  return rows.sort((a, b) => a.file.localeCompare(b.file));
}

async function main() {
  const started = Date.now();
  const load = { start: loadavg() };
  const server = await startServer({ delayMs: DELAY_MS });
  const baselineDir = generatedExtension('baseline', EXTENSION);
  const floorDir = generatedExtension('floor', EXTENSION);
  const textNamesDir = FLOOR_AS_EXTENSION ? floorDir : textNamesBuild();
  const dirs: Record<Build, string> = {
    extension: FLOOR_AS_EXTENSION ? floorDir : EXTENSION,
    'text-names': textNamesDir,
    floor: floorDir,
    baseline: baselineDir,
  };
  const samples: Record<string, Record<Build, Sample[]>> = Object.fromEntries(
    Object.keys(PAGES).map((name) => [
      name,
      Object.fromEntries(BUILDS.map((build) => [build, [] as Sample[]])) as Record<Build, Sample[]>,
    ]),
  );
  console.log(
    `${ROUNDS} rounds × ${RUNS_PER_ROUND} timed loads (+ ${FORCED_PER_ROUND} with forced layouts) per page and build, ` +
      `${Object.keys(PAGES).length} pages, ${DELAY_MS} ms network delay; machine load ${load.start.map((x) => x.toFixed(1)).join(' ')}`,
  );
  try {
    for (let round = 0; round < ROUNDS; round++) {
      // New browsers each round: one browser process can be a little faster or slower than another
      // for its whole life, which more loads in the same browsers would not average out.
      const browsers = {} as Record<Build, LaunchedBrowser>;
      for (const build of BUILDS) browsers[build] = await launchChromium({ extensionDir: dirs[build], server });
      if (!FLOOR_AS_EXTENSION)
        for (const build of ['extension', 'text-names'] as const) await storePeople(browsers[build]);
      try {
        for (const [name, url] of Object.entries(PAGES)) {
          const tabs = {} as Record<Build, Tab>;
          for (const build of BUILDS) tabs[build] = await openTab(browsers[build]);
          for (const build of BUILDS) await measure(tabs[build], url, `warm-${round}`, round, false);
          for (let i = 0; i < RUNS_PER_ROUND; i++) {
            // Take turns at going first, so no build always loads after the same one.
            const turn = round * RUNS_PER_ROUND + i;
            for (let k = 0; k < BUILDS.length; k++) {
              const build = BUILDS[(k + turn) % BUILDS.length]!;
              samples[name]![build].push(await measure(tabs[build], url, `${round}-${i}`, round, false));
            }
          }
          for (let i = 0; i < FORCED_PER_ROUND; i++) {
            for (const build of SHIFT_BUILDS.map((_, k) => SHIFT_BUILDS[(k + i) % SHIFT_BUILDS.length]!)) {
              samples[name]![build].push(await measure(tabs[build], url, `forced-${round}-${i}`, round, true));
            }
          }
          await Promise.all(BUILDS.map((build) => tabs[build].page.close()));
        }
      } finally {
        await Promise.all(BUILDS.map((build) => browsers[build].close()));
      }
      console.log(`round ${round + 1}/${ROUNDS} done, ${((Date.now() - started) / 60_000).toFixed(1)} min`);
    }
  } finally {
    await server.close();
    rmSync(baselineDir, { recursive: true, force: true });
    rmSync(floorDir, { recursive: true, force: true });
    if (!FLOOR_AS_EXTENSION) rmSync(join(textNamesDir, '..'), { recursive: true, force: true });
  }
  const minutes = (Date.now() - started) / 60_000;
  Object.assign(load, { end: loadavg() });

  const figures: Record<string, PageFigures> = Object.fromEntries(
    Object.entries(samples).map(([name, s]) => [name, pageFigures(s)]),
  );
  const extensionLoads = (name: string) => samples[name]!.extension;
  const detail = Object.entries(figures).flatMap(([name, f]) =>
    BUILDS.map((build) => ({
      page: name,
      build,
      'load ms': formatSpread(f.load[build], 1),
      'script ms': formatSpread(f.script[build], 2),
      'script+style+layout ms': formatSpread(f.work[build], 2),
      'added ms (vs baseline)': build === 'baseline' ? '' : formatSpread(f.added[build], 2),
      'load ÷ baseline': build === 'baseline' ? '' : formatSpread(f.ratio[build], 3),
    })),
  );
  const verdicts = Object.fromEntries(Object.entries(figures).map(([name, f]) => [name, pageVerdict(f)]));
  const summary = Object.entries(figures).map(([name, f]) => {
    const v = verdicts[name]!;
    const loads = extensionLoads(name);
    const banner = loads
      .filter((x) => !x.forced)
      .map((x) => x.bannerVsDcl)
      .filter((x): x is number => x !== null);
    return {
      page: name,
      'added ms: ext / floor': `${formatSpread(f.added.extension, 2)} / ${formatSpread(f.added.floor, 2)}`,
      'added ms: names unreadable / as text': `${formatSpread(f.added.extension, 2)} / ${formatSpread(f.added['text-names'], 2)} (${versus(f.added.extension, f.added['text-names']).replace('floor', 'text drawing')})`,
      'ext ÷ floor (added) [rounds]': `${formatSpread({ ...v.addedTimesFloorByRound, median: v.addedTimesFloor }, 2)} (${v.addedVersusFloor})`,
      'script alone: ext ÷ floor': v.scriptTimesFloor.toFixed(2),
      'load ÷ baseline: ext / floor': `${formatSpread(f.ratio.extension, 3)} / ${formatSpread(f.ratio.floor, 3)}`,
      'ext vs floor (load)': v.ratioVersusFloor,
      'layout shift max (plain / forced)': `${Math.max(0, ...loads.filter((x) => !x.forced).map((x) => x.shift))} / ${Math.max(0, ...loads.filter((x) => x.forced).map((x) => x.shift))}`,
      'loads with a shift: ext · floor · baseline': loadsWithShift(samples[name]!),
      'banner in first paint': `${loads.filter((x) => x.bannerInFirstPaint).length}/${loads.length}`,
      'banner vs DCL ms': banner.length ? formatSpread(spread(banner), 1) : 'never',
    };
  });

  console.log(
    `\n${Object.keys(PAGES).length} pages × ${RUNS} timed loads per build (${ROUNDS} rounds of new browsers × ${RUNS_PER_ROUND}), ` +
      `${DELAY_MS} ms network delay, ${minutes.toFixed(1)} min. Figures: median of the ${ROUNDS} round medians [lowest–highest round].` +
      (FLOOR_AS_EXTENSION
        ? "\nMeasured in the extension's place: the floor itself (an A/A run: any difference is the bench's noise)."
        : ''),
  );
  console.table(detail);
  console.log(
    '"added ms": script + style + layout time of the page\'s documents, minus the baseline\'s in the same round. ' +
      '"inside the noise": the two builds\' round ranges overlap.',
  );
  console.table(summary);

  const pages = Object.keys(figures);
  const checks: [what: string, ok: boolean, detail: string][] = [
    [
      `added main-thread time ≤ ${ADDED_TIME_FACTOR} × the floor's, every page`,
      pages.every((name) => verdicts[name]!.addedWithinBudget),
      pages.map((name) => `${name} ${verdicts[name]!.addedTimesFloor.toFixed(2)}×`).join(', '),
    ],
    [
      "load ÷ baseline within the bench's noise of the floor's, every page",
      pages.every((name) => verdicts[name]!.ratioWithinNoise),
      pages.map((name) => `${name}: ${verdicts[name]!.ratioVersusFloor}`).join(', '),
    ],
    [
      'layout shift 0 on every load, forced layouts included',
      pages.every((name) => extensionLoads(name).every((x) => x.shift === 0)),
      pages.map((name) => `${name} max ${Math.max(...extensionLoads(name).map((x) => x.shift))}`).join(', '),
    ],
    [
      'banner (or its room) in the first painted frame on every load',
      pages.every((name) => extensionLoads(name).every((x) => x.bannerInFirstPaint)),
      pages
        .map(
          (name) =>
            `${name} ${extensionLoads(name).filter((x) => x.bannerInFirstPaint).length}/${extensionLoads(name).length}`,
        )
        .join(', '),
    ],
  ];
  for (const [what, ok, why] of checks) console.log(`${ok ? 'PASS' : 'FAIL'}  ${what} (${why})`);
  // Any shift, with what moved: the page's own boxes, or the banner's (the floor's and the
  // baseline's too, which say whether the page moves without this extension).
  for (const name of pages)
    for (const build of SHIFT_BUILDS)
      for (const load of samples[name]![build].filter((x) => x.shift > 0))
        console.log(
          `  ${build === 'extension' ? '' : `(${build}) `}shift on ${name}${load.forced ? ' (forced layouts)' : ''}, round ${load.round + 1}: ${(load.moved ?? []).join(' | ')}`,
        );
  if (ROUNDS < 3)
    console.log(`(Only ${ROUNDS} round${ROUNDS > 1 ? 's' : ''}: too few to tell the noise; the default is 6.)`);

  // Sizes are budgeted by `npm test` (tests/e2e/budgets.test.ts); shown here beside the times.
  const sizes = FLOOR_AS_EXTENSION ? [] : bundleSizes();
  if (sizes.length) {
    const manifest = JSON.parse(readFileSync(join(EXTENSION, 'manifest.json'), 'utf8'));
    const injected = new Set<string>(
      manifest.content_scripts.flatMap((entry: { js?: string[]; css?: string[] }) => [
        ...(entry.js ?? []),
        ...(entry.css ?? []),
      ]),
    );
    console.log(
      'Injected into pages (gzip bytes): ' +
        sizes
          .filter(({ file }) => injected.has(file))
          .map(({ file, gzip }) => `${file} ${gzip}`)
          .join(', '),
    );
  }
  mkdirSync('.output', { recursive: true });
  writeFileSync(
    '.output/bench.json',
    JSON.stringify(
      {
        measured: FLOOR_AS_EXTENSION ? 'floor' : EXTENSION,
        rounds: ROUNDS,
        runsPerRound: RUNS_PER_ROUND,
        forcedPerRound: FORCED_PER_ROUND,
        delayMs: DELAY_MS,
        minutes,
        loadAverage: load,
        figures,
        verdicts,
        checks: checks.map(([what, ok, why]) => ({ what, ok, detail: why })),
        sizes,
        samples,
      },
      null,
      2,
    ),
  );
  console.log('Every sample: .output/bench.json');
  if (checks.some(([, ok]) => !ok)) process.exitCode = 1;
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
