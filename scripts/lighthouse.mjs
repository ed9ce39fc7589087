// @ts-check
// Lighthouse (mobile preset, simulated throttling) over every built page, against dist/ served over
// HTTP/2 as static hosts serve it (scripts/serve-h2.mjs), with the Chromium scripts/chromium.mjs
// finds. Budgets come from scripts/budgets.json.
//
//   node scripts/lighthouse.mjs                 serve dist/ on a free port, audit, stop it
//   node scripts/lighthouse.mjs --url URL       audit an already running server instead
//   node scripts/lighthouse.mjs --route /cost/  only these routes (repeatable)
//   node scripts/lighthouse.mjs --no-performance
//                                               accessibility, best practices and SEO only, in the
//                                               end-to-end suite's lighter browser: a quick check by
//                                               hand (`npm run bench` audits all four categories).
//
// Prints a score table, writes reports/lighthouse.json, exits 1 if a page is under budget.
// The 404 page is audited at /404.html (served 200 by a direct request): Lighthouse refuses to audit
// a document answered with status 404 at all, and its SEO category is scored without the
// indexability audits that, by design, a not-found page fails.
import { mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import lighthouse from 'lighthouse';
// Lighthouse's in-page helpers; one of them is swapped out below when performance is not scored.
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { DIST, ROOT, builtPages, readBudgets, startPreview } from './site.mjs';
import { startHttp2Server } from './serve-h2.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH, findTestChromium } from './chromium.mjs';

export const CATEGORIES = /** @type {const} */ (['performance', 'accessibility', 'best-practices', 'seo']);
/** @typedef {(typeof CATEGORIES)[number]} Category */
/** `--no-performance`: every category whose score does not depend on how busy the machine is. */
export const DETERMINISTIC_CATEGORIES = /** @type {Category[]} */ (CATEGORIES.filter((c) => c !== 'performance'));
export const REPORT_FILE = path.join(ROOT, 'reports', 'lighthouse.json');

// The bench's server (scripts/serve-h2.mjs) has a certificate made for the run.
const CHROME_FLAGS = ['--headless=new', '--ignore-certificate-errors', ...CHROMIUM_ARGS];

/**
 * dist/ over HTTP/2, as static hosts serve it (scripts/serve-h2.mjs says why it matters to the
 * performance score); `astro preview` (HTTP/1.1) if that server cannot start, with a warning.
 */
async function startServer() {
  try {
    return await startHttp2Server({ root: DIST });
  } catch (error) {
    console.warn(
      `lighthouse: ${error instanceof Error ? error.message : error}; auditing astro preview (HTTP/1.1) instead`,
    );
    return startPreview();
  }
}

/**
 * @typedef {{ route: string, url: string, scores: Record<string, number | null>, failures: string[],
 *   failedAudits: Record<string, string[]>, seconds: number, error?: string, benchmarkIndex?: number }} LighthouseResult
 *   benchmarkIndex: Lighthouse's measure of the machine's CPU during the audit, when it scored
 *   performance (its default 4× slowdown is made for 1500–2000, a high-end desktop)
 */

/**
 * Before every audit Lighthouse benchmarks the machine: a full second of busy loops in the page
 * (BenchmarkIndex), a quarter of the CPU an audit without performance spends. Only performance uses
 * the number (to scale its simulated throttling and warn of a slow host); accessibility, best
 * practices and SEO never read it. So without performance the benchmark is replaced by this fixed
 * answer: a fast desktop, which raises no slow-machine warning. Restored after the run.
 */
function skipBenchmark() {
  const original = pageFunctions.computeBenchmarkIndex;
  pageFunctions.computeBenchmarkIndex = function computeBenchmarkIndex() {
    return 1000;
  };
  return () => {
    pageFunctions.computeBenchmarkIndex = original;
  };
}

/** chrome-launcher is Lighthouse's own launcher; resolve it through Lighthouse so it always matches. */
async function loadChromeLauncher() {
  const require = createRequire(pathToFileURL(path.join(ROOT, 'node_modules', 'lighthouse', 'package.json')));
  return import(pathToFileURL(require.resolve('chrome-launcher')).href);
}

/**
 * Audits each route; `onResult` is called after each one (for streaming output).
 * @param {{ routes?: string[], url?: string, categories?: Category[], onResult?: (result: LighthouseResult) => void }} [options]
 * @returns {Promise<LighthouseResult[]>}
 */
export async function runLighthouse(options = {}) {
  const budgets = readBudgets().lighthouse;
  const categories = options.categories ?? [...CATEGORIES];
  const measuresPerformance = categories.includes('performance');
  const routes = options.routes ?? builtPages().map((page) => page.route);
  const server = options.url ? { url: options.url.replace(/\/$/, ''), stop: async () => {} } : await startServer();
  const chromeLauncher = await loadChromeLauncher();
  // Performance is measured in the browser visitors run; the other categories score the page, not
  // the browser, so without performance they are audited in the end-to-end suite's lighter browser.
  const chromePath = measuresPerformance ? CHROMIUM_PATH : findTestChromium();
  const launch = () =>
    chromeLauncher.launch({
      chromePath,
      chromeFlags: CHROME_FLAGS,
      logLevel: 'error',
      // chrome-launcher gives the browser 25 s to open its debugging port; on a busy machine (once,
      // beside `npm test`'s other phases) it took longer and the run failed with ECONNREFUSED. Two
      // minutes, polled every half second, costs nothing when it is quick.
      maxConnectionRetries: 240,
    });
  let chrome = await launch();
  const restoreBenchmark = measuresPerformance ? () => {} : skipBenchmark();
  /** @type {LighthouseResult[]} */
  const results = [];
  try {
    for (const route of routes) {
      const url = `${server.url}${route}`;
      const started = performance.now();
      /** @type {LighthouseResult} */
      const result = { route, url, scores: {}, failures: [], failedAudits: {}, seconds: 0 };
      try {
        const isNotFoundPage = route === '/404.html';
        const audit = () =>
          lighthouse(
            url,
            {
              port: chrome.port,
              output: 'json',
              logLevel: 'error',
              onlyCategories: categories,
              // A not-found page is noindex-worthy by definition; everything else about it still counts.
              ...(isNotFoundPage ? { skipAudits: ['is-crawlable', 'http-status-code', 'canonical'] } : {}),
            },
            // Without performance nothing is timed, so the page need not sit quiet for Lighthouse's
            // default seconds before it is audited: our pages are static files from localhost.
            measuresPerformance
              ? undefined
              : {
                  extends: 'lighthouse:default',
                  settings: {
                    pauseAfterLoadMs: 250,
                    networkQuietThresholdMs: 250,
                    cpuQuietThresholdMs: 250,
                    disableFullPageScreenshot: true,
                    skipAboutBlank: true,
                  },
                },
          );
        // A recording Lighthouse itself gets wrong (NO_NAVSTART: "Please run Lighthouse again") is
        // run once more; a score under budget never is.
        let lhr = (await audit())?.lhr;
        if (lhr?.runtimeError) lhr = (await audit())?.lhr;
        if (!lhr) throw new Error('Lighthouse returned no result');
        if (lhr.runtimeError) throw new Error(`${lhr.runtimeError.code}: ${lhr.runtimeError.message}`);
        if (measuresPerformance) result.benchmarkIndex = Math.round(lhr.environment.benchmarkIndex);
        for (const category of categories) {
          const entry = lhr.categories[category];
          const score = entry?.score ?? null;
          result.scores[category] = score;
          const min = budgets[category];
          if (score === null || score < min) {
            result.failures.push(`${category} ${score ?? 'n/a'} < ${min}`);
          }
          // Name the audits that cost points, so a failure says what to fix.
          result.failedAudits[category] = (entry?.auditRefs ?? [])
            .filter((ref) => ref.weight > 0)
            .map((ref) => lhr.audits[ref.id])
            .filter((audit) => audit && audit.score !== null && audit.score < 1)
            .map((audit) => `${audit?.id} (${audit?.score})${audit?.displayValue ? `: ${audit.displayValue}` : ''}`);
        }
      } catch (error) {
        result.error = error instanceof Error ? error.message : String(error);
        result.failures.push(`error: ${result.error}`);
        // A browser that died (or stopped answering) fails this page, not every page after it.
        if (/ECONNREFUSED|ECONNRESET|Target closed|Protocol error/.test(result.error)) {
          chrome.kill();
          chrome = await launch();
        }
      }
      result.seconds = Number(((performance.now() - started) / 1000).toFixed(1));
      results.push(result);
      options.onResult?.(result);
    }
  } finally {
    restoreBenchmark();
    chrome.kill();
    await server.stop();
  }
  return results;
}

/** @param {number | null | undefined} score */
const fmt = (score) => (score === null || score === undefined ? ' n/a' : score.toFixed(2).padStart(4));

/** @param {LighthouseResult} r */
export function formatRow(r) {
  const cells = CATEGORIES.map((c) => (c in r.scores ? fmt(r.scores[c]) : '   -').padStart(c.length));
  const index = r.benchmarkIndex === undefined ? '' : `  ${String(r.benchmarkIndex).padStart(9)}`;
  return `${r.failures.length ? 'FAIL' : 'ok  '}  ${r.route.padEnd(40)} ${cells.join('  ')}  ${r.seconds.toFixed(1).padStart(5)} s${index}`;
}

/**
 * The last column, Lighthouse's benchmark index of the machine during each audit, says whether a
 * low performance score came with a slow or busy machine.
 */
export function formatHeader() {
  return `      ${'route'.padEnd(40)} ${CATEGORIES.join('  ')}  time     cpu index`;
}

/** @param {LighthouseResult[]} results */
export function writeReport(results) {
  mkdirSync(path.dirname(REPORT_FILE), { recursive: true });
  writeFileSync(
    REPORT_FILE,
    `${JSON.stringify({ budgets: readBudgets().lighthouse, generatedAt: new Date().toISOString(), results }, null, 2)}\n`,
  );
}

async function main() {
  const args = process.argv.slice(2);
  /** @type {string[]} */
  const routes = [];
  /** @type {string | undefined} */
  let url;
  let categories = [...CATEGORIES];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--url') url = args[++i];
    else if (args[i] === '--route') routes.push(args[++i] ?? '/');
    else if (args[i] === '--no-performance') categories = DETERMINISTIC_CATEGORIES;
    else throw new Error(`unknown argument ${args[i]}`);
  }
  console.log(formatHeader());
  const results = await runLighthouse({
    ...(routes.length ? { routes } : {}),
    ...(url ? { url } : {}),
    categories,
    onResult: (r) => console.log(formatRow(r)),
  });
  writeReport(results);
  const failed = results.filter((r) => r.failures.length);
  for (const r of failed) {
    console.log(`\n${r.route}: ${r.failures.join('; ')}`);
    for (const [category, audits] of Object.entries(r.failedAudits)) {
      if (audits.length && (r.scores[category] ?? 0) < 1) console.log(`  ${category}: ${audits.join(', ')}`);
    }
  }
  console.log(
    `\nlighthouse: ${results.length - failed.length} of ${results.length} pages within budget; ${path.relative(ROOT, REPORT_FILE)}`,
  );
  process.exitCode = failed.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
