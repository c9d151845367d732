// Prints the README's benchmark table (Markdown) from the last `npm run bench`: `npx tsx scripts/bench-table.ts [file]`
// (default .output/bench.json). So the README's figures are copied, never retyped.
import { readFileSync } from 'node:fs';
import {
  type Build,
  formatSpread,
  loadsWithShift,
  type PageFigures,
  type PageVerdict,
  type Sample,
  versus,
} from './bench-stats.ts';

type Results = {
  measured: string;
  rounds: number;
  runsPerRound: number;
  forcedPerRound: number;
  minutes: number;
  loadAverage: { start: number[]; end?: number[] };
  figures: Record<string, PageFigures>;
  verdicts: Record<string, PageVerdict>;
  checks: { what: string; ok: boolean }[];
  samples: Record<string, Record<Build, Sample[]>>;
};

const results = JSON.parse(readFileSync(process.argv[2] ?? '.output/bench.json', 'utf8')) as Results;
const rows = Object.entries(results.figures).map(([page, f]) => {
  const v = results.verdicts[page]!;
  const loads = results.samples[page]!.extension;
  const byRound = f.added.extension.rounds.map((extension, i) => extension / f.added.floor.rounds[i]!);
  return [
    page,
    formatSpread(f.added.extension, 1),
    // (Runs made before the text-names build have no figure for it.)
    f.added['text-names'] ? formatSpread(f.added['text-names'], 1) : '–',
    f.added['text-names'] ? versus(f.added.extension, f.added['text-names']).replace('floor', 'text drawing') : '–',
    formatSpread(f.added.floor, 1),
    `${v.addedTimesFloor.toFixed(1)} [${Math.min(...byRound).toFixed(1)}–${Math.max(...byRound).toFixed(1)}]`,
    formatSpread(f.ratio.extension, 3),
    formatSpread(f.ratio.floor, 3),
    v.ratioVersusFloor,
    formatSpread(f.load.baseline, 0),
    String(Math.max(...loads.map((x) => x.shift))),
    loadsWithShift(results.samples[page]!),
    `${loads.filter((x) => x.bannerInFirstPaint).length}/${loads.length}`,
  ];
});
const header = [
  'page',
  'added ms, extension',
  'added ms, names as text',
  'extension vs names as text',
  'added ms, floor',
  'extension ÷ floor (added)',
  'load ÷ baseline, extension',
  'load ÷ baseline, floor',
  'load: extension vs floor',
  'baseline load ms',
  'layout shift (max)',
  'loads with a shift: extension · floor · baseline',
  'banner in first paint',
];
console.log(`| ${header.join(' | ')} |`);
console.log(`|${header.map(() => '---').join('|')}|`);
for (const row of rows) console.log(`| ${row.join(' | ')} |`);
console.log(
  `\n${results.rounds} rounds × ${results.runsPerRound} timed loads per page and build (+ ${results.forcedPerRound} forced-layout loads), ` +
    `${results.minutes.toFixed(0)} min, load average ${results.loadAverage.start[0]!.toFixed(1)} at the start` +
    (results.loadAverage.end ? ` and ${results.loadAverage.end[0]!.toFixed(1)} at the end` : '') +
    '. "added ms": script + style + layout time over the baseline\'s, median of the round medians [lowest–highest round].',
);
for (const check of results.checks) console.log(`- ${check.ok ? 'PASS' : 'FAIL'} ${check.what}`);
