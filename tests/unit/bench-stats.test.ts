// The bench's verdicts (scripts/bench-stats.ts) on made-up loads: what "inside the noise" and the
// added-time budget mean, so `npm run bench` cannot pass a build it did not measure.
import { describe, expect, it } from 'vitest';
import {
  type Build,
  loadsWithShift,
  median,
  pageFigures,
  pageVerdict,
  type Sample,
  versus,
} from '../../scripts/bench-stats.ts';

const load = (round: number, ms: number, script: number, forced = false): Sample => ({
  round,
  load: ms,
  script,
  styleLayout: 1,
  bannerVsDcl: 0,
  bannerInFirstPaint: true,
  shift: 0,
  forced,
});

/** Three rounds of two loads per build; each build's loads take `ms` (× a per-round factor) and `script` ms of script. */
function run(figures: Record<Build, { ms: number; script: number }>, roundFactor = [1, 1.05, 0.95]) {
  return Object.fromEntries(
    (Object.keys(figures) as Build[]).map((build) => [
      build,
      roundFactor.flatMap((factor, round) => [
        load(round, figures[build].ms * factor - 1, figures[build].script),
        load(round, figures[build].ms * factor + 1, figures[build].script),
        // Forced loads are not timed: a huge one changes nothing.
        load(round, 10_000, 1_000, true),
      ]),
    ]),
  ) as Record<Build, Sample[]>;
}

describe('bench figures', () => {
  it('takes the middle of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('compares each build with the baseline round by round, leaving forced loads out', () => {
    const f = pageFigures(
      run({
        extension: { ms: 110, script: 7 },
        'text-names': { ms: 110, script: 7 },
        floor: { ms: 104, script: 3 },
        baseline: { ms: 100, script: 0 },
      }),
    );
    // script + style/layout (1 ms) minus the baseline's (0 + 1)
    expect(f.added.extension.median).toBeCloseTo(7);
    expect(f.added.floor.median).toBeCloseTo(3);
    expect(f.ratio.extension.median).toBeCloseTo(1.1);
    expect(f.ratio.floor.rounds).toHaveLength(3);
    // Round medians 110, 115.5 and 104.5: a forced load counted would make one of them 1 ms more.
    expect(f.load.extension).toEqual({ median: 110, min: 104.5, max: 115.5, rounds: [110, 115.5, 104.5] });
  });

  it('fails a build that adds more than 1.5 × the floor’s main-thread time, passes one that does not', () => {
    const heavy = pageVerdict(
      pageFigures(
        run({
          extension: { ms: 104, script: 5 },
          'text-names': { ms: 104, script: 5 },
          floor: { ms: 104, script: 3 },
          baseline: { ms: 100, script: 0 },
        }),
      ),
    );
    expect(heavy.addedWithinBudget).toBe(false);
    expect(heavy.addedTimesFloor).toBeCloseTo(5 / 3);
    expect(heavy.addedTimesFloorByRound.rounds).toHaveLength(3);
    expect(heavy.addedTimesFloorByRound.min).toBeCloseTo(5 / 3);
    const light = pageVerdict(
      pageFigures(
        run({
          extension: { ms: 104, script: 4 },
          'text-names': { ms: 104, script: 4 },
          floor: { ms: 104, script: 3 },
          baseline: { ms: 100, script: 0 },
        }),
      ),
    );
    expect(light.addedWithinBudget).toBe(true);
  });

  it('calls a load difference noise while the round ranges overlap, and fails one beyond it', () => {
    // The rounds move together (the same factor for every build), so the ratios are steady: any
    // real difference is beyond the noise.
    const slower = pageVerdict(
      pageFigures(
        run({
          extension: { ms: 110, script: 3 },
          'text-names': { ms: 110, script: 3 },
          floor: { ms: 103, script: 3 },
          baseline: { ms: 100, script: 0 },
        }),
      ),
    );
    expect(slower.ratioVersusFloor).toBe('above the floor');
    expect(slower.ratioWithinNoise).toBe(false);
    expect(
      versus({ median: 1.05, min: 1.03, max: 1.08, rounds: [] }, { median: 1.04, min: 1.01, max: 1.06, rounds: [] }),
    ).toBe('inside the noise');
    expect(
      versus({ median: 1.0, min: 0.99, max: 1.0, rounds: [] }, { median: 1.04, min: 1.01, max: 1.06, rounds: [] }),
    ).toBe('below the floor');
  });

  it('refuses a round that measured nothing for one build', () => {
    const samples = run({
      extension: { ms: 100, script: 1 },
      'text-names': { ms: 100, script: 1 },
      floor: { ms: 100, script: 1 },
      baseline: { ms: 100, script: 0 },
    });
    samples.floor = samples.floor.filter((sample) => sample.round !== 1 || sample.forced);
    expect(() => pageFigures(samples)).toThrow(/no floor samples in round 1/);
  });
});

describe('loads with a shift', () => {
  it('counts, for the extension, the floor and the baseline, the loads that moved at all, forced ones included', () => {
    const moved = (shift: number, forced = false) => ({ ...load(0, 100, 1, forced), shift });
    expect(
      loadsWithShift({
        extension: [moved(0), moved(0.0057, true), moved(0)],
        floor: [moved(0), moved(0.0000122)],
        baseline: [moved(0, true)],
        'text-names': [moved(0.5)],
      }),
    ).toBe('1/3 · 1/2 · 0/1');
  });
});
