/**
 * The partner-commitments check: six commitments answered by keyboard alone, the error summary
 * for unanswered ones, the pilot/system verdict and what to ask for. Axe in each state.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, gotoAndSettle } from './fixtures';
import { chooseRadio, pressButton, waitReady } from './documents-helpers';
import { ROOT } from './routes';

/** The verdict's headline: the strong first line of the Verdict region. */
const verdictTitle = (page: Page) => page.getByRole('region', { name: 'Verdict' }).getByRole('strong').first();
const yaml = (file: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!);
const DIR = path.join(ROOT, 'content', 'partner-commitments', 'commitments');
const commitments = readdirSync(DIR)
  .map((file) => yaml(path.join(DIR, file)) as { id: string; order: number; commitment: string; askFor: string })
  .sort((a, b) => a.order - b.order);
const verdict = yaml(path.join(ROOT, 'content', 'partner-commitments', 'verdict.md')) as {
  system: string;
  pilot: string;
};

test.describe('partner check', () => {
  test.beforeEach(async ({ page }) => {
    await gotoAndSettle(page, '/partner-check/');
    await waitReady(page);
  });

  test('unanswered commitments are listed in an error summary', async ({ page }) => {
    await expectNoAxeViolations(page, 'partner check: empty');
    await chooseRadio(page, page.locator(`#commitment-${commitments[0]!.id}`), 0);
    await pressButton(page, page.getByRole('button', { name: 'See the verdict' }));
    const summary = page.getByRole('alert', { name: 'There is a problem' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(commitments.length - 1);
    await expectNoAxeViolations(page, 'partner check: errors');
  });

  test('one commitment missing: selling you a pilot, with what to ask for; all six: a system', async ({ page }) => {
    for (const [i, c] of commitments.entries())
      await chooseRadio(page, page.locator(`#commitment-${c.id}`), i === 1 ? 1 : 0);
    await pressButton(page, page.getByRole('button', { name: 'See the verdict' }));
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toHaveCount(0);
    await expect(verdictTitle(page)).toHaveText(verdict.pilot);
    await expect(page.getByRole('listitem').filter({ hasText: commitments[1]!.askFor })).toBeVisible();
    await expectNoAxeViolations(page, 'partner check: pilot');

    await chooseRadio(page, page.locator(`#commitment-${commitments[1]!.id}`), 0);
    await expect(verdictTitle(page)).toHaveText(verdict.system);
    await expect(page.getByText(commitments[1]!.askFor)).toHaveCount(0);
    await expectNoAxeViolations(page, 'partner check: system');
  });
});
