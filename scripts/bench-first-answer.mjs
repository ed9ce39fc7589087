// @ts-check
/* global addEventListener, document, HTMLInputElement, innerHeight, requestAnimationFrame, window -- used by callbacks that run in the page */
// The budget "time from navigation to a *kept* first answer, 4× CPU throttle" (scripts/budgets.json
// firstAnswer): in a fresh browser context with the CPU slowed 4×, open /assessment/, tap "Yes" on
// the first question as soon as it is painted, and time from the start of navigation until the
// answer is in storage — kept, so a reload shows it. Median of `runs`, each in a new context (no
// cache, no stored answers).
//
// The tap is what a visitor's is: a raw mouse press and release at the centre of the first "Yes"
// option, sent as soon as the page has painted it (the page says when: firstYesPainted). Not
// Playwright's locator.click(), whose checks first inject Playwright's own script into the page
// and run it several times: at 4× that alone took ~300 ms, a cost no visitor pays.
//
// The moment it is in storage is heard the way another tab hears it: a second, unthrottled page of
// the same site gets the `storage` event. Polling storage from the throttled page instead would add
// however long that page's main thread stays busy after the write (hundreds of milliseconds at 4×).
import http from 'node:http';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/** Where the diagnostic keeps answers (src/consts.ts STORAGE_KEYS.answers). */
const ANSWERS_KEY = 'readiness:v1:answers';

/**
 * @template T
 * @param {Promise<T>} promise
 * @param {number} ms
 * @param {string} what
 * @returns {Promise<T>}
 */
function withTimeout(promise, ms, what) {
  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let timer;
  const timeout = new Promise((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error(`bench-first-answer: ${what}`)), ms);
  });
  return /** @type {Promise<T>} */ (Promise.race([promise, timeout]).finally(() => clearTimeout(timer)));
}

/** The function the page calls with where to tap (exposed by the bench, not part of the site). */
const PAINTED_BINDING = '__benchFirstYesPainted';

/**
 * Where to tap the first question's "Yes", told by the page itself as soon as it is on screen: a
 * script added to the page looks at every frame, and once a frame has laid the option out inside
 * the viewport, reports its centre at the start of the next frame (so the frame that drew it has
 * been painted). Asking from the test runner instead (page.evaluate every few milliseconds) waited
 * for the busy page between its tasks: 70–250 ms a round trip while it loaded at 4×, a delay no
 * visitor's tap has.
 * @param {import('@playwright/test').Page} page
 * @returns {Promise<{ painted: Promise<{ x: number, y: number }> }>} once the page is set up (wrapped: an
 *   async function's returned promise would otherwise be awaited with it)
 */
async function firstYesPainted(page) {
  /** @type {(target: { x: number, y: number }) => void} */
  let tell = () => {};
  const painted = new Promise((resolve) => (tell = resolve));
  await page.exposeBinding(PAINTED_BINDING, (_source, /** @type {{ x: number, y: number }} */ target) => tell(target));
  await page.addInitScript((binding) => {
    const look = () => {
      const input = document.querySelector('input[type="radio"][value="yes"]');
      const option = input instanceof HTMLInputElement ? (input.labels?.[0] ?? input) : null;
      const box = option?.getBoundingClientRect();
      if (!box || box.width === 0 || box.bottom > innerHeight) {
        requestAnimationFrame(look);
        return;
      }
      const target = { x: box.left + box.width / 2, y: box.top + box.height / 2 };
      requestAnimationFrame(() => /** @type {any} */ (window)[binding](target));
    };
    requestAnimationFrame(look);
  }, PAINTED_BINDING);
  return { painted };
}

/**
 * The floor, for reading the figure on a given machine: a page with nothing but one question's two
 * radios and a short script that stores the tap, timed exactly as /assessment/ is, in the same
 * run. Most of it is the browser's own cost at 4× (a new renderer, the first parse, layout and
 * paint), which no change to the site can remove; on a machine where the floor alone nears the
 * budget, the difference between the two is the site's share. Served from this process, never
 * from dist/: it is not part of the site.
 */
const FLOOR_PAGE = `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>Floor</title></head><body>
<form><fieldset><legend>Question</legend><label><input type="radio" name="answer-q" value="yes"> Yes</label>
<label><input type="radio" name="answer-q" value="no"> No</label></fieldset></form>
<script>document.addEventListener('click', function (event) {
  var input = event.target;
  if (input && input.type === 'radio' && input.checked) localStorage.setItem('${ANSWERS_KEY}', '{"v":1,"answers":{"q":"y"}}');
}, true);</script></body></html>`;

/**
 * The measure on the floor page (see FLOOR_PAGE).
 * @param {{ runs: number }} options
 * @returns {Promise<{ runsMs: number[], medianMs: number }>}
 */
export async function measureFirstAnswerFloor({ runs }) {
  const server = http.createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(FLOOR_PAGE);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(undefined)));
  const address = /** @type {import('node:net').AddressInfo} */ (server.address());
  try {
    return await measureFirstAnswer({ baseURL: `http://127.0.0.1:${address.port}`, runs });
  } finally {
    server.close();
  }
}

/**
 * @param {{ baseURL: string, runs: number }} options
 * @returns {Promise<{ runsMs: number[], medianMs: number }>}
 */
export async function measureFirstAnswer({ baseURL, runs }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  /** @type {number[]} */
  const runsMs = [];
  try {
    for (let i = 0; i < runs; i++) {
      const context = await browser.newContext();
      const watcher = await context.newPage();
      await watcher.goto(`${baseURL}/privacy/`);
      const heard = watcher.evaluate(
        (key) =>
          new Promise((resolve) =>
            addEventListener('storage', (event) => {
              if (event.key === key) resolve(performance.timeOrigin + performance.now());
            }),
          ),
        ANSWERS_KEY,
      );
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
      const { painted } = await firstYesPainted(page);
      await page.goto(`${baseURL}/assessment/`, { waitUntil: 'commit' });
      const target = await withTimeout(painted, 30_000, 'the first "Yes" was never painted');
      await page.mouse.click(target.x, target.y);
      const keptAt = /** @type {number} */ (await heard);
      // The page's timeOrigin is the start of its navigation.
      runsMs.push(Math.round(keptAt - (await page.evaluate(() => performance.timeOrigin))));
      if (!(await page.evaluate((key) => localStorage.getItem(key)?.includes('"y"') ?? false, ANSWERS_KEY))) {
        throw new Error('bench-first-answer: the tap did not keep "Yes"');
      }
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const sorted = [...runsMs].sort((a, b) => a - b);
  return { runsMs, medianMs: sorted[Math.floor(sorted.length / 2)] ?? 0 };
}
