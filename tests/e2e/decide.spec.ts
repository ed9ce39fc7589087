/**
 * The two decisions end to end, keyboard only: classify use cases (agent / automation / hybrid),
 * take the deployment steps by elimination, and see both prefill the cost calculator, which then
 * warns where its inputs contradict them. Axe in each state.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, gotoAndSettle } from './fixtures';

// This spec never makes a PDF: its pages run without the PDF engine's background work (fixtures.ts).
test.use({ pdfEngine: 'absent' });

const DECISIONS_KEY = 'readiness:v1:decisions';

async function openDecide(page: Page, path: string) {
  await gotoAndSettle(page, path);
  await page.locator('[data-ready="true"]').waitFor();
}

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`could not reach ${String(target)} with Tab`);
}

/** Tabs into a radio group and picks the option at `index` with the arrow keys. */
async function chooseRadio(page: Page, group: Locator, index: number) {
  await tabTo(page, group.getByRole('radio').first());
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await expect(group.getByRole('radio').nth(index)).toBeChecked();
}

/** Fills the use-case form with the keyboard: a name, then one option index per question. */
async function classify(page: Page, name: string, choices: number[]) {
  await tabTo(page, page.getByLabel('Name of the use case'));
  // Reaching the field is the keyboard check; the text goes in at once (typing speed proves nothing).
  await page.keyboard.insertText(name);
  const groups = page.locator('form[aria-labelledby="use-case-form-title"] fieldset');
  for (const [i, choice] of choices.entries()) await chooseRadio(page, groups.nth(i), choice);
  await tabTo(page, page.getByRole('button', { name: 'Classify this use case' }));
  await page.keyboard.press('Enter');
  // Focus moves to the new use case's heading, so the result is read next.
  await expect(page.getByRole('heading', { name, level: 3 })).toBeFocused();
}

test.describe('decide', () => {
  // Each test fills several forms key by key and runs four axe passes: more than the default allowance.
  test.describe.configure({ timeout: 120_000 });

  test('three use cases prefill the calculator, which warns on on-prem with the frontier tier', async ({ page }) => {
    await openDecide(page, '/decide/agent-or-automation/');
    await expect(page).toHaveTitle('Agent or automation · Readiness');
    await expectNoAxeViolations(page, 'agent-or-automation: empty');

    // Submitting with nothing filled in: an error summary takes focus, each error links to its field.
    await tabTo(page, page.getByRole('button', { name: 'Classify this use case' }));
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(7);
    await expect(summary.getByRole('link').first()).toHaveText('Enter a name for the use case');
    await expectNoAxeViolations(page, 'agent-or-automation: errors');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByLabel('Name of the use case')).toBeFocused();

    await page.keyboard.insertText('Invoice matching');
    const groups = page.locator('form[aria-labelledby="use-case-form-title"] fieldset');
    for (let i = 0; i < 6; i++) await chooseRadio(page, groups.nth(i), 0);
    await tabTo(page, page.getByRole('button', { name: 'Classify this use case' }));
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { name: 'Invoice matching', level: 3 })).toBeFocused();

    await classify(page, 'Supplier onboarding', [0, 1, 1, 0, 0, 0]);
    await classify(page, 'Research assistant', [2, 2, 2, 2, 2, 1]);

    const cards = page.getByTestId('use-case');
    await expect(cards.getByTestId('use-case-outcome')).toHaveText([
      'Workflow automation',
      'Workflow automation',
      'Agent',
    ]);
    await expect(cards.nth(2)).toContainText('The path is determined at runtime');
    await expect(cards.nth(2)).toContainText('Automating a branchy task collapses into a rule engine.');
    await expect(cards.nth(0)).toContainText(
      'Agent-ifying a workflow blows out inference cost and evaluation complexity.',
    );
    await expect(page.getByTestId('decision-counts')).toContainText('From your decisions: 2 workflows, 1 agent.');
    await expectNoAxeViolations(page, 'agent-or-automation: three use cases');

    await openDecide(page, '/cost/');
    await expect(page.getByLabel('Number of workflows')).toHaveValue('2');
    await expect(page.getByLabel('Number of agents')).toHaveValue('1');
    await expect(page.getByTestId('decision-hints-counts')).toContainText('From your decisions: 2 workflows, 1 agent.');
    await expect(page.getByTestId('year-one-total')).toHaveText('$530,000 – $1,125,000');

    // Still editable: a third agent is accepted, with a warning rather than a block.
    // The calculator is long: focus moves straight to each control, which is then worked by keyboard.
    await page.getByLabel('Number of agents').focus();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('3');
    const agentsWarning = page.getByTestId('decision-warning-agents-over-decisions');
    await expect(agentsWarning).toContainText('You plan 3 agents in this estimate, but only 1 of your use cases');
    await expect(page.getByLabel('Number of agents')).toHaveValue('3');

    // On-premises with the frontier tier: warned, with the source's reason.
    const onPrem = page.getByRole('radio', { name: /On-premises/ });
    await page.getByRole('radio', { name: /Public cloud/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(onPrem).toBeChecked();
    await page.getByRole('radio', { name: /Use the reference range/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox', { name: 'Tasks per month' })).toBeFocused();
    await page.keyboard.type('10000');
    const frontier = page.getByRole('radio', { name: /Frontier tier/ });
    await page.keyboard.press('Tab');
    if (!(await frontier.isChecked())) await page.keyboard.press('ArrowDown');
    await expect(frontier).toBeChecked();
    const frontierWarning = page.getByTestId('decision-warning-frontier-on-prem');
    await expect(frontierWarning).toContainText('Frontier models are not available on-prem at frontier scale');
    await expect(frontierWarning.getByRole('link', { name: 'Review where it runs' })).toHaveAttribute(
      'href',
      '/decide/deployment/',
    );
    await expectNoAxeViolations(page, 'cost: decisions with warnings');
  });

  test('the deployment steps eliminate options with reasons and prefill the calculator', async ({ page }) => {
    await openDecide(page, '/decide/deployment/?mode=facilitator');
    await expectNoAxeViolations(page, 'deployment: first step');

    // Continue without an answer: the summary says what to do.
    await tabTo(page, page.getByRole('button', { name: 'Continue' }));
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Select an answer to “What do regulation');
    await expectNoAxeViolations(page, 'deployment: error');

    const step = () => page.locator('form[aria-labelledby="deployment-step-title"] fieldset');
    const answer = async (index: number) => {
      await chooseRadio(page, step(), index);
      await tabTo(page, page.getByRole('button', { name: 'Continue' }));
      await page.keyboard.press('Enter');
    };
    await answer(0); // no regulatory constraint
    await expect(page.locator('#deployment-step-title')).toBeFocused();
    await answer(2); // real-time voice
    await answer(1); // frontier models
    await answer(1); // no MLOps yet

    const outcome = page.getByTestId('deployment-outcome');
    await expect(page.locator('#deployment-outcome-title')).toBeFocused();
    // The option comes first, under the heading, then the reason.
    await expect(outcome.getByRole('paragraph').first()).toHaveText('Public cloud');
    await expect(outcome).toContainText('Public cloud is the only option that passes every step.');
    const trail = page.getByTestId('deployment-trail');
    // Only the latency envelope ruled anything out; later steps had nothing left to rule out.
    await expect(trail.locator(':scope > li').filter({ hasText: 'Rules out' })).toHaveCount(1);
    await expect(trail).toContainText('Rules out Sovereign cloud');
    await expect(trail).toContainText('Rules out On-premises');
    await expectNoAxeViolations(page, 'deployment: outcome');

    // Facilitator notes on the decision are kept with it.
    await tabTo(page, page.getByLabel('Notes on where it runs'));
    await page.keyboard.insertText('CISO to confirm latency figures');
    await expect
      .poll(() => page.evaluate((key) => localStorage.getItem(key), DECISIONS_KEY))
      .toContain('CISO to confirm latency figures');

    await openDecide(page, '/cost/');
    await expect(page.getByRole('radio', { name: /Public cloud/ })).toBeChecked();
    await expect(page.getByTestId('decision-hints-deployment')).toContainText('From your decisions: Public cloud.');

    // On-premises was ruled out by the latency envelope: warned, never blocked.
    await page.getByRole('radio', { name: /Public cloud/ }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('radio', { name: /On-premises/ })).toBeChecked();
    await expect(page.getByTestId('decision-warning-eliminated-deployment')).toContainText(
      'On-premises was ruled out at the latency envelope',
    );
    await expect(page.getByRole('button', { name: 'Use this deployment' })).toBeVisible();
    await expectNoAxeViolations(page, 'cost: eliminated deployment');
  });

  test('each deployment step names itself on its own line above the question, at every width', async ({ page }) => {
    await openDecide(page, '/decide/deployment/');
    const heading = page.getByRole('heading', { level: 2, name: /^Step 1 of 4: Regulatory constraint What do/ });
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: 900 });
      // The eyebrow's box ends above the first line of the question's words.
      const gap = await heading.evaluate((h) => {
        const eyebrow = h.querySelector('.eyebrow')!;
        const words = document.createRange();
        words.setStartAfter(eyebrow);
        words.setEndAfter(h.lastChild!);
        const firstLine = [...words.getClientRects()].filter((r) => r.width > 0)[0]!;
        return firstLine.top - eyebrow.getBoundingClientRect().bottom;
      });
      expect(gap, `at ${width} px`).toBeGreaterThanOrEqual(0);
    }
  });
});
