// @ts-check
// `npm run bench`: every timing and size budget (docs/architecture.md, "Budgets"), measured and
// checked against scripts/budgets.json.
//
//   node scripts/bench.mjs                    astro build (timed), client JS per route, PDF chunk,
//                                             Lighthouse on every page, PDF click-to-file
//   node scripts/bench.mjs --no-lighthouse    the same without Lighthouse
//   node scripts/bench.mjs --check-static     only what dist/ shows (no build, no browser, no timing):
//                                             client JS per route and the PDF chunk, in bytes; what
//                                             `npm test` runs.
//
// Prints a readable table and then one JSON object (also written to reports/bench.json, or
// reports/bench-static.json for --check-static); exits 1 if any budget is exceeded.
//
// Client JS of a page = its <script src>, inline <script>, <link rel=modulepreload>, the component
// and renderer URLs of its <astro-island>s, and everything those import statically (transitively):
// the page loads all of that up front. Chunks reached only through import() are lazy.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chunkImports } from './chunk-imports.mjs';
import { DIST, ROOT, astroBuild, builtPages, readBudgets, routeMatches, startPreview } from './site.mjs';

/**
 * @typedef {{ name: string, ok: boolean | null, actual: string, budget: string, note?: string }} Check
 *   ok: true = within budget, false = over, null = not measured (skipped).
 * @typedef {{ raw: number, gzip: number }} Size
 * @typedef {{ route: string, kind: 'zero-js' | 'island' | 'other', initial: Size & { files: string[],
 *   inlineScripts: number }, lazy: Size & { files: string[] } }} RouteJs
 */

/** @type {Map<string, { code: string, size: Size }>} */
const fileCache = new Map();

/** @param {string} file absolute path of a JS file in dist/ */
function jsFile(file) {
  let entry = fileCache.get(file);
  if (!entry) {
    const buffer = readFileSync(file);
    entry = { code: buffer.toString('utf8'), size: { raw: buffer.length, gzip: gzipSync(buffer).length } };
    fileCache.set(file, entry);
  }
  return entry;
}

/**
 * A URL from a page or chunk as a dist/ file, or null if it is not ours (or not JS).
 * @param {string} url
 * @param {string} fromDir directory of the referring file, for relative URLs
 */
function distFile(url, fromDir) {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) return null;
  const clean = url.split(/[?#]/)[0] ?? '';
  const file = clean.startsWith('/') ? path.join(DIST, clean) : path.resolve(fromDir, clean);
  return /\.m?js$/.test(file) ? file : null;
}

/**
 * What a page loads up front: external script URLs and inline script bodies.
 * @param {string} html
 */
export function pageScripts(html) {
  /** @type {string[]} */
  const urls = [];
  /** @type {string[]} */
  const inline = [];
  for (const match of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = match[1] ?? '';
    const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
    const type = /\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1]?.toLowerCase();
    if (src) urls.push(src);
    else if (!type || type === 'module' || type.includes('javascript')) inline.push(match[2] ?? '');
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/gi)) {
    if (!/\brel\s*=\s*["']?modulepreload/i.test(tag)) continue;
    const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(tag)?.[1];
    if (href) urls.push(href);
  }
  for (const [tag] of html.matchAll(/<astro-island\b[^>]*>/gi)) {
    for (const attr of ['component-url', 'renderer-url', 'before-hydration-url']) {
      const value = new RegExp(`\\b${attr}\\s*=\\s*["']([^"']+)["']`, 'i').exec(tag)?.[1];
      if (value) urls.push(value);
    }
  }
  return { urls, inline };
}

/**
 * All files reachable from `roots` through static imports (and, with `followDynamic`, import()).
 * @param {string[]} roots absolute file paths
 * @param {boolean} followDynamic
 */
function closure(roots, followDynamic) {
  const seen = new Set();
  const queue = roots.filter((file) => existsSync(file));
  while (queue.length) {
    const file = /** @type {string} */ (queue.shift());
    if (seen.has(file)) continue;
    seen.add(file);
    const { staticImports, dynamicImports } = chunkImports(jsFile(file).code);
    const next = followDynamic ? [...staticImports, ...dynamicImports] : staticImports;
    for (const url of next) {
      const target = distFile(url, path.dirname(file));
      if (target && existsSync(target) && !seen.has(target)) queue.push(target);
    }
  }
  return seen;
}

/** @param {Iterable<string>} files */
function sum(files) {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const { size } = jsFile(file);
    raw += size.raw;
    gzip += size.gzip;
  }
  return { raw, gzip };
}

/** @param {string} file */
const rel = (file) => path.relative(DIST, file).split(path.sep).join('/');

/** Every JS file the build emitted (outside dot-folders such as Astro's prerender cache). */
function allJsFiles() {
  if (!existsSync(DIST)) return [];
  return readdirSync(DIST, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.m?js$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .filter(
      (file) =>
        !rel(file)
          .split('/')
          .some((part) => part.startsWith('.')),
    )
    .sort();
}

/** Client JS per built page, plus the lazy chunks. */
export function measureJs() {
  const budgets = readBudgets();
  const kindOf = (/** @type {string} */ route) =>
    budgets.zeroJsRoutes.some((p) => routeMatches(route, p))
      ? 'zero-js'
      : budgets.islandRoutes.some((p) => routeMatches(route, p))
        ? 'island'
        : 'other';
  /** @type {RouteJs[]} */
  const routes = [];
  const everInitial = new Set();
  for (const { route, file } of builtPages()) {
    const html = readFileSync(file, 'utf8');
    const { urls, inline } = pageScripts(html);
    const roots = urls.map((url) => distFile(url, path.dirname(file))).filter((f) => f !== null);
    const initialFiles = closure(roots, false);
    for (const f of initialFiles) everInitial.add(f);
    const reachable = closure([...initialFiles], true);
    const lazyFiles = [...reachable].filter((f) => !initialFiles.has(f));
    const inlineSize = inline.reduce(
      (acc, code) => {
        const buffer = Buffer.from(code);
        return { raw: acc.raw + buffer.length, gzip: acc.gzip + (buffer.length ? gzipSync(buffer).length : 0) };
      },
      { raw: 0, gzip: 0 },
    );
    const initialSize = sum(initialFiles);
    routes.push({
      route,
      kind: /** @type {RouteJs['kind']} */ (kindOf(route)),
      initial: {
        raw: initialSize.raw + inlineSize.raw,
        gzip: initialSize.gzip + inlineSize.gzip,
        files: [...initialFiles].map(rel).sort(),
        inlineScripts: inline.length,
      },
      lazy: { ...sum(lazyFiles), files: lazyFiles.map(rel).sort() },
    });
  }
  const lazyChunks = allJsFiles()
    .filter((file) => !everInitial.has(file))
    .map((file) => ({ file: rel(file), ...jsFile(file).size }))
    .sort((a, b) => b.gzip - a.gzip);
  const pdfChunk =
    lazyChunks.find((c) => /pdf/i.test(path.basename(c.file))) ??
    lazyChunks.find((c) => /report/i.test(path.basename(c.file))) ??
    null;
  const pdfLikeInitial = [...everInitial].map(rel).filter((f) => /pdf/i.test(path.basename(f)));
  return {
    routes,
    lazyChunks,
    largestLazyChunk: lazyChunks[0] ?? null,
    pdfChunk: pdfChunk
      ? { ...pdfChunk, identifiedBy: /pdf/i.test(pdfChunk.file) ? 'name contains "pdf"' : 'name contains "report"' }
      : null,
    pdfLikeInitial,
  };
}

/**
 * The PDF budgets (scripts/budgets.json): the full report PDF, click to file (prefetched / cold / re-render after a change /
 * unchanged report, median of `runs`), and the bytes fetched for it (engine + fonts, gzip); with
 * pdfmake's figures for the same text beside ours (scripts/bench-pdf.mjs says how each is taken).
 * `pdfChunk` (dist-relative file) must never be requested during a page's first load.
 * @param {{ runs: number, pdfChunk?: string | null }} options
 */
export async function measurePdfClickToFile({ runs, pdfChunk = null }) {
  // Loaded here, not at the top: --check-static (run by `npm test`) needs no browser.
  const { measurePdf } = await import('./bench-pdf.mjs');
  const preview = await startPreview();
  try {
    const pdf = await measurePdf({ baseURL: preview.url, runs, pdfChunk });
    if (pdf.engineOnFirstLoad) throw new Error(`bench: ${pdfChunk} was requested during the page's first load`);
    return {
      prefetchedMedianMs: pdf.prefetchedMs,
      coldMedianMs: pdf.coldMs,
      rerenderMedianMs: pdf.rerenderMs,
      againMedianMs: pdf.againMs,
      cachedMedianMs: pdf.cachedMs,
      bytesGzip: pdf.bytesGzip,
      fetched: pdf.fetched,
      pdfmake: pdf.pdfmake,
      runs,
      note:
        `prefetched ${pdf.prefetched.join('/')} ms; cold ${pdf.cold.join('/')} ms; ` +
        `re-render ${pdf.rerender.join('/')} ms, a second one on the same page ${pdf.again.join('/')} ms ` +
        `(median ${pdf.againMs}); cached ${pdf.cached.join('/')} ms; ` +
        `pdfmake, same text: first ${pdf.pdfmake.coldMs} ms, re-render ${pdf.pdfmake.rerenderMs} ms`,
    };
  } finally {
    await preview.stop();
  }
}

/** @param {number} bytes */
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

/**
 * @param {ReturnType<typeof measureJs>} js
 * @param {ReturnType<typeof readBudgets>} budgets
 * @returns {Check[]}
 */
function jsChecks(js, budgets) {
  /** @type {Check[]} */
  const checks = [];
  const built = new Set(js.routes.map((r) => r.route));
  for (const pattern of budgets.zeroJsRoutes) {
    if (!js.routes.some((r) => routeMatches(r.route, pattern))) {
      checks.push({ name: `no client JS on ${pattern}`, ok: false, actual: 'not built', budget: '0 B' });
    }
  }
  for (const pattern of budgets.islandRoutes) {
    if (!built.has(pattern)) {
      checks.push({
        name: `initial JS on ${pattern}`,
        ok: false,
        actual: 'not built',
        budget: kb(budgets.initialJsGzipMax),
      });
    }
  }
  for (const r of js.routes) {
    if (r.kind === 'zero-js') {
      checks.push({
        name: `no client JS on ${r.route}`,
        ok: r.initial.raw === 0,
        actual: `${r.initial.raw} B`,
        budget: '0 B',
        ...(r.initial.raw ? { note: `${r.initial.files.join(', ')} + ${r.initial.inlineScripts} inline` } : {}),
      });
    } else if (r.kind === 'island') {
      const ok = r.initial.gzip <= budgets.initialJsGzipMax;
      checks.push({
        name: `initial JS on ${r.route}`,
        ok,
        actual: `${kb(r.initial.gzip)} gzip`,
        budget: kb(budgets.initialJsGzipMax),
        ...(ok && r.initial.gzip > budgets.initialJsGzipTarget
          ? { note: `over the ${kb(budgets.initialJsGzipTarget)} aim` }
          : {}),
      });
    }
  }
  checks.push({
    name: 'PDF engine not in any initial JS',
    ok: js.pdfLikeInitial.length === 0,
    actual: js.pdfLikeInitial.length ? js.pdfLikeInitial.join(', ') : 'none',
    budget: 'never',
  });
  return checks;
}

/**
 * @param {Check[]} checks
 * @param {ReturnType<typeof measureJs>} js
 */
function printTable(checks, js) {
  const lines = ['', 'Client JS per route (initial = loaded up front; lazy = only via import()):'];
  lines.push(
    `  ${'route'.padEnd(44)} ${'kind'.padEnd(8)} ${'initial raw'.padStart(12)} ${'initial gz'.padStart(11)} ${'lazy gz'.padStart(10)}`,
  );
  for (const r of js.routes) {
    lines.push(
      `  ${r.route.padEnd(44)} ${r.kind.padEnd(8)} ${kb(r.initial.raw).padStart(12)} ${kb(r.initial.gzip).padStart(11)} ${kb(r.lazy.gzip).padStart(10)}`,
    );
  }
  lines.push(
    `  largest lazy chunk: ${js.largestLazyChunk ? `${js.largestLazyChunk.file} ${kb(js.largestLazyChunk.gzip)} gzip` : 'none'}`,
    `  PDF chunk: ${js.pdfChunk ? `${js.pdfChunk.file} ${kb(js.pdfChunk.gzip)} gzip (${js.pdfChunk.identifiedBy})` : 'none found (no lazy chunk named *pdf* or *report*)'}`,
    '',
    'Budgets:',
  );
  for (const c of checks) {
    const status = c.ok === null ? 'skip' : c.ok ? 'ok  ' : 'FAIL';
    lines.push(
      `  ${status}  ${c.name.padEnd(56)} ${c.actual.padStart(16)}  budget ${c.budget}${c.note ? `  (${c.note})` : ''}`,
    );
  }
  console.log(lines.join('\n'));
}

async function main() {
  const args = process.argv.slice(2);
  const staticOnly = args.includes('--check-static');
  const withLighthouse = !staticOnly && !args.includes('--no-lighthouse');
  const budgets = readBudgets();
  /** @type {Check[]} */
  const checks = [];
  /** @type {Record<string, unknown>} */
  const result = { mode: staticOnly ? 'check-static' : 'full', budgets };

  /** @type {number | null} */
  let buildSeconds = null;
  if (!staticOnly) {
    console.log('bench: astro build');
    const build = await astroBuild();
    if (build.code !== 0) {
      console.error(`bench: astro build failed (exit ${build.code})`);
      process.exit(1);
    }
    buildSeconds = build.seconds;
  }
  if (buildSeconds !== null && Number.isFinite(buildSeconds)) {
    result.buildSeconds = Math.round(buildSeconds * 10) / 10;
    checks.push({
      name: 'astro build time',
      ok: buildSeconds <= budgets.buildSecondsMax,
      actual: `${buildSeconds.toFixed(1)} s`,
      budget: `${budgets.buildSecondsMax} s`,
    });
  }

  if (!existsSync(path.join(DIST, 'index.html'))) {
    console.error('bench: dist/ has no pages; run `npm run build` first.');
    process.exit(1);
  }
  const js = measureJs();
  result.js = js;
  checks.push(...jsChecks(js, budgets));

  if (!staticOnly) {
    const pdf = await measurePdfClickToFile({ runs: budgets.pdf.runs, pdfChunk: js.pdfChunk?.file ?? null });
    result.pdf = pdf;
    const pdfmake = (/** @type {number} */ ms) => `pdfmake, same text: ${ms} ms`;
    for (const [label, value, max, note] of /** @type {const} */ ([
      ['prefetched (click 2 s after results)', pdf.prefetchedMedianMs, budgets.pdf.prefetchedMedianMsMax, null],
      ['cold', pdf.coldMedianMs, budgets.pdf.coldMedianMsMax, pdfmake(pdf.pdfmake.coldMs)],
      [
        're-render after a change',
        pdf.rerenderMedianMs,
        budgets.pdf.rerenderMedianMsMax,
        // The budgeted re-render is the document's first layout on /cost/; a visitor who downloads,
        // changes a figure and downloads again gets a second one, with the engine's code warm.
        `${pdfmake(pdf.pdfmake.rerenderMs)}; a second re-render on the same page: ${pdf.againMedianMs} ms`,
      ],
      ['unchanged report (cached file)', pdf.cachedMedianMs, budgets.pdf.cachedMedianMsMax, null],
    ])) {
      checks.push({
        name: `PDF click to file, ${label}, median of ${budgets.pdf.runs}`,
        ok: value <= max,
        actual: `${value} ms`,
        budget: `${max} ms`,
        ...(note === null ? {} : { note }),
      });
    }
    checks.push({
      name: 'bytes fetched for the PDF (engine + fonts)',
      ok: pdf.bytesGzip <= budgets.pdf.bytesGzipMax,
      actual: `${kb(pdf.bytesGzip)} gzip`,
      budget: kb(budgets.pdf.bytesGzipMax),
      note: pdf.fetched.join(', '),
    });
  }

  if (!staticOnly) {
    const { measureFirstAnswer, measureFirstAnswerFloor } = await import('./bench-first-answer.mjs');
    const preview = await startPreview();
    try {
      const first = await measureFirstAnswer({ baseURL: preview.url, runs: budgets.firstAnswer.runs });
      const floor = await measureFirstAnswerFloor({ runs: budgets.firstAnswer.runs });
      result.firstAnswer = { ...first, floor };
      checks.push({
        name: `navigation to a kept first answer, 4x CPU throttle, median of ${budgets.firstAnswer.runs}`,
        ok: first.medianMs <= budgets.firstAnswer.keptMedianMsMax,
        actual: `${first.medianMs} ms`,
        budget: `${budgets.firstAnswer.keptMedianMsMax} ms`,
        note: `${first.runsMs.join('/')}; a bare page with one question, same run: ${floor.medianMs} ms`,
      });
    } finally {
      await preview.stop();
    }
  }

  if (!staticOnly) {
    const { measureLoadedJs } = await import('./bench-loaded-js.mjs');
    const preview = await startPreview();
    try {
      const loaded = await measureLoadedJs({ baseURL: preview.url, routes: budgets.islandRoutes });
      result.interactiveJs = loaded;
      for (const r of loaded) {
        checks.push({
          name: `all JS until interactive on ${r.route}`,
          ok: r.gzip <= budgets.interactiveJsGzipMax,
          actual: `${kb(r.gzip)} gzip`,
          budget: kb(budgets.interactiveJsGzipMax),
          note: `${r.files} files`,
        });
      }
    } finally {
      await preview.stop();
    }
  }

  if (withLighthouse) {
    const { runLighthouse, formatHeader, formatRow, writeReport } = await import('./lighthouse.mjs');
    console.log(`\nbench: Lighthouse (mobile)\n${formatHeader()}`);
    const lighthouse = await runLighthouse({ onResult: (r) => console.log(formatRow(r)) });
    writeReport(lighthouse);
    result.lighthouse = lighthouse.map(({ route, scores, failures, benchmarkIndex }) => ({
      route,
      scores,
      failures,
      benchmarkIndex,
    }));
    for (const r of lighthouse) {
      checks.push({
        name: `Lighthouse ${r.route}`,
        ok: r.failures.length === 0,
        actual: Object.values(r.scores)
          .map((s) => (s === null ? 'n/a' : s.toFixed(2)))
          .join('/'),
        budget: 'perf/a11y/bp/seo per budgets.json',
        ...(r.failures.length ? { note: r.failures.join('; ') } : {}),
      });
    }
  }

  result.checks = checks;
  const failed = checks.filter((c) => c.ok === false);
  result.ok = failed.length === 0;
  printTable(checks, js);
  const reportFile = path.join(ROOT, 'reports', staticOnly ? 'bench-static.json' : 'bench.json');
  mkdirSync(path.dirname(reportFile), { recursive: true });
  const json = JSON.stringify(result, null, 2);
  writeFileSync(reportFile, `${json}\n`);
  console.log(`\n${staticOnly ? JSON.stringify(result) : json}`);
  console.log(
    `\nbench: ${checks.filter((c) => c.ok).length} within budget, ${failed.length} over, ${checks.filter((c) => c.ok === null).length} not measured; ${path.relative(ROOT, reportFile)}`,
  );
  process.exitCode = failed.length ? 1 : 0;
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  main().catch((error) => {
    console.error(error);
    process.exit(1);
  });
}
