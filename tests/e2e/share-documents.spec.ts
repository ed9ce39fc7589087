/**
 * Share links that carry the documents and decisions: the results' link takes a scorecard and a
 * use case to a fresh browser, where the report shows them; an old answers-only link still opens;
 * a link whose documents differ from this device's asks before replacing anything; a link that
 * cannot carry them says so and points to History.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, gotoAndSettle, guardContext } from './fixtures';
import { loadSiteContent } from '../helpers/load-content';
import type { AnswerValue } from '../../src/domain/content-types';
import { MAX_USE_CASES, encodeDecisions, type DecisionsState } from '../../src/domain/decisions-state';
import { NO_DOCUMENTS } from '../../src/domain/documents-section';
import { EMPTY_SCORECARD, encodeStoredScorecard, type ScorecardState } from '../../src/domain/scorecard';
import { encodeShareFragment } from '../../src/domain/share-codec';
import { encodeShareLink } from '../../src/domain/share-link';

// This spec never makes a PDF: its pages run without the PDF engine's background work (fixtures.ts).
test.use({ pdfEngine: 'absent' });

const content = loadSiteContent();
const ids = content.questions.map((q) => q.id);
const KEY: Record<AnswerValue, string> = { yes: 'y', no: 'n', unsure: 'u' };
const SCORECARD = 'readiness:v1:scorecard';
const DECISIONS = 'readiness:v1:decisions';
/** Six Yes then Not sure: Distributed delivery. */
const SIX_YES: AnswerValue[] = ids.map((_, i) => (i < 6 ? 'yes' : 'unsure'));
const stageName = content.stages.find((s) => s.id === 'distributed-delivery')!.name;

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const scorecard = (metric: string): ScorecardState => ({ ...EMPTY_SCORECARD, programme: 'Disputes', metric });

/** Seeds localStorage before the first page script runs, once per test (not on reloads). */
async function seed(page: Page, items: Record<string, string>) {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem('seeded')) return;
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
    sessionStorage.setItem('seeded', '1');
  }, items);
}

async function open(page: Page, path: string) {
  await gotoAndSettle(page, path);
  await page.locator('[data-ready="true"]').waitFor();
}

async function completeDiagnostic(page: Page) {
  await open(page, '/assessment/');
  for (const answer of SIX_YES) await page.keyboard.press(KEY[answer]);
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(stageName);
}

/** A version 2 link to the diagnostic with these answers and this scorecard, made as the results make it. */
async function documentsLink(answers: AnswerValue[], metric: string) {
  const link = await encodeShareLink(
    {
      answers: Object.fromEntries(ids.map((id, i) => [id, answers[i]!])),
      documents: { ...NO_DOCUMENTS, scorecard: scorecard(metric) },
    },
    ids,
  );
  expect(link.leftOut).toEqual([]);
  return `/assessment/#${link.fragment}`;
}

test.describe('share links with documents and decisions', () => {
  test('the results’ link takes a scorecard and a use case to a fresh browser, and its report shows them', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await completeDiagnostic(page);

    await open(page, '/scorecard/');
    await page.locator('#scorecard-programme').fill('Supplier disputes');
    await page.locator('#scorecard-metric').fill('Average handling time for supplier disputes');
    await expect.poll(() => stored(page, SCORECARD).then((s) => s ?? '')).toContain('Average handling time');

    await open(page, '/decide/agent-or-automation/');
    await page.getByLabel('Name of the use case').fill('Invoice matching');
    const groups = page.locator('form[aria-labelledby="use-case-form-title"] fieldset');
    for (let i = 0; i < (await groups.count()); i++) await groups.nth(i).getByRole('radio').first().check();
    await page.getByRole('button', { name: 'Classify this use case' }).click();
    await expect(page.getByRole('heading', { name: 'Invoice matching', level: 3 })).toBeVisible();

    await open(page, '/assessment/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(stageName);
    await page.getByRole('button', { name: 'Copy link to these results' }).first().click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Link copied, with your documents and decisions' }),
    ).toBeVisible();
    await expectNoAxeViolations(page, 'results: link copied with documents');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).hash).toMatch(/^#s=2\.[A-Za-z0-9_-]+$/);
    expect(link.length).toBeLessThan(4200);

    const fresh = await browser.newContext({ baseURL });
    const freshGuards = await guardContext(fresh, baseURL!);
    const other = await fresh.newPage();
    await open(other, link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(
      other.getByRole('status').filter({ hasText: 'Opened the answers, documents and decisions in this share link' }),
    ).toBeVisible();
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(stageName);
    expect(new URL(other.url()).hash).toBe('');
    await expectNoAxeViolations(other, 'results: opened a link with documents');

    await open(other, '/report/');
    const documents = other.getByRole('region', { name: 'Documents', exact: true });
    await expect(documents.getByRole('heading', { name: 'Day-one scorecard', level: 3 })).toBeVisible();
    await expect(documents).toContainText('Average handling time for supplier disputes');
    await expect(documents).toContainText('Supplier disputes');
    await expect(other.getByRole('region', { name: 'Decisions' })).toContainText(
      'Invoice matching: Workflow automation',
    );
    await expectNoAxeViolations(other, 'report: from a link with documents');
    await freshGuards.assertClean();
    await fresh.close();
  });

  test('an old answers-only link still opens, and leaves this device’s documents alone', async ({ page }) => {
    const mine = encodeStoredScorecard(scorecard('My own metric'));
    await seed(page, { [SCORECARD]: mine });
    const answers = Object.fromEntries(ids.map((id, i) => [id, SIX_YES[i]!]));
    await open(page, `/assessment/#${encodeShareFragment({ answers }, ids)}`);
    await expect(page.getByRole('status').filter({ hasText: 'Opened answers from a share link' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(stageName);
    expect(await stored(page, SCORECARD)).toBe(mine);
  });

  test('a link whose scorecard differs from this device’s asks first; keep changes nothing', async ({ page }) => {
    const mine = encodeStoredScorecard(scorecard('My own metric'));
    await seed(page, { [SCORECARD]: mine });
    await open(page, await documentsLink(SIX_YES, 'The link’s metric'));
    const notice = page.locator('[data-notice="share-link"]');
    await expect(notice).toContainText('different session');
    await expect(notice).toContainText('Different in the link: your scorecard');
    await expectNoAxeViolations(page, 'assessment: share-link choice with documents');
    // Nothing changes until the visitor chooses.
    expect(await stored(page, SCORECARD)).toBe(mine);
    await notice.getByRole('button', { name: 'Keep mine' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: 'Kept your own answers, documents and decisions' }),
    ).toBeVisible();
    expect(await stored(page, SCORECARD)).toBe(mine);
    // The choice is made once: the link has left the address, so a reload does not ask again (the
    // page reads a link after it is ready, so a notice missing just after a reload proves little).
    expect(new URL(page.url()).hash).toBe('');
    await page.reload();
    await page.locator('[data-ready="true"]').waitFor();
    await expect(page.locator('[data-notice="share-link"]')).toHaveCount(0);
  });

  test('replacing with the link’s saves its scorecard', async ({ page }) => {
    await seed(page, { [SCORECARD]: encodeStoredScorecard(scorecard('My own metric')) });
    await open(page, await documentsLink(SIX_YES, 'The link’s metric'));
    await page.getByRole('button', { name: 'Replace mine with the link’s' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'replaced by the share link’s' })).toBeVisible();
    expect(JSON.parse((await stored(page, SCORECARD))!)).toMatchObject({ metric: 'The link’s metric' });
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(stageName);
  });

  test('the calculator leaves a results link with documents alone, and offers it on the diagnostic', async ({
    page,
  }) => {
    const link = await documentsLink(SIX_YES, 'The link’s metric');
    await open(page, link.replace('/assessment/', '/cost/'));
    await expect(page.getByTestId('year-one-total')).toHaveText('$410,000 – $925,000');
    await expect(
      page.getByRole('status').filter({ hasText: 'This share link holds answers to the diagnostic' }),
    ).toBeVisible();
    expect(await stored(page, SCORECARD)).toBeNull();
    await page.getByRole('button', { name: 'Open it in the diagnostic' }).click();
    await page.waitForURL('**/assessment/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(stageName);
  });

  test('use cases too long for a link are left out, and the confirmation says so and points to History', async ({
    page,
  }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    // Twenty use cases with long descriptions that do not compress.
    let x = 7;
    const noise = (length: number) =>
      Array.from({ length }, () => String.fromCharCode(97 + ((x = (x * 1103515245 + 12345) % 2147483648) % 26))).join(
        '',
      );
    const decisions: DecisionsState = {
      useCases: Array.from({ length: MAX_USE_CASES }, (_, i) => ({
        id: `uc-${i}`,
        name: `Use case ${i}`,
        description: noise(400),
        answers: {},
        note: '',
      })),
      deployment: { answers: {}, note: '' },
    };
    await seed(page, { [DECISIONS]: encodeDecisions(decisions) });
    await completeDiagnostic(page);
    await page.getByRole('button', { name: 'Copy link to these results' }).first().click();
    const status = page.getByRole('status').filter({ hasText: 'without your use cases and deployment answers' });
    await expect(status).toBeVisible();
    await expect(status).toContainText('History');
    const link = await page.evaluate(() => navigator.clipboard.readText());
    // Nothing else to carry: the answers travel in a version 1 link.
    expect(new URL(link).hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);
  });
});
