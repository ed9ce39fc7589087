/**
 * The report end to end: /report/ with both parts, with one, with neither; the PDF downloaded
 * from it (and from the results screen) read back with pdftotext; the PDF engine fetched once;
 * axe on every state. Expectations come from content/, not from the components.
 */
import type { Download, Page } from '@playwright/test';
import { poppler } from '../helpers/poppler';
import { test, expect, expectNoAxeViolations, gotoAndSettle, type Guards, PDF_ENGINE_SCRIPT } from './fixtures';
import { loadScenarioNames, loadSiteContent } from '../helpers/load-content';
import { encodeStoredCost, initialCostState, type CostContext } from '../../src/domain/cost-state';
import { encodeStoredSession } from '../../src/domain/session-state';
import type { AnswerValue } from '../../src/domain/content-types';

const content = loadSiteContent();
const questions = content.questions;
const ids = questions.map((q) => q.id);
const KEY: Record<AnswerValue, string> = { yes: 'y', no: 'n', unsure: 'u' };
const costContext: CostContext = {
  content,
  removableLineIds: content.costLines
    .filter((l) => l.kind === 'build' && l.scalesWith === 'programme' && !l.protected)
    .map((l) => l.id),
  scenarioNames: loadScenarioNames(content),
};

/** Six Yes then Not sure: Distributed delivery, stalling at question 7. */
const SIX_YES: AnswerValue[] = ids.map((_, i) => (i < 6 ? 'yes' : 'unsure'));
const stage = content.stages.find((s) => s.id === 'distributed-delivery')!;
const stall = questions[6]!;

/** Completes the diagnostic through its keyboard shortcuts, as a visitor would. */
async function completeDiagnostic(page: Page, answers: AnswerValue[] = SIX_YES) {
  await gotoAndSettle(page, '/assessment/');
  await page.locator('[data-ready="true"]').waitFor();
  for (const answer of answers) await page.keyboard.press(KEY[answer]);
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(stage.name);
}

/** Stores the calculator's reference programme the way the cost store saves it. */
async function completeCost(page: Page) {
  await gotoAndSettle(page, '/');
  const stored = encodeStoredCost(initialCostState(costContext), costContext);
  await page.evaluate((value) => localStorage.setItem('readiness:v1:cost', value), stored);
}

async function openReport(page: Page) {
  await gotoAndSettle(page, '/report/');
  await page.locator('[data-ready="true"]').waitFor();
}

/** Clicks "Download PDF", waits for the file and returns pdftotext's reading of it. */
async function downloadPdf(page: Page, guards: Guards, button = page.getByRole('button', { name: 'Download PDF' })) {
  // The page may have fetched the engine already, in idle time once the report was on screen
  // (report-print.spec.ts checks that it never does during the first load); the click then
  // reuses it, else fetches it once.
  const before = guards.requestsMatching(PDF_ENGINE_SCRIPT).length;
  const downloading = page.waitForEvent('download');
  await button.click();
  const download: Download = await downloading;
  const after = guards.requestsMatching(PDF_ENGINE_SCRIPT).length;
  expect(after).toBeGreaterThanOrEqual(1);
  expect(after - before).toBeLessThanOrEqual(1);
  const file = await download.path();
  const text = poppler('pdftotext', ['-layout', file, '-']).replace(/\s+/g, ' ');
  const info = poppler('pdfinfo', [file]);
  return { name: download.suggestedFilename(), text, info };
}

test.describe('report', () => {
  test('both parts: the page, axe, and a PDF holding stage, score, stall point, plan and cost', async ({
    page,
    guards,
  }) => {
    await completeDiagnostic(page);
    await completeCost(page);
    await openReport(page);

    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI readiness report');
    await expect(page.getByTestId('stage-name')).toHaveText(stage.name);
    await expect(page.getByText(`6 of ${questions.length}`)).toBeVisible();
    await expect(page.getByRole('region', { name: 'Summary' }).getByText(stall.text)).toBeVisible();
    await expect(page.getByTestId('year-one-total')).toHaveText('$410,000 – $925,000');
    await expect(page.getByRole('heading', { name: 'Not in this report yet' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'report: both parts');

    const pdf = await downloadPdf(page, guards);
    const today = await page.evaluate(() => {
      const d = new Date();
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
    });
    expect(pdf.name).toBe(`readiness-full-report-${today}.pdf`);
    expect(pdf.text).toContain(stage.name);
    expect(pdf.text).toContain(`6 of ${questions.length}`);
    expect(pdf.text).toContain(stall.text);
    expect(pdf.text).toContain('The next 90 days');
    expect(pdf.text).toContain('$410,000');
    expect(pdf.text).toContain('$925,000');
    expect(pdf.text).toContain('Generated in your browser — nothing was sent anywhere.');
    expect(pdf.info).toMatch(/Title:\s+AI readiness report/);
    expect(pdf.info).toMatch(/Author:\s+Readiness/);
    await expect(page.getByRole('status').filter({ hasText: 'PDF ready' })).toBeVisible();
    await expectNoAxeViolations(page, 'report: after download');
  });

  test('documents and decisions: the results and the report point to the documents, and show a scorecard and a use case', async ({
    page,
    guards,
  }) => {
    test.setTimeout(120_000);
    // Every answer Yes but the outcome metric (No) and the security review (Not sure).
    const label = (id: string) => questions.find((q) => q.id === id)!.label;
    const answers: AnswerValue[] = ids.map((id) =>
      id === 'outcome-metric' ? 'no' : id === 'security-review' ? 'unsure' : 'yes',
    );
    await gotoAndSettle(page, '/assessment/');
    await page.locator('[data-ready="true"]').waitFor();
    for (const answer of answers) await page.keyboard.press(KEY[answer]);
    await page.getByRole('button', { name: 'See your results' }).click();
    const resultsLinks = page.getByRole('region', { name: 'The documents that close these gaps' });
    await expect(resultsLinks.getByRole('link')).toHaveText([
      'Day-one scorecard',
      'Production-readiness definition',
      'The seven invariants',
    ]);
    await expect(resultsLinks.getByRole('listitem').first()).toContainText(`“${label('outcome-metric')}”`);
    await expect(resultsLinks.getByRole('listitem').nth(1)).toContainText(`“${label('security-review')}”`);
    await expect(resultsLinks).not.toContainText('outcome-metric');
    await expectNoAxeViolations(page, 'results: documents that close the gaps');

    // A scorecard, typed on its page.
    await gotoAndSettle(page, '/scorecard/');
    await page.locator('[data-ready="true"]').waitFor();
    await page.locator('#scorecard-programme').fill('Supplier disputes');
    await page.locator('#scorecard-metric').fill('Average handling time for supplier disputes');
    await page.locator('#scorecard-target').fill('9');
    await expect
      .poll(() => page.evaluate(() => localStorage.getItem('readiness:v1:scorecard') ?? ''))
      .toContain('Average handling time');

    // A use case, classified on its page.
    await gotoAndSettle(page, '/decide/agent-or-automation/');
    await page.locator('[data-ready="true"]').waitFor();
    await page.getByLabel('Name of the use case').fill('Invoice matching');
    const groups = page.locator('form[aria-labelledby="use-case-form-title"] fieldset');
    for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Classify this use case' }).click();
    await expect(page.getByRole('heading', { name: 'Invoice matching', level: 3 })).toBeVisible();

    await openReport(page);
    const reportLinks = page.getByRole('region', { name: 'The documents that close these gaps' });
    await expect(reportLinks.getByRole('link', { name: 'Day-one scorecard' })).toHaveAttribute('href', '/scorecard/');
    const documents = page.getByRole('region', { name: 'Documents', exact: true });
    await expect(documents.getByRole('heading', { name: 'Day-one scorecard', level: 3 })).toBeVisible();
    await expect(documents).toContainText('Average handling time for supplier disputes');
    await expect(documents).toContainText('Supplier disputes');
    // Only what was filled in: no invariants check, definition or partner check.
    await expect(documents.getByRole('heading', { level: 3 })).toHaveCount(1);
    const decisions = page.getByRole('region', { name: 'Decisions' });
    await expect(decisions).toContainText('Invoice matching: Workflow automation');
    await expectNoAxeViolations(page, 'report: documents and decisions');

    const pdf = await downloadPdf(page, guards);
    expect(pdf.text).toContain('Documents: scorecard drafted.');
    expect(pdf.text).toContain('Average handling time for supplier disputes');
    expect(pdf.text).toContain('Invoice matching: Workflow automation');
    expect(pdf.text).toContain(`Closes your gap on “${label('outcome-metric')}”.`);
    expect(pdf.text).not.toMatch(/\/(?:scorecard|invariants|readiness-definition|decide)\//);
  });

  test('the documents’ and decisions’ code loads only when one is saved; one saved or edited in another tab appears', async ({
    page,
    context,
  }) => {
    const partsChunk = /\/_astro\/saved-parts\.[^/]*\.js$/;
    const requested: string[] = [];
    page.on('request', (request) => {
      if (partsChunk.test(request.url())) requested.push(request.url());
    });
    await completeDiagnostic(page);
    await openReport(page);
    await expect(page.getByTestId('stage-name')).toHaveText(stage.name);
    const documents = page.getByRole('region', { name: 'Documents', exact: true });
    await expect(documents).toHaveCount(0);
    expect(requested, 'the parts’ chunk, on a report with neither').toEqual([]);

    // A scorecard typed in a second tab while the report stays open in the first.
    const other = await context.newPage();
    await gotoAndSettle(other, '/scorecard/');
    await other.locator('[data-ready="true"]').waitFor();
    await other.locator('#scorecard-programme').fill('Supplier disputes');
    await expect(documents.getByRole('heading', { name: 'Day-one scorecard', level: 3 })).toBeVisible();
    await expect(documents).toContainText('Supplier disputes');
    expect(requested).toHaveLength(1);
    await expectNoAxeViolations(page, 'report: a document saved in another tab');
    // Edited again there, the open report follows: it reads the documents whenever they change.
    await other.locator('#scorecard-programme').fill('Supplier onboarding');
    await expect(documents).toContainText('Supplier onboarding');
    await expect(documents).not.toContainText('Supplier disputes');
    await other.close();
  });

  test('diagnostic only: says the cost is missing and links to it', async ({ page }) => {
    await completeDiagnostic(page);
    await openReport(page);
    await expect(page.getByRole('heading', { name: 'Not in this report yet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Estimate the year-one cost' })).toHaveAttribute('href', '/cost/');
    await expect(page.getByTestId('stage-name')).toHaveText(stage.name);
    await expect(page.getByTestId('year-one-total')).toHaveCount(0);
    await expectNoAxeViolations(page, 'report: diagnostic only');
  });

  test('cost only: says the diagnostic is missing, and the PDF is named for the cost', async ({ page, guards }) => {
    await completeCost(page);
    await openReport(page);
    await expect(page.getByRole('link', { name: 'Start the diagnostic' })).toHaveAttribute('href', '/assessment/');
    await expect(page.getByTestId('year-one-total')).toHaveText('$410,000 – $925,000');
    await expectNoAxeViolations(page, 'report: cost only');
    const pdf = await downloadPdf(page, guards);
    expect(pdf.name).toMatch(/^readiness-cost-report-\d{4}-\d\d-\d\d\.pdf$/);
    expect(pdf.text).toContain('$410,000 – $925,000');
    expect(pdf.text).toContain('This report does not cover the diagnostic');
    // Paper gets no calls to action and no links back to this machine.
    expect(pdf.text).not.toContain('Start the diagnostic');
    expect(pdf.text).not.toMatch(/localhost|127\.0\.0\.1/);
  });

  test('neither: a clear message, links to both, no PDF button', async ({ page, guards }) => {
    await openReport(page);
    await expect(page.getByRole('heading', { name: 'Nothing to report yet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Start the diagnostic' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Estimate the year-one cost' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Download PDF' })).toHaveCount(0);
    await expectNoAxeViolations(page, 'report: empty');
    expect(guards.requestsMatching(PDF_ENGINE_SCRIPT)).toEqual([]);
  });

  test('an unfinished diagnostic is left out, with how much is left', async ({ page }) => {
    await gotoAndSettle(page, '/assessment/');
    await page.locator('[data-ready="true"]').waitFor();
    for (const answer of SIX_YES.slice(0, 3)) await page.keyboard.press(KEY[answer]);
    await openReport(page);
    await expect(page.getByText(`3 of ${questions.length} questions answered`)).toBeVisible();
    await expect(page.getByRole('link', { name: 'Finish the diagnostic' })).toBeVisible();
  });

  test('a facilitator session puts the client label and notes on the page and in the PDF', async ({ page, guards }) => {
    await completeDiagnostic(page);
    const session = encodeStoredSession({
      facilitator: true,
      presentation: false,
      clientLabel: 'Acme Bank',
      notes: { [stall.id]: 'Finance can produce this within a month.' },
    });
    await page.evaluate((value) => localStorage.setItem('readiness:v1:session', value), session);
    await openReport(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI readiness report: Acme Bank');
    const notes = page.getByRole('region', { name: 'Facilitator notes' });
    await expect(notes).toContainText(stall.label);
    await expect(notes).toContainText('Finance can produce this within a month.');
    await expectNoAxeViolations(page, 'report: with facilitator notes');
    const pdf = await downloadPdf(page, guards);
    expect(pdf.name).toMatch(/^acme-bank-diagnostic-report-\d{4}-\d\d-\d\d\.pdf$/);
    expect(pdf.text).toContain('AI readiness report: Acme Bank');
    expect(pdf.text).toContain('Finance can produce this within a month.');
  });

  test('a PDF that cannot be made says so and points to the page itself', async ({ page, guards }) => {
    await completeCost(page);
    await page.route(PDF_ENGINE_SCRIPT, (route) => route.abort());
    // The aborted chunk is the point of this test; the browser logs it as a failed load.
    guards.allowConsoleError(/render-pdf|Failed to load resource|net::ERR_FAILED/);
    await openReport(page);
    await page.getByRole('button', { name: 'Download PDF' }).click();
    await expect(page.getByRole('alert')).toContainText('The PDF could not be made in this browser');
    await expect(page.getByRole('button', { name: 'Download PDF' })).not.toHaveAttribute('aria-disabled', 'true');
    await expectNoAxeViolations(page, 'report: PDF failed');
  });

  test.describe('with the PDF engine absent (the pdfEngine switch of fixtures.ts)', () => {
    test.use({ pdfEngine: 'absent' });

    test('a click on Download PDF fails on the page, so no spec that makes a PDF can pass without the engine', async ({
      page,
    }) => {
      await completeCost(page);
      await openReport(page);
      await page.getByRole('button', { name: 'Download PDF' }).click();
      await expect(page.getByRole('alert')).toContainText('The PDF could not be made in this browser');
    });
  });

  test('the results screen downloads the same report', async ({ page, guards }) => {
    await completeDiagnostic(page);
    // The results show the action group twice (under the stage and at the end): the first.
    const pdf = await downloadPdf(page, guards, page.getByRole('button', { name: 'Download PDF' }).first());
    expect(pdf.name).toMatch(/^readiness-diagnostic-report-/);
    expect(pdf.text).not.toContain('Open the full report');
    expect(pdf.text).not.toMatch(/localhost|127\.0\.0\.1/);
    expect(pdf.text).toContain(stall.text);
  });

  test('the PDF is laid out in a worker, which renders each change ahead of the click', async ({ page, guards }) => {
    // What the page asks the PDF worker for, in order: the kind of request and the cost it prints.
    await page.addInitScript(() => {
      const requests: { kind: string; costs: string[] }[] = [];
      (window as unknown as { pdfRequests: typeof requests }).pdfRequests = requests;
      const post = Worker.prototype.postMessage;
      Worker.prototype.postMessage = function (this: Worker, message: unknown, options?: StructuredSerializeOptions) {
        const { kind, report } = message as { kind: string; report: unknown };
        requests.push({ kind, costs: JSON.stringify(report).match(/\$[\d,]{7,}/g) ?? [] });
        return post.call(this, message, options);
      } as Worker['postMessage'];
    });
    const posted = () =>
      page.evaluate(() => (window as unknown as { pdfRequests: { kind: string; costs: string[] }[] }).pdfRequests);
    await completeDiagnostic(page);
    await gotoAndSettle(page, '/cost/');
    await page.locator('[data-ready="true"]').waitFor();
    // The visitor's first use of the page has the worker render the report as it stands...
    await page.getByLabel('Number of workflows').focus();
    await expect
      .poll(async () => (await posted()).some((r) => r.kind === 'render' && r.costs.includes('$410,000')))
      .toBe(true);
    // ...and a change has it render the changed report, with no click.
    await page.getByLabel('Number of workflows').fill('2');
    await expect(page.getByText('$530,000').first()).toBeVisible();
    await expect
      .poll(async () => (await posted()).some((r) => r.kind === 'render' && r.costs.includes('$530,000')))
      .toBe(true);
    expect(page.workers().map((worker) => worker.url())).toContainEqual(expect.stringMatching(PDF_ENGINE_SCRIPT));

    const pdf = await downloadPdf(page, guards);
    expect(pdf.text).toContain('$530,000');
    expect(pdf.text).not.toContain('$410,000 –');
    // One worker for the page's life: the click reused the one that rendered ahead.
    expect(guards.requestsMatching(PDF_ENGINE_SCRIPT)).toHaveLength(1);
  });

  test('the cost calculator downloads the same report, with the estimate on screen and the diagnostic', async ({
    page,
    guards,
  }) => {
    await completeDiagnostic(page);
    await gotoAndSettle(page, '/cost/');
    await page.locator('[data-ready="true"]').waitFor();
    // The questions, stages and words the PDF prints are not part of the page's load: they are
    // fetched once the visitor is at the page, at most once.
    const reportContent = /\/report-content\.json$/;
    expect(guards.requestsMatching(reportContent)).toEqual([]);
    await page.getByLabel('Number of workflows').fill('2');
    await expect(page.getByText('$530,000').first()).toBeVisible();
    const pdf = await downloadPdf(page, guards);
    expect(guards.requestsMatching(reportContent)).toHaveLength(1);
    expect(pdf.name).toMatch(/^readiness-full-report-/);
    expect(pdf.text).toContain('$530,000');
    expect(pdf.text).toContain('$1,125,000');
    expect(pdf.text).toContain(stage.name);
    expect(pdf.text).toContain(stall.text);
  });
});
