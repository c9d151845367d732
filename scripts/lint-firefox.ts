// Runs Mozilla's add-ons linter (`web-ext lint`, the same checks addons.mozilla.org runs on upload) on
// the Firefox build, and fails on any error and on any warning that is not in ALLOWED below.
//   npx wxt build -b firefox && npx tsx scripts/lint-firefox.ts
// Honours WXT_OUT_DIR like the build (default .output); the build folder is <out>/firefox-mv2 (or -mv3).
// A folder given as the first argument is linted instead.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';

interface LintMessage {
  code: string;
  message: string;
  description?: string | string[];
  file?: string;
  line?: number;
  column?: number;
}

interface LintReport {
  summary: { errors: number; notices: number; warnings: number };
  errors: LintMessage[];
  notices: LintMessage[];
  warnings: LintMessage[];
}

interface Allowed {
  /** The linter's message code. */
  code: string;
  /** The file the warning is in, relative to the build folder (bundle names carry a content hash). */
  file: RegExp;
  /**
   * What the code at the reported place must look like (tested on the 200 characters either side),
   * so that a new warning of the same kind in the same file is not waved through with this one.
   */
  near: RegExp;
  /** Why this warning is not a problem. Printed with every run. */
  reason: string;
}

// Every warning the build is allowed to have, and why. Keep it short: fix rather than allow.
const ALLOWED: readonly Allowed[] = [
  {
    // The linter flags every `el.innerHTML = <not a literal>` it finds. The one in the popup chunk is
    // Preact's own renderer (its diff: `e.innerHTML = p.__html`), which implements the
    // dangerouslySetInnerHTML prop. Our code never passes that prop (eslint.config.js forbids it and
    // innerHTML too), so the line never runs with anything of ours. The content scripts have no Preact.
    code: 'UNSAFE_VAR_ASSIGNMENT',
    // Any shared chunk of the extension pages (the bundler names it after one of them): Preact lives
    // in whichever chunk the popup and options share. `near` keeps this to Preact's own setter.
    file: /^chunks\/[\w-]+\.js$/,
    near: /\.innerHTML\s*=\s*[\w$]+\.__html\b/, // `__html`: the shape of the dangerouslySetInnerHTML prop
    reason: "Preact's renderer supports dangerouslySetInnerHTML; our code never uses it (ESLint forbids it)",
  },
];

const root = resolve(import.meta.dirname, '..');

function buildDir(): string {
  if (process.argv[2]) return resolve(process.argv[2]);
  const out = resolve(root, process.env.WXT_OUT_DIR || '.output');
  const found = ['firefox-mv2', 'firefox-mv3']
    .map((name) => join(out, name))
    .find((dir) => existsSync(join(dir, 'manifest.json')));
  if (!found) {
    console.error(
      `No Firefox build in ${out} (no firefox-mv2/ or firefox-mv3/ with a manifest.json). ` +
        'Run `npx wxt build -b firefox` first, with the same WXT_OUT_DIR.',
    );
    process.exit(2);
  }
  return found;
}

function webExtBin(): string {
  // web-ext's "exports" hide its package.json; find it above the package's entry point.
  let dir = dirname(createRequire(import.meta.url).resolve('web-ext'));
  while (!existsSync(join(dir, 'package.json'))) dir = dirname(dir);
  const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { bin: Record<string, string> };
  return join(dir, pkg.bin['web-ext']!);
}

function runLinter(dir: string): LintReport {
  const result = spawnSync(
    process.execPath,
    [webExtBin(), 'lint', '--source-dir', dir, '--output', 'json', '--no-config-discovery'],
    {
      cwd: root,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' }, // web-ext would otherwise ask npm for a newer version
    },
  );
  // web-ext exits 1 when there are errors, and still prints the report.
  const json = result.stdout.slice(result.stdout.indexOf('{'));
  try {
    return JSON.parse(json) as LintReport;
  } catch {
    console.error(`web-ext lint did not print a JSON report (exit code ${result.status}).`);
    console.error(result.stdout, result.stderr);
    process.exit(2);
  }
}

const where = (m: LintMessage) =>
  `${m.file ?? '(no file)'}${m.line === undefined ? '' : `:${m.line}:${m.column ?? 0}`}`;
const dir = buildDir();

/** The code around a message's place in the build (empty when the linter gave none). */
function around(m: LintMessage): string {
  if (!m.file || m.line === undefined) return '';
  const file = join(dir, m.file);
  if (!existsSync(file)) return '';
  const line = readFileSync(file, 'utf8').split('\n')[m.line - 1] ?? '';
  const column = m.column ?? 0;
  return line.slice(Math.max(0, column - 200), column + 200);
}

const allowedBy = (m: LintMessage) =>
  ALLOWED.find((a) => a.code === m.code && a.file.test(m.file ?? '') && a.near.test(around(m)));

const started = Date.now();
const report = runLinter(dir);
const seconds = ((Date.now() - started) / 1000).toFixed(1);
const allowed = report.warnings.filter((w) => allowedBy(w));
const unexpected = report.warnings.filter((w) => !allowedBy(w));

console.log(
  `web-ext lint ${dir} (${seconds} s): ${report.summary.errors} errors, ` +
    `${report.summary.warnings} warnings (${allowed.length} allowed), ${report.summary.notices} notices`,
);
for (const e of report.errors) console.log(`  ERROR   ${e.code} ${where(e)}: ${e.message}`);
for (const w of unexpected)
  console.log(`  WARNING ${w.code} ${where(w)}: ${w.message} — not in the allow-list of scripts/lint-firefox.ts`);
for (const w of allowed) console.log(`  allowed ${w.code} ${where(w)}: ${allowedBy(w)!.reason}`);
for (const n of report.notices) console.log(`  notice  ${n.code} ${where(n)}: ${n.message}`);
for (const a of ALLOWED.filter((a) => !report.warnings.some((w) => allowedBy(w) === a))) {
  console.log(
    `  (allow-list entry ${a.code} ${a.file} matched nothing: remove it from scripts/lint-firefox.ts if it is gone for good)`,
  );
}

if (report.errors.length > 0 || unexpected.length > 0) {
  console.error(
    'Firefox lint failed: fix the errors and warnings above, or, for a warning that is not a problem, ' +
      'add it to ALLOWED in scripts/lint-firefox.ts with the reason.',
  );
  process.exit(1);
}
console.log('Firefox lint passed.');
