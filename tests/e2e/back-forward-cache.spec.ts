/**
 * Back to a page the browser kept in its back/forward cache: the page comes back as it was left.
 * In a scoping call that could be the last client's answers and name back on the shared screen
 * after New session. It is not: the `storage` events a cached page misses are queued for it and
 * delivered when it comes back (the HTML standard queues them on the page's own event loop), and
 * every store follows them (src/stores/persistent-store.ts), so what comes back is what is saved.
 *
 * Playwright turns the cache off for every browser it starts; this file turns it back on, as
 * every visitor's browser has it, and checks that each page really was restored from it (without
 * that, the test would pass on freshly loaded pages and prove nothing).
 */
import type { Page } from '@playwright/test';
import { CHROMIUM_PATH, E2E_CHROMIUM_ARGS } from '../../scripts/chromium.mjs';
import { test, expect, gotoAndSettle } from './fixtures';
import { loadSiteContent } from '../helpers/load-content';

const ids = loadSiteContent().questions.map((q) => q.id);

test.use({
  pdfEngine: 'absent',
  launchOptions: {
    // The browser itself, not the headless shell the rest of the suite runs on: the shell has no
    // back/forward cache at all (Chromium reports its reason as "masked").
    executablePath: CHROMIUM_PATH,
    args: E2E_CHROMIUM_ARGS,
    ignoreDefaultArgs: ['--disable-back-forward-cache'],
  },
});

/**
 * How many times this tab's pages came back from the cache (counted by each page as it shows).
 * Asked while Back is still swapping documents, the page may answer from the one being put away
 * ("execution context was destroyed"): that is not an answer yet, so the poll asks again.
 */
const restoredCount = (page: Page) =>
  page.evaluate(() => Number(sessionStorage.getItem('restored') ?? 0)).catch(() => Number.NaN);

test('after New session, Back shows neither the last client’s answers nor their name', async ({ page }) => {
  await page.addInitScript(() =>
    addEventListener('pageshow', (event) => {
      if (event.persisted)
        sessionStorage.setItem('restored', String(Number(sessionStorage.getItem('restored') ?? 0) + 1));
    }),
  );
  await gotoAndSettle(page, '/assessment/?mode=facilitator');
  await page.locator('[data-ready="true"]').waitFor();
  await page.getByLabel('Client or programme').fill('Acme Bank');
  await page.locator(`#answer-${ids[0]}`).focus();
  await page.keyboard.press('y');
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(1);

  await gotoAndSettle(page, '/cost/');
  await page.locator('[data-ready="true"]').waitFor();
  await expect(page.getByLabel('Client or programme')).toHaveValue('Acme Bank');
  await page.getByRole('button', { name: 'New session' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Yes, start a new session' }).click();
  await page.waitForURL('**/assessment/');
  await page.locator('[data-ready="true"]').waitFor();

  // Back to /cost/, as it was before New session.
  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(() => restoredCount(page)).toBe(1);
  await expect(page.getByLabel('Client or programme')).toHaveValue('');

  // Back to the diagnostic, as it was with Acme Bank's answer.
  await page.goBack({ waitUntil: 'commit' });
  await expect.poll(() => restoredCount(page)).toBe(2);
  await expect(page.getByLabel('Client or programme')).toHaveValue('');
  await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);

  // The next answer is the new client's alone.
  await page.locator(`#answer-${ids[1]}`).focus();
  await page.keyboard.press('n');
  await expect
    .poll(() => page.evaluate(() => JSON.parse(localStorage.getItem('readiness:v1:answers') ?? '{}').answers))
    .toEqual({ [ids[1]!]: 'n' });
});
