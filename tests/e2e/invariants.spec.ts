/**
 * The seven-invariants self-check: starting points from the diagnostic answers saved on this
 * device, the count of invariants the programme has, changed by keyboard alone. Axe in each state.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { test, expect, expectNoAxeViolations, gotoAndSettle } from './fixtures';
import { chooseRadio, tabTo, waitReady } from './documents-helpers';
import { ROOT } from './routes';
import { STORAGE_KEYS } from '../../src/consts';
import { encodeStoredAssessment } from '../../src/domain/assessment-state';
import type { Answers } from '../../src/domain/answers';

const DIR = path.join(ROOT, 'content', 'invariants');
const invariants = readdirSync(DIR).map(
  (file) =>
    parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(path.join(DIR, file), 'utf8'))![1]!) as {
      id: string;
      title: string;
      questions: string[];
    },
);
const questionIds = readdirSync(path.join(ROOT, 'content', 'questions')).map((f) => f.replace(/\.md$/, ''));

test.describe('invariants', () => {
  test('without a diagnostic: nothing assessed; choices by keyboard are counted and kept', async ({ page }) => {
    await gotoAndSettle(page, '/invariants/');
    await waitReady(page);
    await expect(page.getByText(`You have 0 of the ${invariants.length} invariants.`)).toBeVisible();
    await expect(page.getByText(`Not assessed: ${invariants.length}.`)).toBeVisible();
    await expectNoAxeViolations(page, 'invariants: empty');

    await chooseRadio(page, page.locator('#invariant-evaluation-harness'), 0);
    await chooseRadio(page, page.locator('#invariant-audit-trail'), 1);
    await expect(page.getByText(`You have 1 of the ${invariants.length} invariants.`)).toBeVisible();
    await expect(page.getByText('Partly: 1.')).toBeVisible();
    await page.reload();
    await waitReady(page);
    await expect(page.getByText(`You have 1 of the ${invariants.length} invariants.`)).toBeVisible();
    await expectNoAxeViolations(page, 'invariants: chosen');
  });

  test('the diagnostic answers give each invariant its starting point', async ({ page }) => {
    // Every question Yes except the security review (No): invariants linked only to Yes questions start as "have".
    const answers: Answers = Object.fromEntries(
      questionIds.map((id) => [id, id === 'security-review' ? ('no' as const) : ('yes' as const)]),
    );
    await page.addInitScript(
      ([key, value]) => {
        if (!sessionStorage.getItem('seeded')) {
          localStorage.setItem(key!, value!);
          sessionStorage.setItem('seeded', '1');
        }
      },
      [
        STORAGE_KEYS.answers.key,
        encodeStoredAssessment({ answers, position: { screen: 'check' }, view: 'step' }, questionIds),
      ],
    );
    await gotoAndSettle(page, '/invariants/');
    await waitReady(page);
    const have = invariants.filter((i) => !i.questions.includes('security-review')).length;
    const partly = invariants.filter((i) => i.questions.includes('security-review') && i.questions.length > 1).length;
    await expect(page.getByText(`You have ${have} of the ${invariants.length} invariants.`)).toBeVisible();
    await expect(page.getByText(`Partly: ${partly}.`)).toBeVisible();
    await expect(page.locator('#invariant-red-team-harness-not-yet')).toBeChecked();
    await expect(page.locator('#invariant-red-team-harness-hint')).toContainText('Security review passed: No');
    await expectNoAxeViolations(page, 'invariants: from the diagnostic');

    // Overriding a starting point by keyboard counts the choice instead.
    await tabTo(page, page.locator('#invariant-red-team-harness-not-yet'));
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect(page.locator('#invariant-red-team-harness')).toBeChecked();
    await expect(page.getByText(`You have ${have + 1} of the ${invariants.length} invariants.`)).toBeVisible();
  });
});
