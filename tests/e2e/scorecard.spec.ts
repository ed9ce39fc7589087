/**
 * The day-one scorecard builder: filled by keyboard alone, validation that says what is missing,
 * the offer to mark the outcome-metric and stop-condition questions Yes, persistence, and the
 * standalone one-page signable PDF read back with pdftotext. Axe in every state.
 */
import { test, expect, expectNoAxeViolations, gotoAndSettle } from './fixtures';
import { chooseRadio, downloadByKeyboard, pressButton, typeInto, waitReady } from './documents-helpers';
import { STORAGE_KEYS } from '../../src/consts';

const field = (page: import('@playwright/test').Page, id: string) => page.locator(`#scorecard-${id}`);
const check = (page: import('@playwright/test').Page) => page.getByRole('button', { name: 'Check the scorecard' });

const FILLED = {
  programme: 'Supplier disputes',
  metric: 'Average handling time for supplier disputes',
  unit: 'minutes per case',
  baseline: '14',
  baselineMeasuredOn: '2026-11-30',
  target: '9',
  targetDate: '2027-06-30',
  stopResult: 'Handling time still above 12 minutes',
  stopDate: '2027-03-31',
  sponsor: 'Dana Whitfield',
  sponsorDate: '2027-01-15',
  finance: 'Priya Raman',
  financeDate: '2027-01-16',
};

test.describe('scorecard', () => {
  // Filling a whole document one Tab at a time takes many round trips; on a busy machine that
  // outlasts the default 30 s, which is a time limit, not a budget this test checks.
  test.setTimeout(120_000);

  test.beforeEach(async ({ page }) => {
    await gotoAndSettle(page, '/scorecard/');
    await waitReady(page);
  });

  test('empty: axe passes, and Check lists every missing part, each linking to its field', async ({ page }) => {
    await expectNoAxeViolations(page, 'scorecard: empty');
    await pressButton(page, check(page));
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Enter the outcome metric');
    await expect(summary).toContainText('Choose how often the scorecard is reviewed');
    await expect(summary).toContainText('Choose whether the stop condition ends or rescopes the programme');
    await expect(summary).toContainText('Enter the name of who signs for finance partner');
    await expectNoAxeViolations(page, 'scorecard: errors');
    // The first link takes focus to the first field at fault.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(field(page, 'programme')).toBeFocused();
  });

  test('a target without a baseline is named as such', async ({ page }) => {
    await typeInto(page, field(page, 'target'), '9');
    await pressButton(page, check(page));
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText(
      'There is a target without a baseline',
    );
    await expect(field(page, 'baseline')).toHaveAttribute('aria-invalid', 'true');
  });

  test('filled by keyboard: complete, offers the diagnostic Yes, survives a reload, prints one signable page', async ({
    page,
  }) => {
    await typeInto(page, field(page, 'programme'), FILLED.programme);
    await typeInto(page, field(page, 'metric'), FILLED.metric);
    await typeInto(page, field(page, 'unit'), FILLED.unit);
    await typeInto(page, field(page, 'baseline'), FILLED.baseline);
    await typeInto(page, field(page, 'baselineMeasuredOn'), FILLED.baselineMeasuredOn);
    await typeInto(page, field(page, 'target'), FILLED.target);
    await typeInto(page, field(page, 'targetDate'), FILLED.targetDate);
    await chooseRadio(page, field(page, 'cadence'), 2); // Monthly
    await typeInto(page, field(page, 'stopResult'), FILLED.stopResult);
    await typeInto(page, field(page, 'stopDate'), FILLED.stopDate);
    await chooseRadio(page, field(page, 'stopAction'), 1); // Rescopes
    await typeInto(page, field(page, 'signOffs-programme-sponsor-name'), FILLED.sponsor);
    await typeInto(page, field(page, 'signOffs-programme-sponsor-date'), FILLED.sponsorDate);
    await typeInto(page, field(page, 'signOffs-finance-partner-name'), FILLED.finance);
    await typeInto(page, field(page, 'signOffs-finance-partner-date'), FILLED.financeDate);
    await pressButton(page, check(page));

    await expect(page.getByRole('alert', { name: 'There is a problem' })).toHaveCount(0);
    await expect(page.getByText('The scorecard is complete.')).toBeVisible();
    await expectNoAxeViolations(page, 'scorecard: complete');

    await pressButton(page, page.getByRole('button', { name: 'Mark them Yes in the diagnostic' }));
    await expect(page.getByText(/Marked Yes in the diagnostic: Outcome metric, Stop condition/)).toBeVisible();
    const answers = await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEYS.answers.key);
    expect(answers).not.toBeNull();

    await page.reload();
    await waitReady(page);
    await expect(field(page, 'metric')).toHaveValue(FILLED.metric);
    await expect(page.getByRole('radio', { name: 'Monthly' })).toBeChecked();

    const pdf = await downloadByKeyboard(page, page.getByRole('button', { name: /Download the scorecard/ }));
    expect(pdf.pages).toBe(1);
    expect(pdf.name).toMatch(/^scorecard-supplier-disputes-\d{4}-\d{2}-\d{2}\.pdf$/);
    for (const text of [
      FILLED.programme,
      FILLED.metric,
      FILLED.unit,
      `${FILLED.baseline} ${FILLED.unit}`,
      '30 November 2026',
      `${FILLED.target} ${FILLED.unit}`,
      '30 June 2027',
      'Monthly',
      FILLED.stopResult,
      '31 March 2027',
      'Rescopes the programme',
      FILLED.sponsor,
      '15 January 2027',
      FILLED.finance,
      '16 January 2027',
      'Programme sponsor',
      'Finance partner',
      'Signature',
    ])
      expect(pdf.text).toContain(text);
    await expectNoAxeViolations(page, 'scorecard: after download');
  });
});
