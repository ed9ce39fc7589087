// @ts-check
// "Full report PDF, click to file, headless Chromium" (scripts/budgets.json): the time from clicking
// "Download PDF" on /report/ to the browser's download event, with the diagnostic, the cost and
// facilitator notes all present.
//
//   node scripts/bench-pdf.mjs                  start a preview of dist/, measure, stop it
//   node scripts/bench-pdf.mjs --url URL        measure an already running server
//
// cold: the first click in a fresh browser context (empty cache: the PDF chunk, the font and the
//       layout engine are fetched and compiled), median of `runs` contexts.
// warm: a later click on the same page, median of `runs` clicks. The report model is unchanged, so
//       this is the cached file handed over again; `rerenderMs` is a click after the model was
//       rebuilt (the page reloaded, the PDF module already in the browser's cache), which renders
//       the whole document again.
// Used by scripts/bench.mjs (measurePdfClickToFile); prints one JSON object when run directly.
import path from 'node:path';
import { chromium } from '@playwright/test';
import { startPreview } from './site.mjs';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

const KEYS = ['y', 'y', 'y', 'y', 'y', 'y', 'u', 'n', 'u', 'n'];

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

/** The facilitator session's saved format (src/domain/session-state.ts), a note on every gap. */
const STORED_SESSION = JSON.stringify({
  v: 1,
  facilitator: true,
  presentation: false,
  clientLabel: 'Bench client',
  notes: {
    'unit-cost': 'Finance can produce a per-transaction figure for the claims system within a month.',
    'on-call-rotation': 'The build team is willing; HR needs to agree the allowance.',
    'policy-as-code': 'Platform team has a prototype for model approval checks.',
    'outcome-track-record': 'Only one of the last three programmes has a measured result.',
    cost: 'Inference volume is an estimate from the pilot.',
  },
});

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? 0) : Math.round(((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2);
};

/**
 * Fills the device the way a visitor would: the diagnostic through its keyboard shortcuts, the
 * cost and facilitator notes as their stores save them. Then opens /report/.
 * @param {import('@playwright/test').Page} page
 */
async function prepareReport(page) {
  await page.goto('/assessment/');
  await page.locator('.assessment[data-ready="true"]').waitFor();
  for (const key of KEYS) await page.keyboard.press(key);
  await page.getByRole('button', { name: 'See your results' }).click();
  await page.evaluate(
    ({ cost, session }) => {
      localStorage.setItem('readiness:v1:cost', cost);
      localStorage.setItem('readiness:v1:session', session);
    },
    { cost: STORED_COST, session: STORED_SESSION },
  );
  await openReport(page);
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
 * Click → download event, in milliseconds (measured in the page, so test-runner overhead is out).
 * @param {import('@playwright/test').Page} page
 */
async function clickToFile(page) {
  const downloading = page.waitForEvent('download');
  const button = page.getByRole('button', { name: 'Download PDF' });
  // Clicked from inside the page so the start time is the page's own clock, as the end time is.
  const started = await button.evaluate((element) => {
    const t = performance.now();
    /** @type {HTMLElement} */ (element).click();
    return t;
  });
  const download = await downloading;
  const ended = await page.evaluate(() => performance.now());
  await download.delete();
  if (process.env.BENCH_PDF_VERBOSE) {
    const marks = await page.evaluate(() =>
      performance
        .getEntriesByType('mark')
        .filter((m) => m.name.startsWith('pdf:'))
        .slice(-3)
        .map((m) => [m.name, Math.round(m.startTime)]),
    );
    console.error(JSON.stringify(marks));
  }
  // The download event reaches the test a little after the page handed the file over; the page's
  // clock read just after it bounds the real figure from above.
  await page.getByRole('button', { name: 'Download PDF' }).waitFor();
  return Math.round(ended - started);
}

/**
 * @param {{ baseURL: string, runs?: number, pdfChunk?: string | null }} options `pdfChunk`: the PDF
 *   chunk's dist-relative path; when given, `chunkBeforeClick` says whether any page requested it
 *   before its first click.
 * @returns {Promise<{ coldMs: number, warmMs: number, rerenderMs: number, runs: number,
 *   cold: number[], warm: number[], rerender: number[], chunkBeforeClick: boolean }>}
 */
export async function measurePdf({ baseURL, runs = 5, pdfChunk = null }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    /** @type {number[]} */
    const cold = [];
    /** @type {number[]} */
    const warm = [];
    /** @type {number[]} */
    const rerender = [];
    let chunkBeforeClick = false;
    for (let run = 0; run < runs; run++) {
      const context = await browser.newContext({ baseURL, acceptDownloads: true });
      let clicked = false;
      if (pdfChunk) {
        context.on('request', (request) => {
          if (!clicked && request.url().endsWith(`/${pdfChunk}`)) chunkBeforeClick = true;
        });
      }
      const page = await context.newPage();
      await prepareReport(page);
      clicked = true;
      cold.push(await clickToFile(page));
      if (run === 0) {
        for (let i = 0; i < runs; i++) warm.push(await clickToFile(page));
        for (let i = 0; i < runs; i++) {
          await openReport(page);
          rerender.push(await clickToFile(page));
        }
      }
      await context.close();
    }
    return {
      coldMs: median(cold),
      warmMs: median(warm),
      rerenderMs: median(rerender),
      runs,
      cold,
      warm,
      rerender,
      chunkBeforeClick,
    };
  } finally {
    await browser.close();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const urlArg = process.argv.indexOf('--url');
  const preview = urlArg >= 0 ? null : await startPreview();
  try {
    const baseURL = urlArg >= 0 ? String(process.argv[urlArg + 1]) : /** @type {{ url: string }} */ (preview).url;
    console.log(JSON.stringify(await measurePdf({ baseURL })));
  } finally {
    await preview?.stop();
  }
}
