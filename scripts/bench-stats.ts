// The arithmetic of `npm run bench` (scripts/bench.ts): from every load's figures to one figure per
// round, their spread across rounds, and the verdicts the budget is made of. No browser here, so the
// unit tests can check the verdicts on made-up numbers (tests/unit/bench-stats.test.ts).

/**
 * The builds every run measures side by side: the extension; the same extension with names and banks
 * drawn as plain text (`text-names`: the drawing before the privacy one, to show what that costs);
 * the floor (the cheapest banner); the baseline (empty content scripts).
 */
export const BUILDS = ['extension', 'text-names', 'floor', 'baseline'] as const;
export type Build = (typeof BUILDS)[number];
/** The builds measured against the baseline. */
export type Measured = Exclude<Build, 'baseline'>;

/** What one load of one page in one build cost (times in milliseconds). */
export type Sample = {
  /** Round of newly started browsers (0-based). */
  round: number;
  /** Load event end, from the navigation's start. */
  load: number;
  /** Script time the browser counted for this document (CDP Performance.getMetrics ScriptDuration), content scripts included. */
  script: number;
  /** Style recalculation and layout time, the same way (RecalcStyleDuration + LayoutDuration). */
  styleLayout: number;
  /** When the banner first had a size, from DOMContentLoaded (null: never). */
  bannerVsDcl: number | null;
  /** The banner, or room kept for it, was in the first painted frame. */
  bannerInFirstPaint: boolean;
  /** Sum of the layout-shift entries' values. */
  shift: number;
  /** Each shift's value and what moved (node, box before → after); absent in older runs' files. */
  moved?: string[];
  /** A load with layouts forced between frames (a screen reader's and the mouse's kind): its times are not counted. */
  forced: boolean;
};

export const median = (values: readonly number[]): number => {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** A figure measured once per round: its median over the rounds, and the lowest and highest round. */
export type Spread = { median: number; min: number; max: number; rounds: number[] };

export function spread(rounds: readonly number[]): Spread {
  return { median: median(rounds), min: Math.min(...rounds), max: Math.max(...rounds), rounds: [...rounds] };
}

/** "6.3 [5.9–7.0]": the median of the round figures, then the lowest and highest round. */
export function formatSpread(s: Spread, digits: number): string {
  return `${s.median.toFixed(digits)} [${s.min.toFixed(digits)}–${s.max.toFixed(digits)}]`;
}

/** The builds whose every load is checked for layout shift, the forced-layout ones included. */
export const SHIFT_BUILDS = ['extension', 'floor', 'baseline'] as const;

/**
 * How many of each build's loads of one page had any layout shift, e.g. `1/63 · 0/63 · 0/63` for
 * SHIFT_BUILDS: a page that shifts under the baseline too (no banner, empty scripts) moves by itself.
 */
export function loadsWithShift(samples: Partial<Record<Build, Sample[]>>): string {
  return SHIFT_BUILDS.map((build) => {
    const loads = samples[build] ?? [];
    return `${loads.filter((x) => x.shift > 0).length}/${loads.length}`;
  }).join(' · ');
}

/** Main-thread time the bench budgets: script plus the style and layout it causes. */
export const mainThread = (sample: Sample): number => sample.script + sample.styleLayout;

/** Per-build figures of one page, one value per round (each the median of that round's loads). */
export type PageFigures = {
  /** Median load time per round, ms. */
  load: Record<Build, Spread>;
  /** Median script + style + layout time per round, ms. */
  work: Record<Build, Spread>;
  /** Median script time per round, ms. */
  script: Record<Build, Spread>;
  /** Main-thread time (script + style + layout) added over the baseline, per round: median(build) − median(baseline), ms. */
  added: Record<Measured, Spread>;
  /** Script time alone added over the baseline, the same way, ms. */
  addedScript: Record<Measured, Spread>;
  /** Load time ÷ the baseline's, per round: median(build) ÷ median(baseline). */
  ratio: Record<Measured, Spread>;
};

/**
 * One page's figures from its timed (not forced) samples. Each round is summarised by medians first,
 * and the rounds are compared, because one browser instance can be a little faster or slower than
 * another for its whole life: the spread between rounds is the bench's noise.
 * Throws when a round lacks samples for a build (a bench that measured nothing must not pass).
 */
export function pageFigures(samples: Record<Build, readonly Sample[]>): PageFigures {
  const timed = (build: Build) => samples[build].filter((sample) => !sample.forced);
  const roundIds = [...new Set(BUILDS.flatMap((build) => timed(build).map((sample) => sample.round)))].sort(
    (a, b) => a - b,
  );
  const perRound = (build: Build, value: (sample: Sample) => number) =>
    roundIds.map((round) => {
      const values = timed(build)
        .filter((sample) => sample.round === round)
        .map(value);
      if (!values.length) throw new Error(`no ${build} samples in round ${round}`);
      return median(values);
    });
  const per = (value: (sample: Sample) => number) =>
    Object.fromEntries(BUILDS.map((build) => [build, perRound(build, value)])) as Record<Build, number[]>;
  const load = per((sample) => sample.load);
  const work = per(mainThread);
  const script = per((sample) => sample.script);
  const against = (values: Record<Build, number[]>, combine: (build: number, baseline: number) => number) =>
    Object.fromEntries(
      BUILDS.filter((build) => build !== 'baseline').map((build) => [
        build,
        spread(values[build].map((value, i) => combine(value, values.baseline[i]!))),
      ]),
    ) as Record<Measured, Spread>;
  const spreads = (values: Record<Build, number[]>) =>
    Object.fromEntries(BUILDS.map((build) => [build, spread(values[build])])) as Record<Build, Spread>;
  return {
    load: spreads(load),
    work: spreads(work),
    script: spreads(script),
    added: against(work, (build, baseline) => build - baseline),
    addedScript: against(script, (build, baseline) => build - baseline),
    ratio: against(load, (build, baseline) => build / baseline),
  };
}

/**
 * How the extension's round figures stand against the floor's: "inside the noise" when their ranges
 * overlap (some round of one is at or beyond some round of the other), else above or below.
 */
export function versus(extension: Spread, floor: Spread): 'inside the noise' | 'above the floor' | 'below the floor' {
  if (extension.min > floor.max) return 'above the floor';
  if (extension.max < floor.min) return 'below the floor';
  return 'inside the noise';
}

/** The budget's limit on added main-thread time: this many times the floor's, measured in the same run. */
export const ADDED_TIME_FACTOR = 1.5;

export type PageVerdict = {
  /** Median of the extension's added time ≤ ADDED_TIME_FACTOR × median of the floor's. */
  addedWithinBudget: boolean;
  /** Extension's added time ÷ the floor's (medians). */
  addedTimesFloor: number;
  /** The same ratio round by round: how steady it is. */
  addedTimesFloorByRound: Spread;
  /** Extension's added script time alone ÷ the floor's (medians): steadier on a busy machine, blind to layout. */
  scriptTimesFloor: number;
  addedVersusFloor: ReturnType<typeof versus>;
  /** The extension's load ratio is not above the floor's beyond the noise (their round ranges overlap, or it is below). */
  ratioWithinNoise: boolean;
  ratioVersusFloor: ReturnType<typeof versus>;
};

export function pageVerdict(figures: PageFigures): PageVerdict {
  const added = versus(figures.added.extension, figures.added.floor);
  const ratio = versus(figures.ratio.extension, figures.ratio.floor);
  return {
    addedWithinBudget: figures.added.extension.median <= ADDED_TIME_FACTOR * figures.added.floor.median,
    addedTimesFloor: figures.added.extension.median / figures.added.floor.median,
    addedTimesFloorByRound: spread(
      figures.added.extension.rounds.map((extension, i) => extension / figures.added.floor.rounds[i]!),
    ),
    scriptTimesFloor: figures.addedScript.extension.median / figures.addedScript.floor.median,
    addedVersusFloor: added,
    ratioWithinNoise: ratio !== 'above the floor',
    ratioVersusFloor: ratio,
  };
}
