// @ts-check
// `npm test`: every check the project has, in order, with streamed output. A failing phase does not
// stop the run, so the total is always complete. The last line printed is exactly
// `N passed, N failed` (plus `, N skipped` when any were skipped); the exit code is 1 if any failed.
//
// Phases and how they count:
//   astro check                    1 test
//   eslint .                       1 test
//   prettier --check .             1 test
//   vitest (unit + content)        each test, from test-results/vitest.json
//   astro build                    1 test (its wall time feeds the build-time budget)
//   budgets (bench --check-static) each budget, from reports/bench-static.json
//   playwright (e2e)               each test, from test-results/e2e.json
//   lighthouse                     each page, from reports/lighthouse.json
// When the build fails, the phases that need dist/ are not run and count as one failure each.
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ROOT, astroBuild, run } from './site.mjs';

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
  e2e: path.join(ROOT, 'test-results/e2e.json'),
  budgets: path.join(ROOT, 'reports/bench-static.json'),
  lighthouse: path.join(ROOT, 'reports/lighthouse.json'),
};

/** @typedef {{ name: string, passed: number, failed: number, skipped: number, seconds: number, note?: string }} Phase */
/** @type {Phase[]} */
const phases = [];

/** @param {string} name */
function banner(name) {
  console.log(`\n${'='.repeat(100)}\n== ${name}\n${'='.repeat(100)}`);
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
 * A phase that counts as one test: passed when the command exits 0.
 * @param {string} name
 * @param {string[]} args arguments to node
 */
async function single(name, args) {
  banner(name);
  const { code, seconds } = await run(node, args);
  phases.push({ name, passed: code === 0 ? 1 : 0, failed: code === 0 ? 0 : 1, skipped: 0, seconds });
  return code === 0;
}

/**
 * A phase whose tests are counted from a JSON report the command writes.
 * @param {string} name
 * @param {string[]} args arguments to node
 * @param {string} reportFile removed first so a stale report is never counted
 * @param {(report: any) => { passed: number, failed: number, skipped: number }} count
 */
async function counted(name, args, reportFile, count) {
  banner(name);
  rmSync(reportFile, { force: true });
  const { code, seconds } = await run(node, args);
  const report = readJson(reportFile);
  /** @type {Phase} */
  const phase = { name, passed: 0, failed: 0, skipped: 0, seconds };
  if (report) {
    Object.assign(phase, count(report));
    // A crash after the report was written, or a non-zero exit the report does not explain.
    if (code !== 0 && phase.failed === 0) {
      phase.failed = 1;
      phase.note = `exited ${code} with no failing test in ${path.relative(ROOT, reportFile)}`;
    }
  } else {
    phase.failed = 1;
    phase.note = `no ${path.relative(ROOT, reportFile)} (exit ${code})`;
  }
  phases.push(phase);
}

/** @param {string} name @param {string} why */
function notRun(name, why) {
  banner(`${name} — not run: ${why}`);
  phases.push({ name, passed: 0, failed: 1, skipped: 0, seconds: 0, note: `not run: ${why}` });
}

const started = performance.now();

await single('astro check', [bin.astro, 'check']);
await single('eslint', [bin.eslint, '.']);
await single('prettier --check', [bin.prettier, '--check', '.']);
await counted(
  'vitest (unit + content)',
  [bin.vitest, 'run', '--reporter=default', '--reporter=json', `--outputFile=${files.vitest}`],
  files.vitest,
  (r) => ({
    passed: r.numPassedTests ?? 0,
    failed: (r.numFailedTests ?? 0) + (r.numFailedTestSuites && !r.numFailedTests ? r.numFailedTestSuites : 0),
    skipped: (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0),
  }),
);

banner('astro build');
const build = await astroBuild();
phases.push({
  name: 'astro build',
  passed: build.code === 0 ? 1 : 0,
  failed: build.code === 0 ? 0 : 1,
  skipped: 0,
  seconds: build.seconds,
});

if (build.code === 0) {
  await counted(
    'budgets (bench --check-static)',
    [path.join(ROOT, 'scripts/bench.mjs'), '--check-static', '--build-seconds', build.seconds.toFixed(2)],
    files.budgets,
    (r) => ({
      passed: r.checks.filter((/** @type {{ok: boolean|null}} */ c) => c.ok === true).length,
      failed: r.checks.filter((/** @type {{ok: boolean|null}} */ c) => c.ok === false).length,
      skipped: r.checks.filter((/** @type {{ok: boolean|null}} */ c) => c.ok === null).length,
    }),
  );
  await counted('playwright (e2e)', [bin.playwright, 'test'], files.e2e, (r) => ({
    passed: (r.stats?.expected ?? 0) + (r.stats?.flaky ?? 0),
    failed: r.stats?.unexpected ?? 0,
    skipped: r.stats?.skipped ?? 0,
  }));
  await counted('lighthouse', [path.join(ROOT, 'scripts/lighthouse.mjs')], files.lighthouse, (r) => ({
    passed: r.results.filter((/** @type {{failures: string[]}} */ x) => x.failures.length === 0).length,
    failed: r.results.filter((/** @type {{failures: string[]}} */ x) => x.failures.length > 0).length,
    skipped: 0,
  }));
} else {
  for (const name of ['budgets (bench --check-static)', 'playwright (e2e)', 'lighthouse']) {
    notRun(name, 'astro build failed');
  }
}

const total = phases.reduce(
  (acc, p) => ({ passed: acc.passed + p.passed, failed: acc.failed + p.failed, skipped: acc.skipped + p.skipped }),
  { passed: 0, failed: 0, skipped: 0 },
);

banner('summary');
console.log(
  `${'phase'.padEnd(34)} ${'passed'.padStart(7)} ${'failed'.padStart(7)} ${'skipped'.padStart(8)} ${'time'.padStart(9)}`,
);
for (const p of phases) {
  console.log(
    `${(p.failed ? '✗ ' : '✓ ') + p.name.padEnd(32)} ${String(p.passed).padStart(7)} ${String(p.failed).padStart(7)} ${String(p.skipped).padStart(8)} ${`${p.seconds.toFixed(1)} s`.padStart(9)}${p.note ? `  ${p.note}` : ''}`,
  );
}
console.log(`total time ${((performance.now() - started) / 1000).toFixed(1)} s`);
console.log(`${total.passed} passed, ${total.failed} failed${total.skipped ? `, ${total.skipped} skipped` : ''}`);
process.exitCode = total.failed ? 1 : 0;
