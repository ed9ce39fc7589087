// @ts-check
// The budget "all JS until the page is fully interactive (incl. code loaded right after
// hydration)" (scripts/budgets.json interactiveJsGzipMax): each island page opened in a fresh
// browser context (nothing cached, nothing stored), left until the network has been idle and a
// moment more (what an island imports once it has hydrated arrives by then), every JavaScript
// response summed, gzip. The static count in bench.mjs ("initial JS") cannot see these: they are
// reached through import().
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';

/** After network idle: an island's after-hydration imports start from effects and idle callbacks. */
const SETTLE_MS = 1500;

/**
 * @param {{ baseURL: string, routes: string[] }} options
 * @returns {Promise<{ route: string, files: number, gzip: number }[]>}
 */
export async function measureLoadedJs({ baseURL, routes }) {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  /** @type {{ route: string, files: number, gzip: number }[]} */
  const results = [];
  try {
    for (const route of routes) {
      const context = await browser.newContext();
      const page = await context.newPage();
      /** @type {Promise<number>[]} */
      const sizes = [];
      page.on('response', (response) => {
        if (!/\.m?js(\?|$)/.test(new URL(response.url()).pathname)) return;
        sizes.push(response.body().then((body) => gzipSync(body).length));
      });
      await page.goto(`${baseURL}${route}`, { waitUntil: 'networkidle' });
      await page.waitForTimeout(SETTLE_MS);
      await page.waitForLoadState('networkidle');
      const all = await Promise.all(sizes);
      results.push({ route, files: all.length, gzip: all.reduce((sum, size) => sum + size, 0) });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  return results;
}
