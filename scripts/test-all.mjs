// @ts-check
// `npm test`: every deterministic check the project has. Nothing here measures time or a timing
// score — those live in `npm run bench` — so a busy machine makes the run slower, never red.
//
// Order, and why:
//   1. astro build, alone            first: the e2e suite and the size budgets need dist/,
//                                    and `astro check` must not race the build over .astro/. Phases
//                                    that need neither once started beside it: they made it four
//                                    times slower (6 → 25 s) and everything after it waited.
//   2. then, side by side:           astro check, eslint, prettier --check, vitest's three projects
//                                    (unit + content and PDF in one phase; the real builds of
//                                    throwaway copies in another), the size budgets
//                                    (bench --check-static: bytes, not seconds), and the
//                                    Playwright suite.
// Lighthouse is not here: `npm run bench` audits every page in all four categories, and its
// accessibility, best-practices and SEO scores cost 95 s of browser time on two cores that the
// rest already fill (npm test took 326 s with it). What they check every test here checks too:
// axe in every end-to-end state, the console, CSP and request guards after every test, valid
// HTML, a title, description, language and viewport on every page (tests/e2e/static-pages.spec.ts).
// None of them is timed, so sharing the two cores costs nothing but wall time saved (the e2e suite
// alone after the rest took 257 s in all; side by side, 232 s); each one's output is printed, whole,
// when it ends.
// A failing phase does not stop the run, so the total is always complete. The last line printed is
// exactly `N passed, N failed` (plus `, N skipped` when any were skipped); exit code 1 if any failed.
//
// How phases count: a command phase is 1 test (passed when it exits 0); vitest, playwright and the
// size budgets count each test or budget from the JSON report they write.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { ROOT, freePort, run } from './site.mjs';

process.env.ASTRO_TELEMETRY_DISABLED = '1';

const node = process.execPath;
const bin = {
  astro: path.join(ROOT, 'node_modules/astro/bin/astro.mjs'),
  eslint: path.join(ROOT, 'node_modules/eslint/bin/eslint.js'),
  prettier: path.join(ROOT, 'node_modules/prettier/bin/prettier.cjs'),
  vitest: path.join(ROOT, 'node_modules/vitest/vitest.mjs'),
  playwright: path.join(ROOT, 'node_modules/@playwright/test/cli.js'),
};
const files = {
  vitest: path.join(ROOT, 'test-results/vitest.json'),
  vitestBuilds: path.join(ROOT, 'test-results/vitest-builds.json'),
  e2e: path.join(ROOT, 'test-results/e2e.json'),
  budgets: path.join(ROOT, 'reports/bench-static.json'),
};
const LOG_DIR = path.join(ROOT, 'test-results/logs');

/** @typedef {{ passed: number, failed: number, skipped: number, failures?: string[], flaky?: string[] }} Counts */
/** @typedef {Counts & { name: string, seconds: number, note?: string }} Phase */
/**
 * @typedef {{ name: string, args: string[], env?: NodeJS.ProcessEnv, background?: boolean, report?: string, count?: (report: any) => Counts }} PhaseSpec
 *   args: arguments to node; env: added to its environment; background: runs at a lower CPU priority
 *   (see `together`). With `report`, tests are counted from that JSON file (removed first,
 *   so a stale report is never counted); without, the phase is one test that passes on exit 0.
 */

/** @param {string} title */
function banner(title) {
  console.log(`\n${'='.repeat(100)}\n== ${title}\n${'='.repeat(100)}`);
}

/** @param {string} file */
function readJson(file) {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return null;
  }
}

/**
 * @param {PhaseSpec} spec
 * @param {{ code: number, seconds: number }} result
 * @returns {Phase}
 */
function outcome(spec, { code, seconds }) {
  if (!spec.report || !spec.count) {
    return {
      name: spec.name,
      passed: code === 0 ? 1 : 0,
      failed: code === 0 ? 0 : 1,
      skipped: 0,
      seconds,
      failures: code === 0 ? [] : [`${spec.name} exited ${code}`],
    };
  }
  const report = readJson(spec.report);
  if (!report) {
    return {
      name: spec.name,
      passed: 0,
      failed: 1,
      skipped: 0,
      seconds,
      note: `no ${path.relative(ROOT, spec.report)} (exit ${code})`,
      failures: [`${spec.name}: no ${path.relative(ROOT, spec.report)} (exit ${code})`],
    };
  }
  /** @type {Phase} */
  const phase = { name: spec.name, ...spec.count(report), seconds };
  // A crash after the report was written, or a non-zero exit the report does not explain.
  if (code !== 0 && phase.failed === 0) {
    phase.failed = 1;
    phase.note = `exited ${code} with no failing test in ${path.relative(ROOT, spec.report)}`;
    phase.failures = [...(phase.failures ?? []), `${spec.name}: ${phase.note}`];
  }
  return phase;
}

/**
 * Runs a phase with its output streamed.
 * @param {PhaseSpec} spec
 */
async function streamed(spec) {
  banner(spec.name);
  if (spec.report) rmSync(spec.report, { force: true });
  return outcome(spec, await run(node, spec.args, { env: spec.env }));
}

/**
 * Runs phases side by side; each one's output goes to a log file and is printed, whole, when it
 * ends, so concurrent output never interleaves. Every phase but the Playwright suite runs in the
 * background (a lower CPU priority): the suite is the longest, so the run ends when it does, and
 * the others fill the moments it waits on its browsers.
 * @param {PhaseSpec[]} specs
 */
async function together(specs) {
  mkdirSync(LOG_DIR, { recursive: true });
  console.log(`\nrunning side by side: ${specs.map((s) => s.name).join(', ')}`);
  return Promise.all(
    specs.map(async (spec) => {
      if (spec.report) rmSync(spec.report, { force: true });
      const log = path.join(LOG_DIR, `${spec.name.replace(/[^a-z0-9]+/gi, '-').replace(/^-|-$/g, '')}.log`);
      const result = await run(node, spec.args, { logFile: log, env: spec.env, niceness: spec.background ? 10 : 0 });
      const phase = outcome(spec, result);
      banner(`${spec.name} (${phase.failed ? 'failed' : 'passed'} in ${result.seconds.toFixed(1)} s)`);
      process.stdout.write(readFileSync(log, 'utf8'));
      return phase;
    }),
  );
}

/**
 * The names of vitest's failing tests (and of files that failed before any test ran).
 * @param {any} report vitest's JSON report
 * @returns {string[]}
 */
function vitestFailures(report) {
  return (report.testResults ?? []).flatMap((/** @type {any} */ file) => {
    const where = path.relative(ROOT, file.name ?? '');
    const tests = (file.assertionResults ?? [])
      .filter((/** @type {any} */ t) => t.status === 'failed')
      .map((/** @type {any} */ t) => `vitest ${where}: ${t.fullName}${because(t.failureMessages?.[0])}`);
    return tests.length || file.status !== 'failed'
      ? tests
      : [`vitest ${where}: ${file.message || 'a hook or the file itself failed (its log above says why)'}`];
  });
}

/**
 * The start of a failure's message, to follow its test's name in the closing list: CI keeps only
 * the tail of a long log, and a name alone does not say whether the test timed out on a busy
 * machine or found a real counterexample.
 * @param {unknown} message
 */
function because(message) {
  if (typeof message !== 'string') return '';
  const lines = stripVTControlCharacters(message)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const start = lines.slice(0, 3).join(' · ');
  return start ? ` — ${start.length > 300 ? `${start.slice(0, 299)}…` : start}` : '';
}

/**
 * The names of Playwright's tests with one outcome — `unexpected` (failed) or `flaky` (passed on
 * its retry) — walking its nested suites.
 * @param {any[]} suites
 * @param {'unexpected' | 'flaky'} status
 * @returns {string[]}
 */
function playwrightResults(suites, status) {
  return suites.flatMap((suite) => [
    ...(suite.specs ?? []).flatMap((/** @type {any} */ spec) =>
      (spec.tests ?? [])
        .filter((/** @type {any} */ t) => t.status === status)
        .map(
          (/** @type {any} */ t) =>
            `playwright ${spec.file}:${spec.line} [${t.projectName}] ${spec.title}${status === 'unexpected' ? because(t.results?.at(-1)?.error?.message) : ''}`,
        ),
    ),
    ...playwrightResults(suite.suites ?? [], status),
  ]);
}

/**
 * A vitest phase for projects of vitest.config.ts. The build project runs as a phase of its own,
 * beside the others: it mostly waits on the real `astro build`s it starts, and in one vitest
 * process (one worker on two cores) the fast tests would wait for them.
 * @param {string} name
 * @param {('fast' | 'pdf' | 'build')[]} projects
 * @param {string} report
 * @returns {PhaseSpec}
 */
const vitestProjects = (name, projects, report) => ({
  name,
  background: true,
  // At a lower priority beside the browser suite, a test that takes 2 s idle can pass 30 s: the
  // limits become a ceiling against a hang (tests/helpers/patience.ts), never a measure of speed.
  env: { READINESS_TEST_PATIENCE_MS: String(15 * 60_000) },
  args: [
    bin.vitest,
    'run',
    ...projects.flatMap((project) => ['--project', project]),
    '--reporter=default',
    '--reporter=json',
    `--outputFile=${report}`,
  ],
  report,
  count: (r) => {
    // Every failing test, and every file that failed without one (a beforeAll that threw, whose
    // tests vitest then counts as skipped): the count matches the names listed.
    const failures = vitestFailures(r);
    return {
      passed: r.numPassedTests ?? 0,
      failed: Math.max(r.numFailedTests ?? 0, failures.length),
      skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
      failures,
    };
  },
});
const vitest = vitestProjects('vitest (unit, content, PDF)', ['fast', 'pdf'], files.vitest);
const vitestBuilds = vitestProjects('vitest (real builds)', ['build'], files.vitestBuilds);
/** @type {PhaseSpec} */
const sizeBudgets = {
  name: 'size budgets (bench --check-static)',
  background: true,
  args: [path.join(ROOT, 'scripts/bench.mjs'), '--check-static'],
  report: files.budgets,
  count: (r) => ({
    passed: r.checks.filter((/** @type {{ok: boolean|null}} */ c) => c.ok === true).length,
    failed: r.checks.filter((/** @type {{ok: boolean|null}} */ c) => c.ok === false).length,
    skipped: r.checks.filter((/** @type {{ok: boolean|null}} */ c) => c.ok === null).length,
    failures: r.checks
      .filter((/** @type {{ok: boolean|null}} */ c) => c.ok === false)
      .map((/** @type {{name: string}} */ c) => `size budget: ${c.name}`),
  }),
};
/** @type {PhaseSpec} */
const e2e = {
  name: 'playwright (e2e)',
  args: [bin.playwright, 'test'],
  // A free port for the suite's own `astro preview`, unless one was chosen: with CI set, Playwright
  // will not reuse a server already on its port, and a preview left running there (a developer's,
  // or an interrupted run's) would make the whole suite time out waiting for its own.
  env: { READINESS_E2E_PORT: process.env.READINESS_E2E_PORT ?? String(await freePort()) },
  report: files.e2e,
  count: (r) => ({
    passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
    failed: r.stats?.unexpected ?? 0,
    skipped: r.stats?.skipped ?? 0,
    failures: playwrightResults(r.suites ?? [], 'unexpected'),
    flaky: playwrightResults(r.suites ?? [], 'flaky'),
  }),
};
/** @type {PhaseSpec[]} */
const staticChecks = [
  { name: 'astro check', args: [bin.astro, 'check'], background: true },
  { name: 'eslint', args: [bin.eslint, '.'], background: true },
  // --cache (node_modules/.cache/prettier/, keyed on each file's content): a second run checks only
  // what changed, 1.5 s instead of 9 s. ESLint gets no cache: its typed rules read other files, which
  // a per-file cache would not see change.
  { name: 'prettier --check', args: [bin.prettier, '--check', '--cache', '.'], background: true },
  vitest,
  vitestBuilds,
];

const SUMMARY_FILE = path.join(ROOT, 'test-results/summary.json');
rmSync(SUMMARY_FILE, { force: true });
const started = performance.now();
/** @type {Phase[]} */
const phases = [];

const build = await streamed({ name: 'astro build', args: [bin.astro, 'build'] });
phases.push(build);
if (build.failed === 0) {
  phases.push(...(await together([...staticChecks, sizeBudgets, e2e])));
} else {
  phases.push(...(await together(staticChecks)));
  for (const spec of [sizeBudgets, e2e]) {
    banner(`${spec.name} — not run: astro build failed`);
    phases.push({ name: spec.name, passed: 0, failed: 1, skipped: 0, seconds: 0, note: 'not run: astro build failed' });
  }
}

const total = phases.reduce(
  (acc, p) => ({ passed: acc.passed + p.passed, failed: acc.failed + p.failed, skipped: acc.skipped + p.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);
const wallSeconds = (performance.now() - started) / 1000;

banner('summary');
console.log(
  `${'phase'.padEnd(42)} ${'passed'.padStart(7)} ${'failed'.padStart(7)} ${'skipped'.padStart(8)} ${'time'.padStart(9)}`,
);
for (const p of phases) {
  console.log(
    `${(p.failed ? '✗ ' : '✓ ') + p.name.padEnd(40)} ${String(p.passed).padStart(7)} ${String(p.failed).padStart(7)} ${String(p.skipped).padStart(8)} ${`${p.seconds.toFixed(1)} s`.padStart(9)}${p.note ? `  ${p.note}` : ''}`,
  );
}
console.log(`total time ${wallSeconds.toFixed(1)} s (phases after the build ran side by side)`);
const flaky = phases.flatMap((p) => p.flaky ?? []);
if (flaky.length)
  console.log(`flaky (failed, then passed on the retry CI allows):\n${flaky.map((f) => `  ~ ${f}`).join('\n')}`);
const failures = phases.flatMap((p) => p.failures ?? []);
// Named again here, just above the count, so a log cut to its last lines still says what failed.
if (failures.length) console.log(`failed:\n${failures.map((f) => `  ✗ ${f}`).join('\n')}`);
writeFileSync(SUMMARY_FILE, `${JSON.stringify({ ...total, wallSeconds: Math.round(wallSeconds), phases }, null, 2)}\n`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exitCode = total.failed ? 1 : 0;
