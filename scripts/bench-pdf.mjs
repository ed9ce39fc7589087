// @ts-check
/* global document, window, location, MutationObserver -- used by callbacks that run in the page */
// The PDF budgets: click to file for a full facilitator report (diagnostic, cost, a note on every
// question), the bytes fetched for the PDF, and pdfmake's figures for the same text beside ours.
//
//   node scripts/bench-pdf.mjs                  start a preview of dist/, measure, stop it
//   node scripts/bench-pdf.mjs --url URL        measure an already running server
//
// Each run is a fresh browser context (empty cache), its storage filled from a page without
// JavaScript (so nothing PDF-related is fetched before /report/ opens). Then, median of `runs`:
// prefetched  /report/, click "Download PDF" 2 s after the report is on screen and the pointer
//             moved over it: click → download event. Since the pointer moved, the page's PDF
//             worker has fetched the engine and fonts and rendered this report, so this is the
//             cached file when the machine kept up.
// cold        /report/, clicked by the page itself the moment the button appears (nothing fetched,
//             no worker started).
// cached      a second click on the prefetched page: the identical report hands over the same file.
// rerender    /cost/ with the same data: focus "Tasks per month" (the first interaction has the
//             worker render the report as it stands), wait 2 s, change the value, click 500 ms
//             later. The form commits a typed value once typing pauses (400 ms), and the worker
//             then renders the changed report ahead: the click waits for what is left of that
//             render, the document's second layout on the page.
// again       then change the value once more and click: the third layout on the page. Reported
//             beside the budget.
// bytes       gzip size of what the page fetched for the PDF (the engine's chunks, the font
//             planner, the font files: every script and font requested once the report was on
//             screen), from the prefetched run.
// pdfmake     pdfmake 0.3 (devDependency, used only here) laying out the same text as plain
//             paragraphs in the same browser: its first render and a re-render, for the ratio.
// Times are the page's own user-timing marks (pdf:click → pdf:rendered), not the test runner's.
// Used by scripts/bench.mjs (measurePdfClickToFile); prints one JSON object when run directly.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { DIST, startPreview } from './site.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const require = createRequire(import.meta.url);

const QUESTION_IDS = [
  'outcome-metric',
  'production-owner',
  'evaluation-harness',
  'security-review',
  'business-sponsorship',
  'stop-condition',
  'unit-cost',
  'on-call-rotation',
  'policy-as-code',
  'outcome-track-record',
];
const ANSWER_CODES = ['y', 'y', 'y', 'y', 'y', 'y', 'u', 'n', 'u', 'n'];

/** The assessment store's saved format (src/domain/assessment-state.ts), on its results screen. */
const STORED_ANSWERS = JSON.stringify({
  v: 1,
  answers: Object.fromEntries(QUESTION_IDS.map((id, i) => [id, ANSWER_CODES[i]])),
  at: '@results',
  view: 'step',
});

/** The cost store's saved format (src/domain/cost-state.ts): two scenarios, the second narrowed. */
const STORED_COST = JSON.stringify({
  v: 1,
  at: 0,
  cur: 'USD',
  rate: 1,
  s: [
    { n: 'As planned', w: 1, g: 1, i: { t: 20000, m: 'frontier' }, d: 'public-cloud', x: [], o: {} },
    { n: 'Narrowed', w: 1, g: 0, i: 'ref', d: 'public-cloud', x: [], o: {} },
  ],
});

const NOTE =
  'Discussed with the sponsor and the programme lead; evidence to collect before the review, with owners named and a date agreed.';

/** The facilitator session's saved format (src/domain/session-state.ts), a note on every question. */
const STORED_SESSION = JSON.stringify({
  v: 1,
  facilitator: true,
  presentation: false,
  clientLabel: 'Bench client',
  notes: {
    ...Object.fromEntries(QUESTION_IDS.map((id, i) => [id, `${i + 1}. ${NOTE}`])),
    cost: 'Inference volume is an estimate from the pilot.',
  },
});

/** Code and fonts: what the page fetches for the PDF once the pointer is over the report. */
const PDF_FILES = /\/_astro\/[^/?#]+\.(m?js|woff2?)(\?.*)?$/;

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
};

/** @param {import('@playwright/test').Page} page */
async function fillStorage(page) {
  await page.goto('/');
  await page.evaluate(
    (entries) => {
      for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    },
    {
      'readiness:v1:answers': STORED_ANSWERS,
      'readiness:v1:cost': STORED_COST,
      'readiness:v1:session': STORED_SESSION,
    },
  );
}

/** @param {import('@playwright/test').Page} page */
async function openReport(page) {
  await page.goto('/report/');
  await page.locator('.report[data-ready="true"]').waitFor();
  // Fail loudly rather than time a partial report.
  for (const selector of ['.report-stage', '.report-total', '#notes-heading']) {
    if ((await page.locator(selector).count()) === 0) throw new Error(`bench-pdf: /report/ has no ${selector}`);
  }
}

/**
 * The last click-to-file the page timed itself: from "Download PDF" being clicked to the file
 * being handed to the browser (the button's own user-timing marks), so the test runner's round
 * trips — seconds on a loaded machine — are not in the figure.
 * @param {import('@playwright/test').Page} page
 */
async function lastClickToFile(page) {
  const { click, rendered } = await page.evaluate(() => {
    const last = (/** @type {string} */ name) => performance.getEntriesByName(name, 'mark').at(-1)?.startTime ?? NaN;
    return { click: last('pdf:click'), rendered: last('pdf:rendered') };
  });
  if (!(rendered >= click)) throw new Error('bench-pdf: the page did not mark its click and file');
  return Math.round(rendered - click);
}

/**
 * Clicks "Download PDF", waits for the file and returns the page's click-to-file time. Saves the
 * file to `keep` when given.
 * @param {import('@playwright/test').Page} page
 * @param {string | null} keep
 */
async function clickToFile(page, keep = null) {
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const download = await downloading;
  if (keep) await download.saveAs(keep);
  await download.delete();
  return lastClickToFile(page);
}

/**
 * Makes the page click "Download PDF" itself, in the same task in which the button appears: a
 * truly cold click, before any idle-time prefetch can start.
 * @param {import('@playwright/test').BrowserContext} context
 */
async function clickOnSight(context) {
  await context.addInitScript(() => {
    if (location.pathname !== '/report/') return;
    const observer = new MutationObserver(() => {
      const button = [...document.querySelectorAll('button')].find((b) => b.textContent === 'Download PDF');
      if (!button) return;
      observer.disconnect();
      button.click();
    });
    observer.observe(document, { subtree: true, childList: true });
  });
}

/** The gzip size of a file the site serves, from dist/. @param {string} url */
function gzipBytes(url) {
  const file = path.join(DIST, decodeURIComponent(new URL(url).pathname));
  return gzipSync(readFileSync(file), { level: 9 }).length;
}

/**
 * Whether the page requested the PDF chunk before its load event ended (it must not).
 * @param {import('@playwright/test').Page} page
 */
async function chunkOnFirstLoad(page) {
  return page.evaluate(() => {
    const nav = /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
    const chunk = performance.getEntriesByType('resource').find((r) => /\/render-pdf\.[^/]*\.js$/.test(r.name));
    return chunk !== undefined && chunk.startTime < nav.loadEventEnd;
  });
}

/**
 * pdfmake laying out the same text: its first render (fonts parsed, nothing cached) and the median
 * of re-renders with one paragraph changed.
 * @param {import('@playwright/test').Browser} browser
 * @param {string[]} paragraphs
 * @param {number} runs
 */
async function measurePdfmake(browser, paragraphs, runs) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.setContent('<!doctype html><title>pdfmake</title>');
  await page.addScriptTag({ path: require.resolve('pdfmake/build/pdfmake.min.js') });
  await page.addScriptTag({ path: require.resolve('pdfmake/build/vfs_fonts.js') });
  const result = await page.evaluate(
    async ({ paragraphs, runs }) => {
      /** @type {any} */
      const pdfMake = /** @type {any} */ (window).pdfMake;
      /** @param {number} n */
      const doc = (n) => ({
        pageSize: 'A4',
        pageMargins: [52, 48, 52, 64],
        defaultStyle: { fontSize: 10, lineHeight: 1.2 },
        footer: (/** @type {number} */ page, /** @type {number} */ pages) => ({
          text: `Page ${page} of ${pages}`,
          alignment: 'right',
          margin: [52, 20],
          fontSize: 8.5,
        }),
        content: paragraphs.map((text, i) => ({ text: i === 0 ? `${text} (${n})` : text, margin: [0, 0, 0, 6] })),
      });
      const time = async (/** @type {number} */ n) => {
        const t = performance.now();
        await pdfMake.createPdf(doc(n)).getBlob();
        return performance.now() - t;
      };
      const first = await time(0);
      const again = [];
      for (let i = 1; i <= runs; i++) again.push(await time(i));
      return { first, again };
    },
    { paragraphs, runs },
  );
  await context.close();
  return { coldMs: Math.round(result.first), rerenderMs: median(result.again.map(Math.round)) };
}

/**
 * @param {{ baseURL: string, runs?: number, pdfChunk?: string | null }} options
 */
export async function measurePdf({ baseURL, runs = 5, pdfChunk = null }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const dir = mkdtempSync(path.join(tmpdir(), 'bench-pdf-'));
  try {
    /** @type {Record<'cold' | 'prefetched' | 'cached' | 'rerender' | 'again', number[]>} */
    const times = { cold: [], prefetched: [], cached: [], rerender: [], again: [] };
    /** @type {{ url: string, gzip: number }[]} */
    let fetched = [];
    let engineOnFirstLoad = false;
    const sample = path.join(dir, 'report.pdf');

    for (let run = 0; run < runs; run++) {
      // Cold: a click the moment the report is on screen.
      const coldContext = await browser.newContext({ baseURL, acceptDownloads: true });
      const coldPage = await coldContext.newPage();
      await fillStorage(coldPage);
      await clickOnSight(coldContext);
      const coldDownload = coldPage.waitForEvent('download');
      await coldPage.goto('/report/');
      await (await coldDownload).delete();
      times.cold.push(await lastClickToFile(coldPage));
      await coldContext.close();

      // Prefetched: a click 2 s after the report is on screen; then the same report again.
      const context = await browser.newContext({ baseURL, acceptDownloads: true });
      const page = await context.newPage();
      await fillStorage(page);
      /** @type {string[]} */
      const requested = [];
      page.on('request', (request) => requested.push(request.url()));
      await openReport(page);
      // Everything requested from here on is for the PDF: the report is on screen and settled, and
      // the pointer is what starts getting the PDF ready (whatever the engine's chunks are called).
      const onScreen = requested.length;
      // A visitor's pointer on the page, as a reader's is: /report/ renders ahead only once someone
      // is there (src/components/report/use-pdf-prefetch.ts), never for a page left alone.
      await page.mouse.move(200, 200);
      await page.waitForTimeout(2000);
      if (await chunkOnFirstLoad(page)) engineOnFirstLoad = true;
      times.prefetched.push(await clickToFile(page, run === 0 ? sample : null));
      if (run === 0) {
        fetched = requested
          .slice(onScreen)
          .filter((url) => PDF_FILES.test(url))
          .map((url) => ({ url, gzip: gzipBytes(url) }));
      }
      times.cached.push(await clickToFile(page));

      // Re-render after a change, on /cost/ (same data), once its own prefetch is done.
      await page.goto('/cost/');
      await page.locator('.cost[data-ready="true"]').waitFor();
      const tasks = page.getByRole('textbox', { name: 'Tasks per month' });
      await tasks.focus();
      await page.waitForTimeout(2000);
      await tasks.fill(String(21_000 + run));
      await page.waitForTimeout(500);
      times.rerender.push(await clickToFile(page));
      await tasks.fill(String(31_000 + run));
      await page.waitForTimeout(500);
      times.again.push(await clickToFile(page));
      await context.close();
    }

    if (pdfChunk && !fetched.some((f) => f.url.endsWith(`/${pdfChunk}`))) {
      throw new Error(`bench-pdf: the page never fetched ${pdfChunk} after the report was on screen`);
    }
    const paragraphs = execFileSync('pdftotext', ['-raw', sample, '-'], { encoding: 'utf8' })
      .split(/\n\s*\n|\f/)
      .map((p) => p.replace(/\s+/g, ' ').trim())
      .filter(Boolean);
    const pdfmake = await measurePdfmake(browser, paragraphs, runs);
    const bytesGzip = fetched.reduce((sum, f) => sum + f.gzip, 0);
    return {
      prefetchedMs: median(times.prefetched),
      coldMs: median(times.cold),
      cachedMs: median(times.cached),
      rerenderMs: median(times.rerender),
      againMs: median(times.again),
      bytesGzip,
      fetched: fetched.map((f) => `${path.basename(new URL(f.url).pathname)} ${f.gzip}`),
      pdfmake,
      runs,
      ...times,
      engineOnFirstLoad,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const urlArg = process.argv.indexOf('--url');
  const preview = urlArg >= 0 ? null : await startPreview();
  try {
    const baseURL = urlArg >= 0 ? String(process.argv[urlArg + 1]) : /** @type {{ url: string }} */ (preview).url;
    console.log(JSON.stringify(await measurePdf({ baseURL, runs: Number(process.env.BENCH_PDF_RUNS ?? 5) })));
  } finally {
    await preview?.stop();
  }
}
