// History per client: results grouped by client label with a chart each, the page opening on the
// current session's client, comparing within a client, and imports that add to the saved results
// (duplicates recognised) unless the user explicitly chooses to replace them.
import { writeFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, gotoAndSettle } from './fixtures';
import { loadSiteContent } from '../helpers/load-content';
import { encodeStoredHistory, type Snapshot } from '../../src/domain/history';
import { encodeExportFile } from '../../src/domain/export-file';
import { encodeStoredSession } from '../../src/domain/session-state';

const content = loadSiteContent();
const ids = content.questions.map((q) => q.id);
const stage = content.stages[0]!;

function snapshot(id: string, month: number, clientLabel: string, score: number): Snapshot {
  return {
    id,
    savedAt: new Date(Date.UTC(2026, month, 3, 9, 30)).toISOString(),
    clientLabel,
    answers: Object.fromEntries(ids.map((q, i) => [q, i < score ? 'yes' : 'no'])),
    stageId: stage.id,
    stageName: stage.name,
    score,
    total: ids.length,
    cost: null,
  };
}

const ACME = [snapshot('acme-1', 0, 'Acme Bank', 2), snapshot('acme-2', 3, 'Acme Bank', 4)];
const GLOBEX = [snapshot('globex-1', 1, 'Globex', 6), snapshot('globex-2', 4, 'Globex', 7)];

async function seed(page: Page, snapshots: Snapshot[], clientLabel: string) {
  await gotoAndSettle(page, '/');
  await page.evaluate(
    ([history, session]) => {
      localStorage.setItem('readiness:v1:history', history!);
      localStorage.setItem('readiness:v1:session', session!);
    },
    [
      encodeStoredHistory(snapshots, ids),
      encodeStoredSession({ facilitator: false, presentation: false, clientLabel, notes: {} }),
    ],
  );
  await gotoAndSettle(page, '/history/');
  await page.locator('[data-ready="true"]').waitFor();
}

const clientTables = (page: Page) => page.getByRole('table', { name: /^Saved results for / });
const charts = (page: Page) => page.getByRole('img', { name: /^Score over time/ });
const stored = (page: Page) =>
  page.evaluate(() => JSON.parse(localStorage.getItem('readiness:v1:history') ?? '{"snapshots":[]}').snapshots.length);

test.describe('history per client', () => {
  test("opens on the session's client, with its own chart; All clients shows one chart per client", async ({
    page,
  }) => {
    await seed(page, [...ACME, ...GLOBEX], 'Globex');
    const filter = page.getByLabel('Client', { exact: true });
    await expect(filter.locator('option:checked')).toHaveText('Globex (2 results)');
    await expect(clientTables(page)).toHaveCount(1);
    await expect(clientTables(page).locator('tbody tr')).toHaveCount(2);
    await expect(clientTables(page)).not.toContainText('Acme Bank');
    await expect(charts(page)).toHaveCount(1);
    await expect(charts(page)).toHaveAttribute('aria-label', /First 6 of 10 .*latest 7 of 10/);
    // The chart carries the dates of its results.
    await expect(charts(page).locator('text')).toContainText(['3 Feb 2026', '3 May 2026']);
    await expect(page.getByRole('heading', { name: 'Compare two results for Globex' })).toBeVisible();
    await expectNoAxeViolations(page, 'history: one client');

    await filter.selectOption({ label: 'All clients (4 results)' });
    await expect(clientTables(page)).toHaveCount(2);
    await expect(charts(page)).toHaveCount(2);
    await expect(page.getByRole('heading', { level: 3, name: 'Globex' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 3, name: 'Acme Bank' })).toBeVisible();
    // Comparing across clients is not offered.
    await expect(page.getByRole('button', { name: 'Compare' })).toHaveCount(0);
    await expect(page.getByText('Results are compared within one client')).toBeVisible();
    await expectNoAxeViolations(page, 'history: all clients');

    await filter.selectOption({ label: 'Acme Bank (2 results)' });
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByRole('region', { name: /^What changed from/ })).toContainText('2 of 10 to 4 of 10');
  });

  test('after New session (no label yet), clients are not joined into one line', async ({ page }) => {
    await seed(page, [...ACME, ...GLOBEX], '');
    await expect(page.getByLabel('Client', { exact: true }).locator('option:checked')).toHaveText(
      'All clients (4 results)',
    );
    await expect(charts(page)).toHaveCount(2);
    for (const chart of await charts(page).all()) await expect(chart).toHaveAttribute('aria-label', /2 saved results/);
  });

  test('with no saved results, Compare says to save two, not to choose a client', async ({ page }) => {
    await seed(page, [], '');
    await expect(page.getByText('Save at least two results to compare them')).toBeVisible();
    await expect(page.getByText('Results are compared within one client')).toHaveCount(0);
  });

  test('import adds to the saved results, recognises duplicates, and replaces only when asked', async ({
    page,
  }, testInfo) => {
    await seed(page, ACME, 'Acme Bank');
    const file = testInfo.outputPath('history.json');
    // One result already here, one new one for another client.
    writeFileSync(
      file,
      encodeExportFile({ kind: 'history', snapshots: [ACME[1]!, GLOBEX[0]!] }, ids, new Date('2026-06-01T10:00:00Z')),
    );
    const input = page.getByLabel('Import a Readiness file');
    await expect(page.getByRole('radio', { name: /^Add them to the results on this device/ })).toBeChecked();

    await input.setInputFiles(file);
    let dialog = page.getByRole('dialog', { name: 'Add these saved results?' });
    await expect(dialog).toContainText('1 new result will be added to the 2 saved results on this device');
    await expect(dialog).toContainText('1 is already here and will be skipped.');
    await expectNoAxeViolations(page, 'history: merge confirm');
    await dialog.getByRole('button', { name: 'Yes, add them' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Added 1 saved result (1 already here).' })).toBeVisible();
    expect(await stored(page)).toBe(3);
    await expect(page.getByLabel('Client', { exact: true }).locator('option')).toHaveText([
      'All clients (3 results)',
      'Acme Bank (2 results)',
      'Globex (1 result)',
    ]);

    // The same file again changes nothing.
    await input.setInputFiles(file);
    dialog = page.getByRole('dialog', { name: 'Add these saved results?' });
    await expect(dialog).toContainText('All of them are already on this device, so nothing would change.');
    await dialog.getByRole('button', { name: 'Yes, add them' }).click();
    expect(await stored(page)).toBe(3);

    // Replacing is an explicit choice.
    await page.getByRole('radio', { name: /^Replace the results on this device/ }).check();
    await input.setInputFiles(file);
    dialog = page.getByRole('dialog', { name: 'Replace your saved results?' });
    await expect(dialog).toContainText('They replace the 3 saved results on this device.');
    await dialog.getByRole('button', { name: 'Yes, replace my saved results' }).click();
    await expect.poll(() => stored(page)).toBe(2);
  });
});
