/**
 * The production-readiness definition builder: defaults from content, the completeness meter,
 * filled by keyboard alone, and the standalone one-page signable PDF. Axe in every state.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, gotoAndSettle } from './fixtures';
import { downloadByKeyboard, pressButton, typeInto, waitReady } from './documents-helpers';
import { ROOT } from './routes';

interface Element {
  id: string;
  order: number;
  label: string;
  defaultTarget: string;
  defaultOwner: string;
}

const frontmatter = (file: string) => parseYaml(/^---\n([\s\S]*?)\n---/.exec(readFileSync(file, 'utf8'))![1]!);
const ELEMENTS_DIR = path.join(ROOT, 'content', 'readiness-definition', 'elements');
const elements: Element[] = readdirSync(ELEMENTS_DIR)
  .map((file) => frontmatter(path.join(ELEMENTS_DIR, file)) as Element)
  .sort((a, b) => a.order - b.order);
const roles = (
  frontmatter(path.join(ROOT, 'content', 'readiness-definition', 'document.md')) as {
    signOffRoles: { id: string; label: string }[];
  }
).signOffRoles;

const field = (page: Page, id: string) => page.locator(`#definition-${id}`);

test.describe('readiness definition', () => {
  // Filling a whole document one Tab at a time takes many round trips; on a busy machine that
  // outlasts the default 30 s, which is a time limit, not a budget this test checks.
  test.setTimeout(120_000);

  test.beforeEach(async ({ page }) => {
    await gotoAndSettle(page, '/readiness-definition/');
    await waitReady(page);
  });

  test('starts from the content defaults, with the meter short of complete', async ({ page }) => {
    for (const element of elements) {
      await expect(field(page, `elements-${element.id}-target`)).toHaveValue(element.defaultTarget);
      await expect(field(page, `elements-${element.id}-owner`)).toHaveValue(element.defaultOwner);
    }
    await expect(page.getByText(`0 of ${elements.length} elements`)).toBeVisible();
    await expectNoAxeViolations(page, 'definition: defaults');
    await pressButton(page, page.getByRole('button', { name: 'Check the definition' }));
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toBeFocused();
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toContainText('Enter the name of the system');
    await expectNoAxeViolations(page, 'definition: errors');
  });

  test('filled by keyboard: complete, and prints one signable page with every field and role', async ({ page }) => {
    await typeInto(page, field(page, 'system'), 'Dispute triage agent');
    for (const element of elements)
      await typeInto(page, field(page, `elements-${element.id}-evidence`), `Evidence for ${element.id}`);
    await typeInto(page, field(page, 'elements-runbook-owner'), 'Sam Okafor');
    await typeInto(page, field(page, 'agreedOn'), '2027-01-10');
    for (const [i, role] of roles.entries()) {
      await typeInto(page, field(page, `signOffs-${role.id}-name`), `Signer ${i + 1}`);
      await typeInto(page, field(page, `signOffs-${role.id}-date`), `2027-01-1${i}`);
    }
    await expect(page.getByText('100% complete')).toBeVisible();
    await pressButton(page, page.getByRole('button', { name: 'Check the definition' }));
    await expect(page.getByRole('alert', { name: 'There is a problem' })).toHaveCount(0);
    await expect(page.getByText('The definition is complete')).toBeVisible();
    await expectNoAxeViolations(page, 'definition: complete');

    const pdf = await downloadByKeyboard(page, page.getByRole('button', { name: /Download the definition/ }));
    expect(pdf.pages).toBe(1);
    expect(pdf.name).toMatch(/^readiness-definition-dispute-triage-agent-\d{4}-\d{2}-\d{2}\.pdf$/);
    const expected = [
      'Dispute triage agent',
      '10 January 2027',
      'Sam Okafor',
      ...elements.map((e) => e.label),
      ...elements.map((e) => `Evidence for ${e.id}`),
      ...roles.map((r) => r.label),
      ...roles.map((_, i) => `Signer ${i + 1}`),
      'Signature',
    ];
    for (const text of expected) expect(pdf.text).toContain(text);
  });
});
