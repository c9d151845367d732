// One load of one page in one browser, for `npm run bench` (scripts/bench.ts): what it cost the
// page's main thread, when it loaded, whether anything moved, and whether the banner (or the room
// kept for it) was in the first frame the browser painted.
import type { CDPSession, Page } from 'playwright-core';
import type { LaunchedBrowser } from '../tests/e2e/browser.ts';
import type { Sample } from './bench-stats.ts';

export type Tab = { page: Page; cdp: CDPSession };

/** What the page-side probe keeps on `window.__bench`. */
type Probe = {
  shift: number;
  /** What moved, per shift (see PROBE_SCRIPT). */
  moved: string[];
  /** One record per rendering update in which the root element changed size (a resize observer, called after layout, before paint). */
  updates: { t: number; bodyTop: number | null; banner: number }[];
};

/**
 * Added to every document before its own scripts. It counts layout shifts and, at each rendering
 * update that resizes the root element, where the body's top is and how tall the banner is (read
 * while layout is already clean, so it adds no layout of its own); the results are on
 * `window.__bench` (Probe).
 *
 * With `bench-forced` in the address it also plays a page that lays itself out between frames, the
 * way a script measuring itself (getBoundingClientRect) or the mouse (a hit test) makes the browser
 * do: in its own tasks and in every animation frame, until a moment after the load. (The bench
 * adds a screen reader's kind from outside: see measure().)
 *
 * Plain JavaScript in a string: a function passed to the page would carry the helpers tsx adds
 * around named functions (`__name`), which the page does not have.
 */
const PROBE_SCRIPT = `(() => {
  const state = { shift: 0, moved: [], updates: [] };
  window.__bench = state;
  // What moved, said plainly: the node (an element's tag and class, or a text's first words) and
  // its box before → after (x, y, width, height), so a shift can be traced to the page or the banner.
  const describe = (node) =>
    !node ? '(gone)'
      : node.nodeType === 1 ? node.localName + (typeof node.className === 'string' && node.className ? '.' + node.className.trim().split(/\\s+/).join('.') : '')
      : '"' + (node.textContent || '').trim().slice(0, 40) + '"';
  const box = (r) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) {
      state.shift += entry.value;
      state.moved.push(entry.value.toPrecision(3) + ': ' + (entry.sources || []).map((s) => describe(s.node) + ' ' + box(s.previousRect) + ' → ' + box(s.currentRect)).join('; '));
    }
  }).observe({ type: 'layout-shift', buffered: true });
  const record = () => {
    const banner = document.querySelector('[data-ircc-service]');
    state.updates.push({
      t: performance.now(),
      bodyTop: document.body ? document.body.getBoundingClientRect().top : null,
      banner: banner ? banner.getBoundingClientRect().height : 0,
    });
  };
  const watch = () => new ResizeObserver(record).observe(document.documentElement);
  if (document.documentElement) watch();
  else {
    new MutationObserver((_, observer) => {
      if (!document.documentElement) return;
      observer.disconnect();
      watch();
    }).observe(document, { childList: true });
  }
  if (!new URLSearchParams(location.search).has('bench-forced')) return;
  let done = false;
  addEventListener('load', () => setTimeout(() => (done = true), 200));
  const force = () => {
    if (document.documentElement) document.documentElement.getBoundingClientRect();
    document.elementFromPoint(1, 1);
  };
  const task = () => {
    force();
    if (!done) setTimeout(task, 0);
  };
  setTimeout(task, 0);
  const frame = () => {
    force();
    if (!done) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
})();`;

/** One tab per browser and page kind, navigated again for each load: a new document, script and banner each time. */
export async function openTab(browser: LaunchedBrowser): Promise<Tab> {
  const page = await browser.context.newPage();
  await page.addInitScript({ content: PROBE_SCRIPT });
  const cdp = await browser.context.newCDPSession(page);
  await cdp.send('Performance.enable');
  return { page, cdp };
}

/**
 * Loads `url` (with a query of its own, so nothing comes from the cache) and returns its figures.
 * `forced`: layouts are forced between frames during the load, from the page (probe()) and from
 * outside, by reading the accessibility tree again and again as a screen reader would; this is what
 * showed a banner drawn at the first frame moving the page, which a plain load does not (README).
 * Waits 100 ms after the load event, so script run when the settings come is counted too.
 */
export async function measure(
  { page, cdp }: Tab,
  url: string,
  tag: string,
  round: number,
  forced: boolean,
): Promise<Sample> {
  const fresh = new URL(url);
  fresh.searchParams.set('bench', tag);
  if (forced) fresh.searchParams.set('bench-forced', '');
  let loading = true;
  const screenReader = forced
    ? (async () => {
        while (loading) await cdp.send('Accessibility.getFullAXTree').catch(() => {});
      })()
    : undefined;
  try {
    await page.goto(fresh.href, { waitUntil: 'load' });
  } finally {
    loading = false;
    await screenReader;
  }
  await page.waitForTimeout(forced ? 300 : 100);
  // The browser counts these per document: the new page's own, the content scripts' included.
  const metrics = Object.fromEntries(
    (await cdp.send('Performance.getMetrics')).metrics.map((metric) => [metric.name, metric.value]),
  );
  const seconds = (name: string) => metrics[name] ?? 0;
  const seen = await page.evaluate(async () => {
    // The first paint is announced once its frame reaches the screen, which on a busy machine can be
    // after the load: wait for it (at most 5 s). (No named functions in here: see PROBE_SCRIPT.)
    for (let waited = 0; !performance.getEntriesByName('first-paint').length && waited < 5000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    // When the rendering update that painted first ran (paintTime; Chromium 133+). startTime is
    // when that frame reached the screen, which on a busy machine can be after later updates.
    const entry = performance.getEntriesByName('first-paint')[0] as
      (PerformanceEntry & { paintTime?: number }) | undefined;
    const paint = entry ? (entry.paintTime ?? entry.startTime) : null;
    const { shift, moved, updates } = (window as unknown as { __bench: Probe }).__bench;
    const banner = document.querySelector('[data-ircc-service]');
    const final = {
      bodyTop: document.body.getBoundingClientRect().top,
      banner: banner ? banner.getBoundingClientRect().height : 0,
    };
    const sized = updates.find((update) => update.banner > 0);
    // The update painted first: the last one that ran before it.
    const painted = paint === null ? undefined : updates.filter((update) => update.t <= paint).at(-1);
    return {
      load: nav.loadEventEnd - nav.startTime,
      bannerVsDcl: sized ? sized.t - nav.domContentLoadedEventStart : null,
      // A banner is there at the end, and at the first paint either it had a size or the body
      // already stood where it stands now (its room was kept, e.g. by a style sheet).
      bannerInFirstPaint:
        final.banner > 0 && painted !== undefined && (painted.banner > 0 || painted.bodyTop === final.bodyTop),
      shift,
      moved,
    };
  });
  return {
    round,
    ...seen,
    script: seconds('ScriptDuration') * 1000,
    styleLayout: (seconds('RecalcStyleDuration') + seconds('LayoutDuration')) * 1000,
    forced,
  };
}
