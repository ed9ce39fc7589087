/**
 * The year-one cost calculator end to end: the reference totals, live updates, every class of bad
 * input, wrong-cut warnings, scenarios, display currency, share links (round trip and tampered),
 * persistence, keyboard-only use, a 320 px screen, and axe in each state. Figures that come from
 * content are read from content/, not repeated here.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, gotoAndSettle, holdRequests } from './fixtures';
import { loadSiteContent } from '../helpers/load-content';
import { toBase64Url } from '../../src/domain/share-codec';

// This spec never makes a PDF: its pages run without the PDF engine's background work (fixtures.ts).
test.use({ pdfEngine: 'absent' });

const content = loadSiteContent();
const STORAGE_KEY = 'readiness:v1:cost';
const line = (id: string) => content.costLines.find((l) => l.id === id)!;
/** A pattern matching `text` literally (labels hold parentheses). */
const literally = (text: string) => new RegExp(text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

/** Opens the calculator and waits until saved state is loaded and the form is live. */
async function openCost(page: Page, path = '/cost/') {
  await gotoAndSettle(page, path);
  await page.locator('[data-ready="true"]').waitFor();
}

/** The headline estimate, a region named by its heading ("Year-one estimate" and the scenario). */
const estimate = (page: Page) => page.getByRole('region', { name: /^Year-one estimate/ });
/** The year-one range: the same figure shows in the bar and the table too, hence a test id. */
const total = (page: Page) => page.getByTestId('year-one-total');
const workflows = (page: Page) => page.getByLabel('Number of workflows');
const agents = (page: Page) => page.getByLabel('Number of agents');
/** The calculator's polite announcement (visually hidden): the only polite live paragraph on the page. */
const announcement = (page: Page) => page.locator('p[aria-live="polite"]');
/** The error summary shown (and focused) on Enter, found as assistive technology finds it. */
const errorSummary = (page: Page) => page.getByRole('alert', { name: 'There is a problem' });
/** The chart of the year-one range and its legend. */
const chartRegion = (page: Page) => page.getByRole('region', { name: 'Where the money goes' });
/** The year-one bar stuck to the top on a phone: hidden from screen readers, so it has a test id. */
const bar = (page: Page) => page.getByTestId('cost-bar');
/** The right cuts listed under their heading. */
const rightCuts = (page: Page) => page.getByRole('region', { name: 'Right cuts' }).getByRole('list');
/** The chart's legend (the figure's caption). */
const legend = (page: Page) => chartRegion(page).getByRole('list');
/** Both scenarios side by side, once there are two. */
const compare = (page: Page) => page.getByRole('region', { name: 'Compare scenarios' });
/** The figures the estimate relied on that are not in the reference table. */
const assumptions = (page: Page) => page.getByRole('region', { name: 'Assumptions used' }).getByRole('list');
/** "Showing the last valid estimate": the estimate's own words when a field holds it back. */
const STALE = 'Showing the last valid estimate.';

test.describe('cost calculator', () => {
  test('defaults reproduce the reference programme', async ({ page }) => {
    await openCost(page);
    await expect(page).toHaveTitle('Year-one cost · Readiness');
    await expect(total(page)).toHaveText('$410,000 – $925,000');
    await expect(estimate(page).getByText(/^Midpoint /)).toHaveText('Midpoint $667,500');
    const table = page.getByRole('table', { name: /Year-one cost by line/ });
    await expect(table.getByRole('row')).toHaveCount(content.costLines.length + 2);
    await expect(table.getByRole('row', { name: /Total, year one/ })).toContainText('$410,000');
    await expect(table.getByRole('row', { name: /Total, year one/ })).toContainText('$925,000');
    const chart = page.getByRole('img', { name: /Bar chart of the year-one range/ });
    await expect(chart).toHaveAttribute('aria-label', /each of the 7 cost lines/);
    await expect(
      page.getByText(/The source article says the build usually takes 40–60%; this plan is within it/),
    ).toBeVisible();
    await expect(assumptions(page).getByText('Assumption', { exact: true }).first()).toHaveText('Assumption');
    // The reference programme (one workflow, one agent) narrows to one system, never to none.
    await expect(page.getByRole('heading', { name: 'Narrow the scope' })).toBeVisible();
    await expect(rightCuts(page)).toContainText('Build 1 workflow first instead of 1 workflow and 1 agent');
    // One plan: no scenario switch, no copy, no comparison until the user asks for a second.
    await expect(page.getByText('Scenario you are editing')).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Copy “/ })).toHaveCount(0);
    await expect(page.getByRole('heading', { name: 'Compare scenarios' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Compare with another scenario' })).toBeVisible();
    // The answer comes first: the estimate and the chart, each bar labelled, before the inputs.
    const top = async (locator: Locator) => (await locator.boundingBox())!.y;
    const inputsTop = await top(page.getByRole('region', { name: 'Your programme' }));
    expect(await top(estimate(page))).toBeLessThan(inputsTop);
    expect(await top(chartRegion(page).getByRole('figure'))).toBeLessThan(inputsTop);
    // The values are text in the chart image (a figure drawn once per line), hence a test id.
    await expect(page.getByTestId('cost-chart-value').nth(1)).toHaveText('$120K – $200K');
    await expect(legend(page)).toContainText('from the line’s low estimate to its high');
    await expectNoAxeViolations(page, 'cost: defaults');
    // What the page shows is what is saved: the untouched reference programme, as the reference.
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!)).toMatchObject({
      s: [{ n: 'As planned', w: 1, g: 1, i: 'ref', x: [], o: {} }, { n: 'Narrowed' }],
    });
  });

  test('the reference estimate is kept before the calculator’s code arrives, so the report has it at once', async ({
    page,
  }) => {
    // Hold the calculator's chunk back: the page shows the reference estimate from the server all
    // the while, so leaving now must not leave the report with "not estimated".
    const release = await holdRequests(page, '**/_astro/CostCalculator*.js');
    await page.goto('/cost/');
    await expect(total(page)).toHaveText('$410,000 – $925,000');
    await expect.poll(() => page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toMatch(/"i":"ref"/);
    release();
    await gotoAndSettle(page, '/report/');
    await expect(page.getByText('The year-one cost below is the reference programme, not yet adjusted')).toBeVisible();
  });

  test('totals update as workflows and agents change, and are announced politely', async ({ page }) => {
    await openCost(page);
    await workflows(page).fill('2');
    await expect(total(page)).toHaveText('$530,000 – $1,125,000');
    await agents(page).fill('2');
    await expect(total(page)).toHaveText('$630,000 – $1,305,000');
    // One plan, so no scenario name in the announcement.
    await expect(announcement(page)).toHaveText('Year one $630,000 to $1,305,000, midpoint $967,500.');
    await agents(page).fill('0');
    await expect(total(page)).toHaveText('$430,000 – $945,000');
    await expect(rightCuts(page)).toContainText('Build 1 workflow first instead of 2 workflows');
  });

  test('a protected line quoted below its reference low is a wrong cut', async ({ page }) => {
    const governance = line('governance-evaluation');
    await openCost(page);
    await page.getByText('I have a real quote for a line').click();
    await page.getByRole('checkbox', { name: literally(governance.label) }).check();
    // The quote starts from the line's current figure, so nothing changes until it is edited.
    await expect(page.getByLabel(`Low figure for ${governance.label}, USD`)).toHaveValue(String(governance.low));
    await expect(total(page)).toHaveText('$410,000 – $925,000');
    await page.getByLabel(`Low figure for ${governance.label}, USD`).fill('20,000');
    await page.getByLabel(`High figure for ${governance.label}, USD`).fill('30000');
    await expect(total(page)).toHaveText('$370,000 – $835,000');
    await expect(estimate(page).getByText(`Wrong cut: ${governance.label}`)).toBeVisible();
    await expect(estimate(page).getByText(governance.cutWarning!)).toBeVisible();
    await expect(page.getByRole('row', { name: literally(governance.label) }).first()).toContainText('Wrong cut');
    // The chart says it in words and in its legend, not only in colour.
    await expect(chartRegion(page).getByRole('figure').getByText(governance.label)).toHaveText(
      `${governance.label} — wrong cut`,
    );
    await expect(legend(page)).toContainText('Wrong cut: a protected line below its reference low');
    await expect(announcement(page)).toContainText(`Warning: Cutting ${governance.label} below its reference low`);
    await expectNoAxeViolations(page, 'cost: wrong cut');
  });

  const badInputs: [string, string, string][] = [
    ['empty', '', 'Enter the number of workflows'],
    ['negative', '-1', 'Number of workflows must be 0 or more'],
    ['fractional', '1.5', 'Number of workflows must be a whole number, like 2'],
    ['over 20', '21', 'Number of workflows must be 20 or fewer'],
    ['huge', '1e30', 'Number of workflows must be 20 or fewer'],
    ['beyond safe integers', '90071992547409931', 'Number of workflows must be 20 or fewer'],
    ['pasted text', 'ten', 'Enter the number of workflows in digits, like 2'],
  ];

  test('each bad input gets its message, the last valid estimate stays, nothing is lost', async ({ page }) => {
    await openCost(page);
    await workflows(page).fill('2');
    await expect(total(page)).toHaveText('$530,000 – $1,125,000');
    for (const [, value, message] of badInputs) {
      await workflows(page).fill(value);
      const error = page.locator('#cost-workflows-error');
      await expect(error).toHaveText(`Error: ${message}`);
      await expect(workflows(page)).toHaveAttribute('aria-invalid', 'true');
      await expect(workflows(page)).toHaveAttribute('aria-describedby', /cost-workflows-error/);
      await expect(workflows(page)).toHaveValue(value);
      await expect(total(page)).toHaveText('$530,000 – $1,125,000');
      await expect(estimate(page)).toContainText(STALE);
    }
    await expect(announcement(page)).toHaveText(
      'Enter the number of workflows in digits, like 2. Showing the last valid estimate.',
    );

    // The estimate says why it is not updating, with a link to the field.
    const staleLink = estimate(page).getByRole('link');
    await expect(staleLink).toHaveText('Enter the number of workflows in digits, like 2');
    await expect(page).toHaveTitle(/^Error: /);

    // Leaving the field does not bring up the summary (nothing jumps); Enter does, and focuses it.
    await workflows(page).press('Tab');
    await expect(agents(page)).toBeFocused();
    const summary = errorSummary(page);
    await expect(summary).toHaveCount(0);
    await agents(page).press('Enter');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('There is a problem');
    await expect(summary.getByRole('link')).toHaveText('Enter the number of workflows in digits, like 2');
    await expectNoAxeViolations(page, 'cost: error');
    await summary.getByRole('link').click();
    await expect(workflows(page)).toBeFocused();
    await agents(page).focus();
    await staleLink.click();
    await expect(workflows(page)).toBeFocused();

    // Digits from other scripts are read as numbers.
    await workflows(page).fill('١٢');
    await expect(total(page)).toHaveText('$1,730,000 – $3,125,000');
    await expect(summary).toHaveCount(0);
    await expect(page).toHaveTitle('Year-one cost · Readiness');
    await workflows(page).fill('１');
    await expect(total(page)).toHaveText('$410,000 – $925,000');
    await expect(estimate(page).getByText(STALE)).toHaveCount(0);
  });

  test('volume-based inference: unit cost and the fast-tier right cut', async ({ page }) => {
    await openCost(page);
    await page.getByRole('radio', { name: /Estimate it from my volume/ }).check();
    // The revealed field is empty: no error before the user types, but the estimate is greyed
    // and says what it waits for, with a link to the field.
    const tasks = page.getByRole('textbox', { name: 'Tasks per month' });
    await expect(tasks).toBeVisible();
    await expect(page.locator('#cost-inference-tasksPerMonth-error')).toHaveCount(0);
    await expect(page.getByText(/^Error: /)).toHaveCount(0);
    await expect(tasks).not.toHaveAttribute('aria-invalid', 'true');
    await expect(page).toHaveTitle('Year-one cost · Readiness');
    await expect(estimate(page)).toContainText(`${STALE} It updates once you fill in:`);
    const staleLink = estimate(page).getByRole('link');
    await expect(staleLink).toHaveText('Enter the number of tasks per month');
    // Greyed: a look, so the check is on the class that gives it.
    await expect(estimate(page)).toHaveClass(/cost-total--stale/);
    await expect(bar(page)).toContainText('Last valid estimate');
    await expectNoAxeViolations(page, 'cost: waiting for the volume');
    await staleLink.click();
    await expect(tasks).toBeFocused();
    // Pressing Enter is acting: now it is an error.
    await tasks.press('Enter');
    await expect(page.locator('#cost-inference-tasksPerMonth-error')).toHaveText(
      'Error: Enter the number of tasks per month',
    );
    await tasks.fill('100,000');
    await expect(estimate(page)).not.toHaveClass(/cost-total--stale/);
    await expect(page.getByText(/Per task, all of year one/)).toBeVisible();
    // The fast tier is the default, as the source's right cut says: nothing to cut on the tier.
    await expect(page.getByRole('radio', { name: /Fast tier/ })).toBeChecked();
    await expect(total(page)).toHaveText('$402,000 – $885,000');
    await expect(estimate(page).getByRole('definition')).toContainText(['$0.34 – $0.74']);
    await expect(page.getByRole('heading', { name: /Default to the fast tier/i })).toHaveCount(0);
    await page.getByRole('radio', { name: /Frontier tier/ }).check();
    await expect(page.getByRole('heading', { name: /Default to the fast tier/i })).toBeVisible();
    await expectNoAxeViolations(page, 'cost: volume');
  });

  test('a second scenario starts as a copy of the plan; the comparison lists only what differs', async ({ page }) => {
    await openCost(page);
    // The user's plan first: two workflows.
    await workflows(page).fill('2');
    await expect(total(page)).toHaveText('$530,000 – $1,125,000');
    await page.getByRole('button', { name: 'Compare with another scenario' }).click();
    // The new scenario is being edited, has focus, and is a copy of the plan, not of the reference.
    const second = page.getByRole('radio', { name: 'Narrowed' });
    await expect(second).toBeChecked();
    await expect(second).toBeFocused();
    await expect(workflows(page)).toHaveValue('2');
    await expect(total(page)).toHaveText('$530,000 – $1,125,000');
    await expect(
      compare(page).getByText('The two scenarios cost the same. Change “Narrowed” to see the difference.', {
        exact: true,
      }),
    ).toBeVisible();
    await expect(page.getByRole('table', { name: /compared with/ })).toHaveCount(0);
    await expectNoAxeViolations(page, 'cost: second scenario, unchanged');

    await page.getByLabel('Name of this scenario').fill('Lean');
    await agents(page).fill('0');
    await expect(estimate(page).getByRole('heading')).toHaveAccessibleName('Year-one estimate Lean');
    await expect(page.getByRole('radio', { name: 'Lean' })).toBeChecked();
    await expect(
      compare(page).getByText('“Lean” costs $100,000 – $180,000 less than “As planned”.', { exact: true }),
    ).toBeVisible();
    const comparison = page.getByRole('table', { name: /“Lean” compared with “As planned”: the lines that differ/ });
    // Only the agent build differs: one row, then the total and the midpoint.
    await expect(comparison.locator('tbody tr')).toHaveCount(1);
    await expect(comparison.getByRole('row', { name: literally(line('agent-build').label) })).toContainText(
      '−$100,000',
    );
    await expect(comparison.getByRole('row', { name: /Total, year one/ })).toContainText('−$180,000');
    await expect(
      page.getByText(`The other ${content.costLines.length - 1} lines cost the same in both.`),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'cost: scenarios');

    // Back to the first scenario: its own inputs, untouched.
    await page.getByRole('radio', { name: 'As planned' }).check();
    await expect(agents(page)).toHaveValue('1');
    await expect(total(page)).toHaveText('$530,000 – $1,125,000');

    // Copy "As planned" into "Lean" after a confirm.
    await page.getByRole('radio', { name: 'Lean' }).check();
    await page.getByRole('button', { name: 'Copy “As planned” into “Lean”' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, copy “As planned”' }).click();
    await expect(agents(page)).toHaveValue('1');
    await expect(compare(page).getByText('The two scenarios cost the same')).toBeVisible();
  });

  test('a quote in euros is typed in euros and kept in whole US dollars', async ({ page }) => {
    const operations = line('operations');
    await openCost(page);
    await page.getByRole('radio', { name: /Euro \(EUR\)/ }).check();
    await expect(total(page)).toHaveText('€377,200 – €851,000');
    await page.getByText('I have a real quote for a line').click();
    await page.getByRole('checkbox', { name: literally(operations.label) }).check();
    const low = page.getByLabel(`Low figure for ${operations.label}, EUR`);
    const high = page.getByLabel(`High figure for ${operations.label}, EUR`);
    // Starts from the line's figure in euros; nothing changes until it is edited.
    await expect(low).toHaveValue('55200');
    await expect(high).toHaveValue('138000');
    await expect(total(page)).toHaveText('€377,200 – €851,000');
    await expect(estimate(page).getByText(/^Wrong cut: /)).toHaveCount(0);
    // €46,000 is $50,000 at 0.92: below the reference low, so a wrong cut.
    await low.fill('46,000');
    await expect(total(page)).toHaveText('€368,000 – €851,000');
    await expect(estimate(page).getByText(`Wrong cut: ${operations.label}`)).toBeVisible();
    await expectNoAxeViolations(page, 'cost: a quote in euros');
    await expect
      .poll(async () => JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!).s[0].o)
      .toEqual({ operations: [50_000, 150_000] });
    // Back in US dollars the same quote shows in dollars.
    await page.getByRole('radio', { name: /US dollar \(USD\)/ }).check();
    await expect(page.getByLabel(`Low figure for ${operations.label}, USD`)).toHaveValue('50000');
    await expect(page.getByLabel(`High figure for ${operations.label}, USD`)).toHaveValue('150000');
  });

  test('on a phone the year-one bar stays in sight and never covers the focused field', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    // Where focus lands, not the smooth scroll on its way there.
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await openCost(page);
    await page.getByText('I have a real quote for a line').click();
    await page.getByRole('checkbox', { name: literally(line('operations').label) }).check();
    await workflows(page).focus();
    let checked = 0;
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      const overlap = await page.evaluate(() => {
        const focused = document.activeElement as HTMLElement | null;
        const barBox = document.querySelector('[data-testid="cost-bar"]')!.getBoundingClientRect();
        // The fields of the two forms (scenario inputs and display currency).
        if (!focused?.closest('form') || focused.tagName !== 'INPUT') return null;
        const box = focused.getBoundingClientRect();
        // Obscured when the field and the bar overlap on screen.
        return box.bottom > barBox.top && box.top < barBox.bottom;
      });
      if (overlap === null) continue;
      checked++;
      expect(overlap).toBe(false);
    }
    expect(checked).toBeGreaterThan(10);
    // Deep in the inputs, the bar is at the top of the screen with the range.
    await expect(bar(page)).toHaveText('Year one: $410,000 – $925,000');
    expect((await bar(page).boundingBox())!.y).toBeLessThanOrEqual(1);
  });

  test('the report leads with the scenario the user marks as their plan, not the one being edited', async ({
    page,
  }) => {
    await openCost(page);
    await page.getByRole('button', { name: 'Compare with another scenario' }).click();
    await expect(page.getByRole('radio', { name: 'Narrowed' })).toBeChecked();
    await agents(page).fill('0');
    await expect(total(page)).toHaveText('$310,000 – $745,000');
    // Editing "Narrowed" does not make it the plan.
    await gotoAndSettle(page, '/report/');
    await expect(page.getByRole('heading', { name: 'Year-one cost: As planned' })).toBeVisible();
    await expect(total(page)).toHaveText('$410,000 – $925,000');

    await openCost(page);
    await page.getByRole('button', { name: 'This is my plan: Narrowed' }).click();
    // Each card says "Your plan" or offers to make it so: now "Narrowed" says it, "As planned" offers.
    await expect(compare(page).getByText('Your plan. The report leads with it.')).toHaveCount(1);
    await expect(compare(page).getByRole('button', { name: 'This is my plan: Narrowed' })).toHaveCount(0);
    await expect(compare(page).getByRole('button', { name: 'This is my plan: As planned' })).toBeVisible();
    await expectNoAxeViolations(page, 'cost: plan chosen');
    await page.getByRole('radio', { name: 'As planned' }).check();
    await gotoAndSettle(page, '/report/');
    await expect(page.getByRole('heading', { name: 'Year-one cost: Narrowed' })).toBeVisible();
    await expect(total(page)).toHaveText('$310,000 – $745,000');
  });

  test('switching scenarios keeps text that is not yet valid', async ({ page }) => {
    await openCost(page);
    await page.getByRole('button', { name: 'Compare with another scenario' }).click();
    await page.getByRole('radio', { name: 'As planned' }).check();
    await workflows(page).fill('lots');
    await page.getByRole('radio', { name: 'Narrowed' }).check();
    await expect(workflows(page)).toHaveValue('1');
    await page.getByRole('radio', { name: 'As planned' }).check();
    await expect(workflows(page)).toHaveValue('lots');
    await expect(page.locator('#cost-workflows-error')).toContainText('in digits');
  });

  test('amounts in euros, with the dated rate labelled as an assumption and editable', async ({ page }) => {
    const euro = content.assumptions.currencies.find((c) => c.code === 'EUR')!;
    await openCost(page);
    await page.getByRole('radio', { name: /Euro \(EUR\)/ }).check();
    await expect(total(page)).toHaveText('€377,200 – €851,000');
    const rate = page.getByLabel('EUR per US dollar');
    await expect(rate).toHaveValue(String(euro.ratePerUsd));
    const hint = page.locator('#cost-rate-hint');
    await expect(hint).toContainText('Assumption');
    await expect(hint).toContainText('1 November 2026');
    await expect(assumptions(page)).toContainText('Exchange rate: 0.92 EUR per US dollar');
    await expect(page.getByRole('table', { name: /Year-one cost by line/ })).toContainText('€');

    await rate.fill('0');
    await expect(page.locator('#cost-rate-error')).toHaveText('Error: The exchange rate must be more than 0');
    await expect(total(page)).toHaveText('€377,200 – €851,000');
    await rate.fill('1');
    await expect(total(page)).toHaveText('€410,000 – €925,000');
    await expect(assumptions(page)).toContainText('(your rate)');
    await page.getByRole('button', { name: /Use the 1 November 2026 rate/ }).click();
    await expect(total(page)).toHaveText('€377,200 – €851,000');
    await expectNoAxeViolations(page, 'cost: euros');
  });

  test('where the clipboard refuses, the link is shown in a field to copy by hand', async ({ page }) => {
    // Both ways the button writes (a clipboard item, or plain text where there is none) refuse, as
    // a browser does when the page may not write to the clipboard.
    await page.addInitScript(() => {
      const refuse = () => Promise.reject(new DOMException('Write permission denied.', 'NotAllowedError'));
      Object.defineProperty(navigator, 'clipboard', { value: { write: refuse, writeText: refuse } });
    });
    await openCost(page);
    await workflows(page).fill('2');
    await page.getByRole('button', { name: 'Copy link to this estimate' }).click();
    const field = page.getByRole('textbox', { name: /copy/i });
    await expect(field).toBeVisible();
    expect(new URL(await field.inputValue()).hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
    await expect(page.getByText('Link copied')).toHaveCount(0);
  });

  test('a share link reproduces both scenarios and the currency in a fresh browser', async ({
    page,
    browser,
    baseURL,
  }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openCost(page);
    await page.getByRole('button', { name: 'Compare with another scenario' }).click();
    await agents(page).fill('0');
    await page.getByRole('radio', { name: 'As planned' }).check();
    await workflows(page).fill('2');
    await page.getByRole('radio', { name: 'Narrowed' }).check();
    await page.getByRole('radio', { name: /Pound sterling/ }).check();
    await expect(total(page)).toHaveText('£244,900 – £588,550');
    await page.getByRole('button', { name: 'Copy link to this estimate' }).click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);

    const fresh = await browser.newContext({ baseURL });
    const other = await fresh.newPage();
    await openCost(other, link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(other.getByRole('status').filter({ hasText: 'Opened an estimate from a share link' })).toBeVisible();
    await expect(other.getByRole('radio', { name: 'Narrowed' })).toBeChecked();
    await expect(total(other)).toHaveText('£244,900 – £588,550');
    await expect(compare(other).getByText('less than “As planned”')).toBeVisible();
    // The fragment is consumed so a reload resumes from this device's copy.
    expect(new URL(other.url()).hash).toBe('');
    await other.reload();
    await other.locator('[data-ready="true"]').waitFor();
    await expect(total(other)).toHaveText('£244,900 – £588,550');
    await fresh.close();
  });

  test('a tampered link keeps what was valid and says what was not', async ({ page }) => {
    const section = {
      v: 1,
      at: 0,
      cur: 'EUR',
      rate: -5,
      s: [{ n: 'Mine', w: 3, g: 'lots', i: 'ref', d: 'moon', x: ['governance-evaluation'], o: { __nope: [1, 2] } }],
    };
    await openCost(page, `/cost/#s=${toBase64Url(JSON.stringify({ v: 1, c: section }))}`);
    await expect(page.getByRole('status').filter({ hasText: '5 parts of the link could not be read' })).toBeVisible();
    // The second scenario is the untouched default, so the page shows one plan.
    await expect(page.getByRole('radio', { name: 'Mine' })).toHaveCount(0);
    await expect(workflows(page)).toHaveValue('3');
    await expect(agents(page)).toHaveValue('1');
    // Three workflows, one agent, in euros at the content rate.
    await expect(total(page)).toHaveText('€598,000 – €1,219,000');
    await expect(estimate(page).getByText(/^Wrong cut: /)).toHaveCount(0);
    await expectNoAxeViolations(page, 'cost: tampered link notice');
    // Its name was kept: it shows once there are two.
    await page.getByRole('button', { name: 'Compare with another scenario' }).click();
    await expect(page.getByRole('radio', { name: 'Mine' })).not.toBeChecked();

    // A new document each time: a hash-only change on the same page is not a fresh visit.
    await page.goto('about:blank');
    await openCost(page, '/cost/#s=eyJ2IjoxLCJjIjp7InYiOjEsInMiOlt7Im4iOiJBIiwidyI6');
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();

    await page.goto('about:blank');
    await openCost(page, `/cost/#s=${toBase64Url(JSON.stringify({ v: 1, c: { v: 9 } }))}`);
    await expect(page.getByRole('status').filter({ hasText: 'different version of Readiness' })).toBeVisible();
  });

  test('a diagnostic-only link leaves the calculator alone and is offered on the diagnostic', async ({ page }) => {
    const answers = Object.fromEntries(content.questions.map((q) => [q.id, 'y']));
    const fragment = `#s=${toBase64Url(JSON.stringify({ v: 1, a: answers }))}`;
    await openCost(page, `/cost/${fragment}`);
    await expect(total(page)).toHaveText('$410,000 – $925,000');
    await expect(
      page.getByRole('status').filter({ hasText: 'This share link holds answers to the diagnostic' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'cost: a diagnostic link');
    await page.getByRole('button', { name: 'Open it in the diagnostic' }).click();
    await page.waitForURL('**/assessment/');
    // Ten Yes: the last stage's results.
    await expect(page.getByRole('heading', { level: 1, name: content.stages.at(-1)!.name })).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Opened answers from a share link' })).toBeVisible();
  });

  test('a reload keeps the inputs; reset clears them after a confirm', async ({ page }) => {
    await openCost(page);
    await workflows(page).fill('3');
    await page.getByRole('radio', { name: /On-premises/ }).check();
    await expect(total(page)).toHaveText('$663,500 – $1,385,000');
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    await expect(workflows(page)).toHaveValue('3');
    await expect(page.getByRole('radio', { name: /On-premises/ })).toBeChecked();
    await expect(total(page)).toHaveText('$663,500 – $1,385,000');

    await page.getByRole('button', { name: 'Reset to the reference programme' }).click();
    const dialog = page.getByRole('dialog', { name: 'Reset to the reference programme?' });
    await expectNoAxeViolations(page, 'cost: reset dialog');
    await dialog.getByRole('button', { name: 'Yes, reset both scenarios' }).click();
    await expect(total(page)).toHaveText('$410,000 – $925,000');
    await expect(workflows(page)).toHaveValue('1');
    // The reference programme is what shows, so it is what is saved.
    expect(JSON.parse((await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY))!)).toMatchObject({
      s: [
        { w: 1, g: 1, d: 'public-cloud' },
        { w: 1, g: 1 },
      ],
    });
  });

  test('corrupt saved inputs are dropped with a notice and the calculator still works', async ({ page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(
          key,
          '{"v":1,"s":[{"n":"Saved","w":4,"g":-2,"i":"ref","d":"public-cloud","o":{"__proto__":[1,2]}}]}',
        );
        sessionStorage.setItem('seeded', '1');
      }
    }, STORAGE_KEY);
    await openCost(page);
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
    await expect(workflows(page)).toHaveValue('4');
    await expect(agents(page)).toHaveValue('1');

    await page.evaluate((key) => localStorage.setItem(key, 'not json'), STORAGE_KEY);
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    await expect(
      page.getByRole('status').filter({ hasText: 'could not be read, so this page starts afresh' }),
    ).toBeVisible();
    await expect(total(page)).toHaveText('$410,000 – $925,000');
  });

  test('can be used with the keyboard alone', async ({ page }) => {
    await openCost(page);
    let guard = 0;
    while (!(await workflows(page).evaluate((el) => el === document.activeElement))) {
      await page.keyboard.press('Tab');
      if (++guard > 40) throw new Error('the workflows field is not reachable by Tab');
    }
    await page.keyboard.press('Control+A');
    await page.keyboard.type('2');
    await expect(total(page)).toHaveText('$530,000 – $1,125,000');
    // Agents, then the scoping checkbox: Space leaves scoping out.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('checkbox', { name: /Include the scoping engagement/ })).toBeFocused();
    await page.keyboard.press('Space');
    await expect(total(page)).toHaveText('$505,000 – $1,050,000');
    await expect(page.getByRole('row', { name: literally(line('scoping-engagement').label) }).first()).toContainText(
      'Left out',
    );
    await page.keyboard.press('Space');
    await expect(total(page)).toHaveText('$530,000 – $1,125,000');
  });

  test('facilitator, decision, comparison and share-link code loads only when needed; decisions made in another tab reach the hints', async ({
    page,
    context,
  }) => {
    const lazyChunk =
      /\/_astro\/(FacilitatorPanel|NoteField|session|decisions-kit|ScenarioComparison|cost-link)\.[^/]*\.js$/;
    const requested: string[] = [];
    page.on('request', (request) => {
      const chunk = lazyChunk.exec(request.url())?.[1];
      if (chunk) requested.push(chunk);
    });
    await openCost(page);

    // The source's own warning needs no decisions: on-premises with the frontier tier.
    await page.getByRole('radio', { name: /On-premises/ }).check();
    await page.getByRole('radio', { name: /Estimate it from my volume/ }).check();
    await page.getByRole('textbox', { name: 'Tasks per month' }).fill('10000');
    await page.getByRole('radio', { name: /Frontier tier/ }).check();
    await expect(page.getByTestId('decision-warning-frontier-on-prem')).toBeVisible();
    await expect(page.getByTestId('decision-hints-counts')).not.toContainText('From your decisions');
    expect(requested, 'chunks for facilitators, decisions, a comparison or a link, on a device with none').toEqual([]);

    // A use case classified in a second tab while the calculator stays open in the first.
    const other = await context.newPage();
    await gotoAndSettle(other, '/decide/agent-or-automation/');
    await other.locator('[data-ready="true"]').waitFor();
    await other.getByLabel('Name of the use case').fill('Research assistant');
    const groups = other.locator('form[aria-labelledby="use-case-form-title"] fieldset');
    for (const [i, choice] of [2, 2, 2, 2, 2, 1].entries()) await groups.nth(i).getByRole('radio').nth(choice).check();
    await other.getByRole('button', { name: 'Classify this use case' }).click();
    await expect(other.getByTestId('use-case-outcome')).toHaveText('Agent');
    await other.close();

    await expect(page.getByTestId('decision-hints-counts')).toContainText('From your decisions:');
    expect(requested).toEqual(['decisions-kit']);
    await expectNoAxeViolations(page, 'cost: decisions made in another tab');

    await openCost(page, '/cost/?mode=facilitator');
    await expect(page.getByRole('region', { name: 'Facilitator notes on the cost' })).toBeVisible();
    expect(requested).toEqual(expect.arrayContaining(['session', 'FacilitatorPanel', 'NoteField']));
  });

  test('works at 320 px wide without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await openCost(page);
    await page.getByRole('radio', { name: /Estimate it from my volume/ }).check();
    await page.getByRole('textbox', { name: 'Tasks per month' }).fill('50000');
    await page.getByText('I have a real quote for a line').click();
    await page.getByRole('checkbox', { name: literally(line('operations').label) }).check();
    await page.getByRole('radio', { name: /Indian rupee/ }).check();
    await expect(total(page)).toContainText('₹');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'cost at 320 px');
  });
});
