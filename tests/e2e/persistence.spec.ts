/**
 * State that must never lie or go missing, end to end: the estimate the user saw reaches the
 * report, share links are saved or asked about (never silently replacing the user's own work),
 * half-typed numbers are never committed, two tabs converge, clicks are never lost (before
 * hydration, while loading, with no delay between questions), a results screen only ever shows
 * ten answers, and when storage refuses, the download offered holds what is in memory.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, gotoAndSettle, holdRequests } from './fixtures';
import { loadScenarioNames, loadSiteContent } from '../helpers/load-content';
import { encodeShareFragment } from '../../src/domain/share-codec';
import { encodeCostSection, initialCostState, type CostState } from '../../src/domain/cost-state';
import { removableCostLineIds } from '../../src/domain/cost-inputs';
import type { AnswerValue } from '../../src/domain/content-types';

const content = loadSiteContent();
const ids = content.questions.map((q) => q.id);
const costContext = {
  content,
  removableLineIds: removableCostLineIds(content.costLines),
  scenarioNames: loadScenarioNames(content),
};
const ANSWERS = 'readiness:v1:answers';
const COST = 'readiness:v1:cost';
const SESSION = 'readiness:v1:session';

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const storedAnswers = async (page: Page) =>
  (JSON.parse((await stored(page, ANSWERS)) ?? '{"answers":{}}') as { answers: Record<string, string> }).answers;
const answerLink = (answers: Record<string, AnswerValue>) => `#${encodeShareFragment({ answers }, ids)}`;
const costLink = (state: CostState) => `#${encodeShareFragment({ cost: encodeCostSection(state, costContext) }, [])}`;
const withWorkflows = (workflows: number): CostState => {
  const state = initialCostState(costContext);
  const first = { ...state.scenarios[0], inputs: { ...state.scenarios[0].inputs, workflows } };
  return { ...state, scenarios: [first, state.scenarios[1]] };
};

/** Seeds localStorage before the first page script runs, once per test (not on reloads). */
async function seed(page: Page, items: Record<string, string>) {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', '1');
  }, items);
}

async function openAssessment(page: Page, path = '/assessment/') {
  await gotoAndSettle(page, path);
  await page.locator('[data-ready="true"]').waitFor();
}

async function openCost(page: Page, path = '/cost/') {
  await gotoAndSettle(page, path);
  await page.locator('[data-ready="true"]').waitFor();
}

const total = (page: Page) => page.getByTestId('year-one-total');
/** The headline estimate, a region named by its heading. */
const estimate = (page: Page) => page.getByRole('region', { name: /^Year-one estimate/ });

test.describe('the estimate the user saw', () => {
  test('an untouched reference estimate reaches the report as the reference programme', async ({ page }) => {
    await openCost(page);
    await expect(total(page)).toHaveText('$410,000 – $925,000');
    await page.getByRole('link', { name: /See it in the full report/ }).click();
    await page.locator('[data-ready="true"]').waitFor();
    await expect(page.getByText('The year-one cost below is the reference programme, not yet adjusted')).toBeVisible();
    await expect(page.getByText(/has not been estimated/)).toHaveCount(0);
    await expect(page.locator('main')).toContainText('$410,000');
    await expectNoAxeViolations(page, 'report: reference estimate');
  });
});

test.describe('share links', () => {
  test('answers opened from a link on a device with none are saved: reload keeps them', async ({ page }) => {
    await openAssessment(page, `/assessment/${answerLink(Object.fromEntries(ids.map((id) => [id, 'yes'])))}`);
    await expect(page.getByRole('status').filter({ hasText: 'saved them on this device' })).toBeVisible();
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    await expect(page.getByText(`${ids.length} of ${ids.length}`)).toBeVisible();
    expect(Object.keys(await storedAnswers(page))).toHaveLength(ids.length);
  });

  test('a link with different answers asks first, shows what differs, and keeps mine when asked to', async ({
    page,
  }) => {
    await seed(page, { [ANSWERS]: JSON.stringify({ v: 1, answers: { [ids[0]!]: 'n' }, at: '@check' }) });
    await openAssessment(page, `/assessment/${answerLink(Object.fromEntries(ids.map((id) => [id, 'yes'])))}`);
    const notice = page.locator('[data-notice="share-link"]');
    await expect(notice).toContainText('different answers');
    await expect(notice).toContainText(
      `Question 1, ${content.questions[0]!.label}: Yes in the link, No on this device`,
    );
    await expectNoAxeViolations(page, 'assessment: share-link choice');
    // Nothing changed until the user chooses.
    expect(await storedAnswers(page)).toEqual({ [ids[0]!]: 'n' });
    await notice.getByRole('button', { name: 'Keep my answers' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kept your own answers' })).toBeVisible();
    expect(await storedAnswers(page)).toEqual({ [ids[0]!]: 'n' });
    // The choice is made once: the link has left the address, so a reload does not ask again (the
    // page reads a link after it is ready, so a notice missing just after a reload proves little).
    expect(new URL(page.url()).hash).toBe('');
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    await expect(page.locator('[data-notice="share-link"]')).toHaveCount(0);
  });

  test('replacing with the link’s answers saves them', async ({ page }) => {
    await seed(page, { [ANSWERS]: JSON.stringify({ v: 1, answers: { [ids[0]!]: 'n' }, at: '@check' }) });
    await openAssessment(page, `/assessment/${answerLink({ [ids[0]!]: 'yes', [ids[1]!]: 'no' })}`);
    await page.getByRole('button', { name: 'Replace my answers with the link’s' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'replaced by the share link' })).toBeVisible();
    expect(await storedAnswers(page)).toEqual({ [ids[0]!]: 'y', [ids[1]!]: 'n' });
  });

  // A link pasted into the address bar of a tab already on its page is a same-document
  // navigation: no reload, only a `hashchange`. It must be opened all the same.
  test('a link opened in a tab already on the diagnostic is offered, not ignored', async ({ page }) => {
    await seed(page, { [ANSWERS]: JSON.stringify({ v: 1, answers: { [ids[0]!]: 'n' }, at: '@check' }) });
    await openAssessment(page);
    await page.goto(`/assessment/${answerLink({ [ids[0]!]: 'yes', [ids[1]!]: 'no' })}`);
    const notice = page.locator('[data-notice="share-link"]');
    await expect(notice).toContainText(
      `Question 1, ${content.questions[0]!.label}: Yes in the link, No on this device`,
    );
    await notice.getByRole('button', { name: 'Replace my answers with the link’s' }).click();
    expect(await storedAnswers(page)).toEqual({ [ids[0]!]: 'y', [ids[1]!]: 'n' });
    await expect(page).toHaveURL(/\/assessment\/$/);
  });

  test('a cost link opened in a tab already on /cost/ is offered, not ignored', async ({ page }) => {
    await seed(page, { [COST]: JSON.stringify(encodeCostSection(withWorkflows(2), costContext)) });
    await openCost(page);
    await page.goto(`/cost/${costLink(withWorkflows(4))}`);
    const notice = page.locator('[data-notice="share-link"]');
    await expect(notice).toContainText('workflows differ');
    await notice.getByRole('button', { name: 'Replace my estimate with the link’s' }).click();
    await expect(page.getByLabel('Number of workflows')).toHaveValue('4');
  });

  test('a cost link does not replace the user’s own plan without asking', async ({ page }) => {
    await seed(page, { [COST]: JSON.stringify(encodeCostSection(withWorkflows(2), costContext)) });
    await openCost(page, `/cost/${costLink(withWorkflows(4))}`);
    const notice = page.locator('[data-notice="share-link"]');
    await expect(notice).toContainText('workflows differ');
    await expect(page.getByLabel('Number of workflows')).toHaveValue('2');
    await notice.getByRole('button', { name: 'Replace my estimate with the link’s' }).click();
    await expect(page.getByLabel('Number of workflows')).toHaveValue('4');
    expect(JSON.parse((await stored(page, COST))!)).toMatchObject({ s: [{ w: 4 }, {}] });
  });
});

test.describe('half-typed values', () => {
  test('a number typed past the maximum never commits the prefix that was valid', async ({ page }) => {
    await page.clock.install();
    await openCost(page);
    await page.getByRole('radio', { name: /Estimate it from my volume/ }).check();
    const tasks = page.getByRole('textbox', { name: 'Tasks per month' });
    const lastValid = await total(page).textContent();
    // Typing commits once it pauses. The page's clock stands still while the keys are pressed, so
    // however busy the machine, no pause falls between two of them; then the pause comes.
    await page.clock.pauseAt(Date.now() + 60_000);
    await tasks.pressSequentially('999999999999');
    await page.clock.runFor(5_000);
    await page.clock.resume();
    await expect(page.locator('#cost-inference-tasksPerMonth-error')).toContainText('Tasks per month must be');
    await expect(tasks).toHaveValue('999999999999');
    await expect(estimate(page)).toContainText('Showing the last valid estimate');
    await expect(total(page)).toHaveText(lastValid!);
    expect(await stored(page, COST)).not.toContain('99999999');
  });

  test('typing “1,000” workflows over 2 leaves 2 committed, and says so', async ({ page }) => {
    await openCost(page);
    const workflows = page.getByLabel('Number of workflows');
    await workflows.fill('2');
    await expect(total(page)).toHaveText('$530,000 – $1,125,000');
    await workflows.selectText();
    await workflows.pressSequentially('1,000');
    await page.waitForTimeout(1000);
    await expect(workflows).toHaveValue('1,000');
    await expect(total(page)).toHaveText('$530,000 – $1,125,000');
    expect(JSON.parse((await stored(page, COST))!)).toMatchObject({ s: [{ w: 2 }, {}] });
  });

  test('a quote low typed past its high never commits the prefix below it', async ({ page }) => {
    const governance = content.costLines.find((l) => l.id === 'governance-evaluation')!;
    await openCost(page);
    await page.getByText('I have a real quote for a line').click();
    await page.getByRole('checkbox', { name: governance.label }).check();
    const low = page.getByLabel(`Low figure for ${governance.label}, USD`);
    const high = page.getByLabel(`High figure for ${governance.label}, USD`);
    await low.fill('5000');
    await high.fill('10000');
    const quote = async () =>
      (JSON.parse((await stored(page, COST))!) as { s: { o: Record<string, number[]> }[] }).s[0]!.o[governance.id];
    await expect.poll(quote).toEqual([5000, 10000]);
    await low.selectText();
    await low.pressSequentially('90000');
    await page.waitForTimeout(1000);
    await expect(low).toHaveValue('90000');
    await expect(estimate(page)).toContainText('Showing the last valid estimate');
    expect(await quote()).toEqual([5000, 10000]);
  });
});

test.describe('two tabs', () => {
  test('answers given in two tabs are all kept, and each tab shows them', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await openAssessment(b);
    await openAssessment(a);
    await a.getByRole('button', { name: 'Show all questions' }).click();
    for (const id of ids.slice(0, 5)) await a.locator(`#answer-${id}`).check();
    // B was opened earlier and answers the last question.
    await b.getByRole('button', { name: 'Show all questions' }).click();
    await b.locator(`#answer-${ids[9]}-no`).check();
    await expect(b.getByText(`Answer each question; 6 of ${ids.length} answered.`)).toBeVisible();
    await expect(a.getByText(`Answer each question; 6 of ${ids.length} answered.`)).toBeVisible();
    expect(Object.keys(await storedAnswers(a))).toHaveLength(6);
  });

  test('a note typed on the cost page does not wipe the notes typed on the diagnostic', async ({ context }) => {
    const a = await context.newPage();
    const b = await context.newPage();
    await openAssessment(a, '/assessment/?mode=facilitator');
    await openCost(b);
    await a
      .getByRole('textbox', { name: `Notes on ${content.questions[0]!.label}`, exact: true })
      .fill('Owner is Priya');
    await b.getByLabel('Notes on the year-one cost').fill('Budget is fixed');
    await expect
      .poll(async () => (JSON.parse((await stored(a, SESSION)) ?? '{}') as { notes?: unknown }).notes)
      .toEqual({ [ids[0]!]: 'Owner is Priya', cost: 'Budget is fixed' });
  });
});

test.describe('no lost clicks', () => {
  test('answers clicked with no delay through all ten questions are all kept', async ({ page }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await openAssessment(page);
    const answers: AnswerValue[] = ['yes', 'no', 'unsure'];
    for (const [index, id] of ids.entries()) {
      const value = answers[index % 3]!;
      await page.locator(value === 'yes' ? `#answer-${id}` : `#answer-${id}-${value}`).check();
      await page.getByRole('button', { name: 'Continue' }).click();
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
    const saved = await storedAnswers(page);
    expect(ids.map((id) => saved[id])).toEqual(ids.map((_, index) => ['y', 'n', 'u'][index % 3]));
  });

  test('answers clicked before hydration and before the late chunks arrive all stick (4× CPU throttle)', async ({
    page,
  }) => {
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    // A slow network: the island hydrates late, and what loads after it (facilitator tools,
    // "Save this result") later still. Neither may hold up or undo an answer.
    const delay = (pattern: string, ms: number) =>
      page.route(pattern, async (route) => {
        await new Promise((resolve) => setTimeout(resolve, ms));
        await route.continue();
      });
    await delay('**/_astro/AssessmentApp*.js', 1000);
    await delay('**/_astro/assessment-kit*.js', 4000);
    await seed(page, { [ANSWERS]: JSON.stringify({ v: 1, answers: { [ids[2]!]: 'n' }, at: ids[0], view: 'step' }) });
    await page.goto('/assessment/', { waitUntil: 'commit' });
    // As soon as the question is painted, before the island has hydrated.
    await page.locator(`#answer-${ids[0]}`).check();
    await page.locator('[data-ready="true"]').waitFor();
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.locator(`#answer-${ids[1]}-no`).check();
    await page.waitForTimeout(4500);
    await expect(page.locator(`#answer-${ids[1]}-no`)).toBeChecked();
    await expect.poll(() => storedAnswers(page)).toEqual({ [ids[0]!]: 'y', [ids[1]!]: 'n', [ids[2]!]: 'n' });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  });

  test('an answer and Continue given while the island’s code has not arrived are stored at once', async ({ page }) => {
    // The island's code is held back until released: everything here happens before hydration.
    const release = await holdRequests(page, '**/_astro/AssessmentIsland*.js');
    await page.goto('/assessment/', { waitUntil: 'commit' });
    await page.getByRole('radio', { name: 'Yes', exact: true }).first().click();
    await expect.poll(() => storedAnswers(page)).toEqual({ [ids[0]!]: 'y' });
    // Continue does not send the form to the server (a reload of this page)…
    await page.getByRole('button', { name: 'Continue' }).click();
    await expect.poll(async () => JSON.parse((await stored(page, ANSWERS)) ?? '{}').at).toBe(ids[1]);
    expect(new URL(page.url()).search).toBe('');
    await expect(page.locator('[data-ready]')).toHaveCount(0);
    // …and once the code arrives, the island opens on the step that was asked for.
    release();
    await page.locator('[data-ready="true"]').waitFor();
    await expect(page.getByRole('heading', { level: 1, name: content.questions[1]!.text })).toBeVisible();
    await expect.poll(() => storedAnswers(page)).toEqual({ [ids[0]!]: 'y' });
  });

  test('a main thread that is never idle still gets the diagnostic’s island, within seconds', async ({ page }) => {
    // Every frame busier than a frame lasts, until the island is ready (40 s at most): the
    // browser never has an idle moment. Hydration waiting for idle time would take the whole 40 s;
    // the 20 s allowed below is headroom for a machine busy with the rest of `npm test`.
    await page.addInitScript(() => {
      const until = performance.now() + 40_000;
      const busy = () => {
        const end = performance.now() + 20;
        while (performance.now() < end);
        if (performance.now() < until && !document.querySelector('[data-ready]')) requestAnimationFrame(busy);
      };
      requestAnimationFrame(busy);
    });
    await page.goto('/assessment/', { waitUntil: 'commit' });
    await page.locator('[data-ready="true"]').waitFor({ timeout: 20_000 });
    await page.getByRole('radio', { name: 'Yes', exact: true }).first().check();
    await expect.poll(() => storedAnswers(page)).toEqual({ [ids[0]!]: 'y' });
  });

  test('a stored results screen with one answer opens the answers to check, not results', async ({ page }) => {
    await seed(page, { [ANSWERS]: JSON.stringify({ v: 1, answers: { [ids[0]!]: 'y' }, at: '@results' }) });
    await openAssessment(page);
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
  });
});

test.describe('storage that refuses', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
      };
    });
  });

  test('the notice downloads the session in memory, answers included', async ({ page }) => {
    await openAssessment(page);
    await page.keyboard.press('y');
    await page.keyboard.press('n');
    const notice = page.locator('[data-notice="storage-unavailable"]');
    await expect(notice).toContainText('would not let us save');
    const downloading = page.waitForEvent('download');
    await notice.getByRole('button', { name: 'Download this session' }).click();
    const file = JSON.parse(await readFile((await (await downloading).path())!, 'utf8')) as {
      session: { answers: Record<string, string> };
    };
    expect(file.session.answers).toEqual({ [ids[0]!]: 'y', [ids[1]!]: 'n' });
  });

  test('“Save this result” kept in memory offers a download of it, and saving again adds nothing', async ({ page }) => {
    await openAssessment(page, `/assessment/${answerLink(Object.fromEntries(ids.map((id) => [id, 'yes'])))}`);
    await page.getByRole('button', { name: 'Save this result' }).first().click();
    // The button's own status line, beside it in the first group of result actions.
    const status = page.getByTestId('results-actions').first().getByRole('status').filter({ hasText: /saved/i });
    await expect(status).toContainText('for this tab only');
    const downloading = page.waitForEvent('download');
    await status.getByRole('button', { name: 'Download your saved results' }).click();
    const file = JSON.parse(await readFile((await (await downloading).path())!, 'utf8')) as { snapshots: unknown[] };
    expect(file.snapshots).toHaveLength(1);
    await page.getByRole('button', { name: 'Save this result' }).first().click();
    await expect(status).toContainText('Already saved');
  });
});
