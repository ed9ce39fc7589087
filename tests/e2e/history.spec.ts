/**
 * History end to end: saving results from the results screen, the list and its chart, comparing
 * two retakes, deleting with a confirm, export and import (round trip in a fresh browser, and
 * malformed files that change nothing), keyboard use and axe in each state.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, gotoAndSettle, guardContext, holdRequests } from './fixtures';
import { loadSiteContent } from '../helpers/load-content';
import { encodeStoredHistory, type Snapshot } from '../../src/domain/history';
import { encodeStoredSession } from '../../src/domain/session-state';
import type { AnswerValue } from '../../src/domain/content-types';

const content = loadSiteContent();
const questions = content.questions;
const ids = questions.map((q) => q.id);
const KEY: Record<AnswerValue, string> = { yes: 'y', no: 'n', unsure: 'u' };
const HISTORY_KEY = 'readiness:v1:history';
const SCORECARD_KEY = 'readiness:v1:scorecard';
const DECISIONS_KEY = 'readiness:v1:decisions';
const stageName = (id: string) => content.stages.find((s) => s.id === id)!.name;

/** Six Yes then Not sure: Distributed delivery. */
const SIX_YES: AnswerValue[] = ids.map((_, i) => (i < 6 ? 'yes' : 'unsure'));
/** Eight Yes, then No, then Not sure: Operating-model integration. */
const EIGHT_YES: AnswerValue[] = ids.map((_, i) => (i < 8 ? 'yes' : i === 8 ? 'no' : 'unsure'));

function snapshot(i: number, overrides: Partial<Snapshot> = {}): Snapshot {
  return {
    id: `snap-${i}`,
    savedAt: new Date(Date.UTC(2026, i, 3, 9, 30)).toISOString(),
    clientLabel: 'Acme Bank',
    answers: Object.fromEntries(ids.map((id, q) => [id, q < 2 + i ? 'yes' : 'no'])),
    stageId: 'experimentation',
    stageName: stageName('experimentation'),
    score: 2 + i,
    total: questions.length,
    cost: null,
    ...overrides,
  };
}

async function seedHistory(page: Page, snapshots: Snapshot[]) {
  await gotoAndSettle(page, '/');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    [HISTORY_KEY, encodeStoredHistory(snapshots, ids)],
  );
}

async function openHistory(page: Page) {
  await gotoAndSettle(page, '/history/');
  await page.locator('[data-ready="true"]').waitFor();
}

/** Runs the diagnostic with the Y/N/U shortcuts, up to its results. */
async function showResults(page: Page, answers: AnswerValue[]) {
  await gotoAndSettle(page, '/assessment/');
  await page.locator('[data-ready="true"]').waitFor();
  for (const answer of answers) await page.keyboard.press(KEY[answer]);
  await page.getByRole('button', { name: 'See your results' }).click();
}

/** Runs the diagnostic with the Y/N/U shortcuts and saves the result. */
async function completeAndSave(page: Page, answers: AnswerValue[]) {
  await showResults(page, answers);
  await page.getByRole('button', { name: 'Save this result' }).first().click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible();
}

const rows = (page: Page) => page.getByRole('table', { name: /^Saved results for / }).locator('tbody tr');
const storedHistory = (page: Page) => page.evaluate((key) => localStorage.getItem(key), HISTORY_KEY);

test.describe('history', () => {
  test('“Save this result” says it is saving while what it needs is still on its way, then that it saved', async ({
    page,
  }) => {
    const release = await holdRequests(page, '**/snapshot-parts.json');
    await showResults(page, SIX_YES);
    const save = page.getByRole('button', { name: 'Save this result' }).first();
    await save.click();
    const status = page.getByTestId('results-actions').first().getByRole('status');
    await expect(status).toHaveText('Saving…');
    // A second press while saving adds nothing.
    await save.click();
    release();
    await expect(status).toContainText('Saved at');
    const saved = JSON.parse((await storedHistory(page)) ?? '{}') as { snapshots?: unknown[] };
    expect(saved.snapshots).toHaveLength(1);
  });

  test('save two results, then compare them: the changed answers and the stage movement', async ({ page }) => {
    await completeAndSave(page, SIX_YES);
    // Retake with different answers (Start over keeps saved results).
    await page.getByRole('button', { name: 'Start over' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, clear my answers' }).click();
    for (const answer of EIGHT_YES) await page.keyboard.press(KEY[answer]);
    await page.getByRole('button', { name: 'See your results' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(stageName('operating-model-integration'));
    await page.getByRole('button', { name: 'Save this result' }).first().click();
    await page.getByRole('status').filter({ hasText: 'Saved at' }).getByRole('link').click();

    await page.locator('[data-ready="true"]').waitFor();
    await expect(page).toHaveTitle('History · Readiness');
    await expect(rows(page)).toHaveCount(2);
    // Newest first.
    await expect(rows(page).nth(0)).toContainText(stageName('operating-model-integration'));
    await expect(rows(page).nth(0)).toContainText(`8 of ${questions.length}`);
    await expect(rows(page).nth(1)).toContainText(stageName('distributed-delivery'));
    const chart = page.getByRole('img', { name: /Score over time: 2 saved results/ });
    await expect(chart).toHaveAttribute('aria-label', /First 6 of 10 .*latest 8 of 10/);
    await expectNoAxeViolations(page, 'history: list and chart');

    // The two latest are picked by default.
    await page.getByRole('button', { name: 'Compare' }).click();
    const heading = page.getByRole('heading', { name: /^What changed from/ });
    await expect(heading).toBeFocused();
    const comparison = page.getByRole('region', { name: /^What changed from/ });
    await expect(comparison).toContainText(
      `Moved up from ${stageName('distributed-delivery')} to ${stageName('operating-model-integration')}.`,
    );
    await expect(comparison).toContainText(`6 of 10 to 8 of 10 (+2 Yes).`);
    await expect(comparison).toContainText('3 answers changed.');
    const changes = comparison.getByRole('table', { name: 'Questions whose answer changed' });
    await expect(changes.locator('tbody tr')).toHaveCount(3);
    await expect(changes.getByRole('row', { name: new RegExp(questions[6]!.label) })).toContainText('Not sure');
    await expect(changes.getByRole('row', { name: new RegExp(questions[6]!.label) })).toContainText('Yes');
    await expectNoAxeViolations(page, 'history: comparison');

    // The same result twice is refused with a message, not compared.
    await page.getByLabel('First result').selectOption({ index: 0 });
    await page.getByLabel('Second result').selectOption({ index: 0 });
    await page.getByRole('button', { name: 'Compare' }).click();
    await expect(page.getByText('Choose two different saved results')).toBeVisible();
    await expect(page.getByLabel('Second result')).toBeFocused();

    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('a saved result carries the cost range and label; comparing shows the cost difference', async ({ page }) => {
    await gotoAndSettle(page, '/');
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [
        'readiness:v1:session',
        encodeStoredSession({ facilitator: false, presentation: false, clientLabel: 'Acme Bank', notes: {} }),
      ],
    );
    await completeAndSave(page, SIX_YES);
    await gotoAndSettle(page, '/cost/');
    await page.locator('[data-ready="true"]').waitFor();
    await page.getByLabel('Number of workflows').fill('2');
    await expect(page.getByTestId('year-one-total')).toHaveText('$530,000 – $1,125,000');
    await gotoAndSettle(page, '/report/');
    await page.locator('[data-ready="true"]').waitFor();
    await page.getByRole('button', { name: 'Save this result' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible();
    await expectNoAxeViolations(page, 'report: after saving the result');

    await openHistory(page);
    await expect(rows(page)).toHaveCount(2);
    // The label names the client's table (one table per client), not each row.
    await expect(page.getByRole('table', { name: /^Saved results for Acme Bank, newest first/ })).toBeVisible();
    await expect(rows(page).nth(0)).toContainText('$530,000 – $1,125,000');
    await expect(rows(page).nth(1)).toContainText('Not estimated');
    await page.getByRole('button', { name: 'Compare' }).click();
    const comparison = page.getByRole('region', { name: /^What changed from/ });
    await expect(comparison).toContainText('No change: Distributed delivery both times.');
    await expect(comparison).toContainText('No answers changed.');
    await expect(comparison).toContainText('Only the later result has a cost estimate');
  });

  test('a result saved from the results screen records the cost estimate, priced from content fetched on the click', async ({
    page,
    guards,
  }) => {
    await gotoAndSettle(page, '/cost/');
    await page.locator('[data-ready="true"]').waitFor();
    await page.getByLabel('Number of workflows').fill('2');
    await expect(page.getByTestId('year-one-total')).toHaveText('$530,000 – $1,125,000');
    // The page's first load does not carry the cost content: the click fetches it.
    await gotoAndSettle(page, '/assessment/');
    expect(guards.requestsMatching(/\/cost-content\.json$/)).toHaveLength(0);
    await page.locator('[data-ready="true"]').waitFor();
    for (const answer of SIX_YES) await page.keyboard.press(KEY[answer]);
    await page.getByRole('button', { name: 'See your results' }).click();
    await page.getByRole('button', { name: 'Save this result' }).first().click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible();
    expect(guards.requestsMatching(/\/cost-content\.json$/)).toHaveLength(1);

    await openHistory(page);
    await expect(rows(page)).toHaveCount(1);
    await expect(rows(page).nth(0)).toContainText('$530,000 – $1,125,000');
  });

  test('a saved result records the invariants self-check; comparing shows how it moved', async ({ page }) => {
    const sentence = /You have (\d+) of the (\d+) invariants\./;
    const evaluationHarness = (choice: string) =>
      page.getByRole('group', { name: 'Evaluation harness' }).getByRole('radio', { name: choice });
    /** Opens the self-check, makes a choice for the evaluation harness, and reads the count. */
    async function invariantsCount(choice: string) {
      await gotoAndSettle(page, '/invariants/');
      await page.locator('[data-ready="true"]').waitFor();
      await evaluationHarness(choice).check();
      await expect(evaluationHarness(choice)).toBeChecked();
      const [, have, total] = sentence.exec((await page.getByText(sentence).textContent()) ?? '')!;
      return { have, total };
    }

    await invariantsCount('We have this');
    await completeAndSave(page, SIX_YES);
    // What the first save recorded: the choice above, and the diagnostic's starting points.
    const first = await invariantsCount('We have this');
    const second = await invariantsCount('Not yet');
    expect(Number(second.have)).toBe(Number(first.have) - 1);
    await gotoAndSettle(page, '/report/');
    await page.locator('[data-ready="true"]').waitFor();
    await page.getByRole('button', { name: 'Save this result' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible();

    await openHistory(page);
    await expect(rows(page)).toHaveCount(2);
    await expect(rows(page).nth(0)).toContainText(`Invariants: ${second.have} of ${second.total}`);
    await expect(rows(page).nth(1)).toContainText(`Invariants: ${first.have} of ${first.total}`);
    await page.getByRole('button', { name: 'Compare' }).click();
    const comparison = page.getByRole('region', { name: /^What changed from/ });
    await expect(comparison).toContainText(`Invariants: ${first.have} → ${second.have} of ${first.total}`);
    await expectNoAxeViolations(page, 'history: documents and decisions recorded');
  });

  test('delete one and delete all, each after a confirm, with focus on the list', async ({ page }) => {
    await seedHistory(page, [snapshot(0), snapshot(1), snapshot(2)]);
    await openHistory(page);
    await expect(rows(page)).toHaveCount(3);

    await rows(page)
      .nth(0)
      .getByRole('button', { name: /^Delete the result saved/ })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Delete this saved result?' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'history: delete dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(rows(page)).toHaveCount(3);

    await rows(page)
      .nth(0)
      .getByRole('button', { name: /^Delete the result saved/ })
      .click();
    await dialog.getByRole('button', { name: 'Yes, delete it' }).click();
    await expect(rows(page)).toHaveCount(2);
    await expect(page.getByRole('heading', { name: 'Saved results' })).toBeFocused();
    expect(JSON.parse((await storedHistory(page))!).snapshots.map((s: Snapshot) => s.id)).toEqual(['snap-0', 'snap-1']);

    await page.getByRole('button', { name: 'Delete all saved results' }).click();
    await page
      .getByRole('dialog', { name: 'Delete every saved result?' })
      .getByRole('button', { name: 'Yes, delete them all' })
      .click();
    await expect(page.getByText('There are no saved results on this device yet.')).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Saved results' })).toBeFocused();
    expect(await storedHistory(page)).toBeNull();
    await expectNoAxeViolations(page, 'history: empty');
  });

  test('export the history, then import it in a fresh browser: the list is restored', async ({
    page,
    browser,
    baseURL,
  }) => {
    await seedHistory(page, [snapshot(0), snapshot(3, { cost: { low: 410_000, high: 925_000 } })]);
    await openHistory(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download all saved results' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^readiness-history-\d{4}-\d\d-\d\d\.json$/);
    const file = await download.path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'readiness-export', v: 2, kind: 'history' });
    expect(exported.snapshots).toHaveLength(2);
    await expect(page.getByRole('status').filter({ hasText: 'Downloaded readiness-history-' })).toBeVisible();

    const fresh = await browser.newContext({ baseURL });
    const freshGuards = await guardContext(fresh, baseURL!);
    const other = await fresh.newPage();
    await openHistory(other);
    await expect(other.getByText('There are no saved results on this device yet.')).toBeVisible();
    await other.getByLabel('Import a Readiness file').setInputFiles(file);
    const dialog = other.getByRole('dialog', { name: 'Add these saved results?' });
    await expect(dialog).toContainText('The file holds 2 saved results');
    await expectNoAxeViolations(other, 'history: import confirm');
    await dialog.getByRole('button', { name: 'Yes, add them' }).click();
    await expect(rows(other)).toHaveCount(2);
    await expect(rows(other).nth(0)).toContainText('$410,000 – $925,000');
    await expect(other.getByRole('heading', { name: 'Saved results' })).toBeFocused();
    await expect(other.getByRole('status').filter({ hasText: 'Added 2 saved results.' })).toBeVisible();
    expect(JSON.parse((await storedHistory(other))!).snapshots).toHaveLength(2);
    await freshGuards.assertClean();
    await fresh.close();
  });

  test('export the session, then import it in a fresh browser: answers, label, notes and cost return', async ({
    page,
    browser,
    baseURL,
  }) => {
    await gotoAndSettle(page, '/assessment/?mode=facilitator');
    await page.locator('[data-ready="true"]').waitFor();
    await page.getByLabel('Client or programme').fill('Acme Bank');
    await page.getByLabel(`Notes on ${questions[0]!.label}`).fill('Baseline agreed in March.');
    await page.locator(`#answer-${ids[0]}`).focus();
    for (const answer of SIX_YES) await page.keyboard.press(KEY[answer]);
    await gotoAndSettle(page, '/cost/');
    await page.locator('[data-ready="true"]').waitFor();
    await page.getByLabel('Number of agents').fill('2');
    await expect(page.getByTestId('year-one-total')).toHaveText('$510,000 – $1,105,000');

    await openHistory(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the current session' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^readiness-session-\d{4}-\d\d-\d\d\.json$/);
    const file = await download.path();

    const fresh = await browser.newContext({ baseURL });
    const freshGuards = await guardContext(fresh, baseURL!);
    const other = await fresh.newPage();
    await openHistory(other);
    await other.getByLabel('Import a Readiness file').setInputFiles(file);
    const dialog = other.getByRole('dialog', { name: 'Replace the current session?' });
    await expect(dialog).toContainText(`answers to ${questions.length} of ${questions.length} questions`);
    await expect(dialog).toContainText('the label “Acme Bank”, 1 note and a cost estimate');
    await dialog.getByRole('button', { name: 'Yes, replace the current session' }).click();
    const done = other.getByRole('status').filter({ hasText: 'Session imported for Acme Bank' });
    await expect(done).toBeFocused();

    await gotoAndSettle(other, '/report/');
    await other.locator('[data-ready="true"]').waitFor();
    await expect(other.getByRole('heading', { level: 1 })).toHaveText('AI readiness report: Acme Bank');
    await expect(other.getByTestId('stage-name')).toHaveText(stageName('distributed-delivery'));
    await expect(other.getByTestId('year-one-total')).toHaveText('$510,000 – $1,105,000');
    await expect(other.getByRole('region', { name: 'Facilitator notes' })).toContainText('Baseline agreed in March.');
    await freshGuards.assertClean();
    await fresh.close();
  });

  test('a session file carries the scorecard and the use cases: New session clears them, importing brings them back', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const metric = 'Average handling time for supplier disputes';
    const storedKey = (key: string) => page.evaluate((k) => localStorage.getItem(k), key);
    await gotoAndSettle(page, '/scorecard/');
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    await page.locator('#scorecard-metric').fill(metric);
    await expect.poll(() => storedKey(SCORECARD_KEY)).toContain(metric);

    await gotoAndSettle(page, '/decide/agent-or-automation/');
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    await page.getByLabel('Name of the use case').fill('Refund triage');
    const groups = page.locator('form[aria-labelledby="use-case-form-title"] fieldset');
    for (let i = 0; i < 6; i++) await groups.nth(i).getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Classify this use case' }).click();
    await expect(page.getByRole('heading', { name: 'Refund triage', level: 3 })).toBeVisible();
    await expect.poll(() => storedKey(DECISIONS_KEY)).toContain('Refund triage');

    await openHistory(page);
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the current session' }).click();
    const file = await (await downloading).path();
    const exported = JSON.parse(readFileSync(file, 'utf8'));
    expect(exported).toMatchObject({ format: 'readiness-export', v: 2, kind: 'session' });
    expect(exported.session.documents.scorecard.metric).toBe(metric);
    expect(exported.session.decisions.useCases).toMatchObject([{ name: 'Refund triage' }]);

    await gotoAndSettle(page, '/assessment/?mode=facilitator');
    await page.locator('[data-ready="true"]').waitFor();
    await page.getByRole('button', { name: 'New session' }).click();
    const newSession = page.getByRole('dialog', { name: 'Start a new session?' });
    await expect(newSession).toContainText('the use cases and deployment answers');
    await newSession.getByRole('button', { name: 'Yes, start a new session' }).click();
    await expect(newSession).toBeHidden();
    expect(await storedKey(SCORECARD_KEY)).toBeNull();
    expect(await storedKey(DECISIONS_KEY)).toBeNull();

    await openHistory(page);
    await page.getByLabel('Import a Readiness file').setInputFiles(file);
    const dialog = page.getByRole('dialog', { name: 'Replace the current session?' });
    await expect(dialog).toContainText('your scorecard and 1 use case.');
    await expect(dialog).toContainText('documents and decisions on this device');
    await dialog.getByRole('button', { name: 'Yes, replace the current session' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Session imported' })).toBeFocused();
    await expectNoAxeViolations(page, 'history: session with documents imported');

    await gotoAndSettle(page, '/scorecard/');
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    await expect(page.locator('#scorecard-metric')).toHaveValue(metric);
    await gotoAndSettle(page, '/decide/agent-or-automation/');
    await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Refund triage', level: 3 })).toBeVisible();
    await expectNoAxeViolations(page, 'agent-or-automation: imported use case');
  });

  test('malformed files are refused with a clear message and change nothing', async ({ page }) => {
    await seedHistory(page, [snapshot(0)]);
    const before = await storedHistory(page);
    await openHistory(page);
    const input = page.getByLabel('Import a Readiness file');

    await input.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{ nope') });
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('That file was not imported');
    await expect(alert).toContainText('This file is not a Readiness export: it is not valid JSON.');
    await expect(alert).toContainText('Nothing on this device has changed.');
    await expect(page.getByRole('dialog')).toHaveCount(0);
    await expect(input).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page, 'history: import error');

    const future = {
      format: 'readiness-export',
      v: 3,
      exportedAt: new Date().toISOString(),
      kind: 'history',
      snapshots: [],
    };
    await input.setInputFiles({
      name: 'readiness-history-2030-01-01.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(future)),
    });
    await expect(alert).toContainText('This export is version 3; this site reads versions 1 and 2.');

    const damaged = {
      format: 'readiness-export',
      v: 1,
      exportedAt: new Date().toISOString(),
      kind: 'history',
      snapshots: [{ ...snapshot(1), score: 'ten' }],
    };
    await input.setInputFiles({
      name: 'damaged.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(damaged)),
    });
    await expect(alert).toContainText('1 saved result in this file is damaged, so nothing was imported.');

    await expect(rows(page)).toHaveCount(1);
    expect(await storedHistory(page)).toBe(before);
  });

  test('the history page works with the keyboard alone', async ({ page }) => {
    await seedHistory(page, [snapshot(0), snapshot(1)]);
    await openHistory(page);
    const compare = page.getByRole('button', { name: 'Compare' });
    let guard = 0;
    while (!(await compare.evaluate((b) => b === document.activeElement))) {
      await page.keyboard.press('Tab');
      if (++guard > 40) throw new Error('Compare is not reachable with Tab');
    }
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: /^What changed from/ })).toBeFocused();
    await expect(page.getByRole('region', { name: /^What changed from/ })).toContainText('1 answer changed.');

    const remove = rows(page)
      .nth(0)
      .getByRole('button', { name: /^Delete the result saved/ });
    await remove.focus();
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: 'Delete this saved result?' });
    await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
    await expect(remove).toBeFocused();
    await expect(rows(page)).toHaveCount(2);
  });
});
