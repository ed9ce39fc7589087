/**
 * The diagnostic end to end: every stage reached through the real UI, keyboard-only completion,
 * Back/Change keeping answers, resume after reload, share links (round trip and tampered), corrupt
 * storage, and axe in every state. Expectations come from content/, not from the components.
 */
import type { Page } from '@playwright/test';
import { test, expect, expectNoAxeViolations, gotoAndSettle, guardContext, holdRequests } from './fixtures';
import { loadPageText, loadSiteContent } from '../helpers/load-content';
import { toBase64Url } from '../../src/domain/share-codec';
import type { AnswerValue } from '../../src/domain/content-types';

// This spec never makes a PDF: its pages run without the PDF engine's background work (fixtures.ts).
test.use({ pdfEngine: 'absent' });

const content = loadSiteContent();
const questions = content.questions;
const text = loadPageText('assessment', content);
const ids = questions.map((q) => q.id);
const stageName = (id: string) => content.stages.find((s) => s.id === id)!.name;
const KEY: Record<AnswerValue, string> = { yes: 'y', no: 'n', unsure: 'u' };
const STORAGE_KEY = 'readiness:v1:answers';

/** The answers on "Check your answers": each row's value (the Change button sits in a definition of its own). */
const checkedAnswers = (page: Page) => page.getByRole('definition').filter({ hasNot: page.getByRole('button') });
/** The Y / N / U key hints beside the answers (hidden from screen readers: the radios' names are enough). */
const keyBadges = (page: Page) => page.getByRole('group').locator('kbd');

/** Opens the diagnostic and waits until its saved state is loaded and shortcuts are live. */
async function openAssessment(page: Page, path = '/assessment/') {
  await gotoAndSettle(page, path);
  await page.locator('[data-ready="true"]').waitFor();
}

async function reloadAssessment(page: Page) {
  await page.reload();
  await page.locator('[data-ready="true"]').waitFor();
}

/** Answers every question with the documented Y/N/U shortcuts, then opens the results. */
async function answerAll(page: Page, answers: AnswerValue[]) {
  for (const answer of answers) await page.keyboard.press(KEY[answer]);
  await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
  await page.getByRole('button', { name: 'See your results' }).click();
}

const yesUpTo = (count: number, rest: AnswerValue = 'no'): AnswerValue[] =>
  ids.map((_, i) => (i < count ? 'yes' : rest));

const stageCases: { name: string; answers: AnswerValue[]; stage: string; score: number; stall: number | null }[] = [
  { name: 'all No', answers: yesUpTo(0), stage: 'experimentation', score: 0, stall: 0 },
  {
    name: 'only a production owner',
    answers: ids.map((id) => (id === 'production-owner' ? 'yes' : 'no')),
    stage: 'selective-production',
    score: 1,
    stall: 0,
  },
  { name: 'six Yes then No', answers: yesUpTo(6), stage: 'distributed-delivery', score: 6, stall: 6 },
  {
    name: 'nine Yes then Not sure',
    answers: yesUpTo(9, 'unsure'),
    stage: 'operating-model-integration',
    score: 9,
    stall: 9,
  },
  { name: 'all Yes', answers: yesUpTo(10), stage: 'further-along', score: 10, stall: null },
];

test.describe('diagnostic', () => {
  for (const c of stageCases) {
    test(`${c.name} → ${stageName(c.stage)}`, async ({ page }) => {
      await openAssessment(page);
      await answerAll(page, c.answers);
      const heading = page.getByRole('heading', { level: 1 });
      await expect(heading).toHaveText(stageName(c.stage));
      await expect(heading).toBeFocused();
      await expect(page).toHaveTitle(`Results: ${stageName(c.stage)} · Readiness`);
      await expect(page.getByText(`${c.score} of ${questions.length}`)).toBeVisible();
      const ladder = page.getByRole('list', { name: 'Stages, least to most mature' });
      await expect(ladder.locator('[aria-current="step"]')).toContainText(stageName(c.stage));
      // The stall point is a sentence of its own under "Where you stall", or there is none.
      const stall = page.getByRole('region', { name: 'Where you stall' }).getByRole('paragraph');
      if (c.stall === null) await expect(stall).toHaveText(text['no-stall-point']);
      else await expect(stall).toContainText(questions[c.stall]!.text);
    });
  }

  test('first question, error state and all-questions view pass axe', async ({ page }) => {
    await openAssessment(page);
    await expect(page).toHaveTitle(`Question 1 of ${questions.length}: ${questions[0]!.label} · Readiness`);
    await expectNoAxeViolations(page, 'first question');

    await page.getByRole('button', { name: 'Continue' }).click();
    const summary = page.getByRole('alert');
    await expect(summary).toBeFocused();
    await expect(summary).toContainText('Select Yes, No or Not sure');
    await expect(page).toHaveTitle(/^Error: /);
    await expectNoAxeViolations(page, 'error state');
    await summary.getByRole('link').click();
    await expect(page.getByRole('radio', { name: 'Yes' })).toBeFocused();

    await page.getByRole('button', { name: 'Show all questions' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'All ten questions' })).toBeFocused();
    await expect(page.locator('fieldset')).toHaveCount(questions.length);
    await expectNoAxeViolations(page, 'all questions');

    await page.getByRole('button', { name: 'Check your answers' }).click();
    await expect(page.getByRole('alert').getByRole('link')).toHaveCount(questions.length);
    await expectNoAxeViolations(page, 'all questions with errors');
  });

  test('check answers and results pass axe', async ({ page }) => {
    await openAssessment(page);
    await page.getByRole('button', { name: 'Show all questions' }).click();
    for (const group of await page.locator('fieldset').all())
      await group.getByRole('radio', { name: 'No', exact: true }).check();
    await page.getByRole('button', { name: 'Check your answers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeVisible();
    await expectNoAxeViolations(page, 'check answers');

    await page.getByRole('button', { name: 'See your results' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(stageName('experimentation'));
    await page
      .getByRole('button', { name: 'Guidance on Outcome metric' })
      .or(page.getByText('Guidance').first())
      .first()
      .click();
    await expectNoAxeViolations(page, 'results');
  });

  test('can be completed with the keyboard alone (Tab, arrows, Space, Enter)', async ({ page }) => {
    await openAssessment(page);
    for (let i = 0; i < questions.length; i++) {
      // Focus lands on the question's heading; Tab walks to the first radio.
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[i]!.text);
      let guard = 0;
      while (!(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type === 'radio'))) {
        await page.keyboard.press('Tab');
        if (++guard > 20) throw new Error(`no radio reachable by Tab on question ${i + 1}`);
      }
      await page.keyboard.press(i % 2 === 0 ? 'Space' : 'ArrowDown');
      await page.keyboard.press('Enter');
    }
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
    await page.getByRole('button', { name: 'See your results' }).focus();
    await page.keyboard.press('Enter');
    // Odd questions were answered Yes (Space on the first radio), even ones No (ArrowDown).
    await expect(page.getByText(`${Math.ceil(questions.length / 2)} of ${questions.length}`)).toBeVisible();
  });

  test('Back and Change keep every answer', async ({ page }) => {
    await openAssessment(page);
    await page.keyboard.press('y');
    await page.keyboard.press('u');
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('radio', { name: 'Not sure' })).toBeChecked();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();

    for (let i = 0; i < questions.length; i++) await page.keyboard.press('n');
    await page.getByRole('button', { name: `Change your answer to “${questions[3]!.label}”` }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[3]!.text);
    await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
    await page.getByRole('radio', { name: 'Yes' }).check();
    await page.getByRole('button', { name: 'Continue' }).click();
    // Back on the summary, with focus returned to the row that was changed.
    await expect(page.getByRole('button', { name: `Change your answer to “${questions[3]!.label}”` })).toBeFocused();
    const answers = checkedAnswers(page);
    await expect(answers.nth(3)).toHaveText('Yes');
    await expect(answers.nth(0)).toHaveText('No');
  });

  test('Back and Forward move between questions, the check and the results; the address holds no answer', async ({
    page,
  }) => {
    await openAssessment(page);
    const heading = page.getByRole('heading', { level: 1 });
    await page.keyboard.press('y');
    await page.keyboard.press('n');
    await page.keyboard.press('u');
    await expect(heading).toHaveText(questions[3]!.text);
    await page.goBack();
    await expect(heading).toHaveText(questions[2]!.text);
    await page.goBack();
    await expect(heading).toHaveText(questions[1]!.text);
    await expect(heading).toBeFocused();
    await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
    await page.goForward();
    await expect(heading).toHaveText(questions[2]!.text);
    await expect(page.getByRole('radio', { name: 'Not sure' })).toBeChecked();
    await expectNoAxeViolations(page, 'question 3 after Back and Forward');
    // A reload stays on the same question, and Back still goes to the one before.
    await reloadAssessment(page);
    await expect(heading).toHaveText(questions[2]!.text);
    await page.goBack();
    await expect(heading).toHaveText(questions[1]!.text);
    // The page's own Back goes where the browser's would, without piling up entries.
    await page.goForward();
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(heading).toHaveText(questions[1]!.text);
    await page.goForward();
    await expect(heading).toHaveText(questions[2]!.text);

    await page.getByRole('button', { name: 'Continue' }).click();
    for (let i = 3; i < questions.length; i++) await page.keyboard.press('y');
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
    await page.getByRole('button', { name: 'See your results' }).click();
    await expect(page.getByText('Your result')).toBeVisible();
    await page.goBack();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
    await page.goBack();
    await expect(heading).toHaveText(questions[questions.length - 1]!.text);
    await page.goForward();
    await page.goForward();
    await expect(page.getByText('Your result')).toBeVisible();
    await expectNoAxeViolations(page, 'results after Back and Forward');
    // Nothing of the answers is in the address, and the entries hold no answer either.
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('');
    expect(JSON.stringify(await page.evaluate(() => history.state))).not.toMatch(/"(yes|no|unsure)"/);
  });

  test('for a prospect, the tools wait in a small Tools disclosure; progress shows from question 1', async ({
    page,
  }) => {
    await openAssessment(page);
    await expect(page.getByRole('progressbar')).toHaveAttribute('value', '1');
    await expect(page.getByText(`Question 1 of ${questions.length}`)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Facilitator mode' })).toBeHidden();
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeHidden();
    // On a mouse-and-keyboard screen the Y / N / U badges show.
    await expect(keyBadges(page).first()).toBeVisible();
    const tools = page.locator('summary', { hasText: 'Tools' });
    await tools.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('button', { name: 'Facilitator mode' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeVisible();
    await expectNoAxeViolations(page, 'Tools open');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Facilitator mode' })).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();
  });

  test('“One question at a time” from all questions opens the first unanswered question', async ({ page }) => {
    await openAssessment(page);
    await page.getByRole('button', { name: 'Show all questions' }).click();
    await page.locator(`#answer-${ids[0]}`).check();
    await page.locator(`#answer-${ids[1]}-no`).check();
    await page.locator(`#answer-${ids[3]}`).check();
    await page.getByRole('button', { name: 'One question at a time' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[2]!.text);
    await expect(page.getByText(`Question 3 of ${questions.length}`)).toBeVisible();
    await expect(page.getByRole('progressbar')).toHaveAttribute('value', '3');
  });

  test('on a touch screen the Y / N / U badges are not shown to a prospect', async ({ browser, baseURL }) => {
    const touch = await browser.newContext({
      baseURL,
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
    });
    const guards = await guardContext(touch, baseURL!);
    const page = await touch.newPage();
    expect(await page.evaluate(() => matchMedia('(hover: none), (pointer: coarse)').matches)).toBe(true);
    await openAssessment(page);
    await expect(page.getByRole('radio', { name: 'Yes' })).toBeVisible();
    await expect(keyBadges(page)).toHaveCount(3);
    for (const badge of await keyBadges(page).all()) await expect(badge).toBeHidden();
    await expectNoAxeViolations(page, 'question 1 on a touch screen');
    await guards.assertClean();
    await touch.close();
  });

  test('results: one primary action, Download PDF; the rest secondary and grouped, again at the end', async ({
    page,
  }) => {
    await openAssessment(page);
    await answerAll(page, yesUpTo(6));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(stageName('distributed-delivery'));
    // The group is rendered twice, so it has a test id rather than a name of its own.
    const groups = page.getByTestId('results-actions');
    await expect(groups).toHaveCount(2);
    for (const group of await groups.all()) {
      // Primary is how it looks (a .button that is neither secondary nor a link): one, Download PDF.
      const controls = group.getByRole('button').or(group.getByRole('link'));
      // Polled: the Download PDF button is a lazy chunk and renders a moment after the rest.
      const primary = () =>
        controls.evaluateAll((all) =>
          all
            .filter((c) => c.classList.contains('button'))
            .filter((c) => !c.classList.contains('button--secondary') && !c.classList.contains('button--link'))
            .map((c) => c.textContent?.trim()),
        );
      await expect.poll(primary).toEqual(['Download PDF']);
      for (const name of ['Copy link to these results', 'View the full report', 'Save this result', 'Review answers'])
        await expect(group.getByRole(name === 'View the full report' ? 'link' : 'button', { name })).toHaveClass(
          /\bbutton--secondary\b/,
        );
    }
    // The first group sits under the stage; the second closes the results.
    const end = page.getByRole('region', { name: 'Keep or share this result' });
    await expect(end.getByTestId('results-actions')).toHaveCount(1);
    await expectNoAxeViolations(page, 'results with both action groups');
    await end.getByRole('button', { name: 'Review answers' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Check your answers' })).toBeFocused();
  });

  test('results: no button moves when the code of Download PDF and Save this result arrives after the rest', async ({
    page,
  }) => {
    // Both arrive as chunks of their own; held back, the results show without them.
    const releasePdfButton = await holdRequests(page, '**/_astro/DownloadPdfButton.*.js');
    const releaseTools = await holdRequests(page, '**/_astro/assessment-kit.*.js');
    await openAssessment(page);
    await answerAll(page, yesUpTo(6));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(stageName('distributed-delivery'));
    await expect(page.getByRole('button', { name: 'Save this result' })).toHaveCount(0);
    const review = page.getByRole('button', { name: 'Review answers' }).first();
    const before = await review.boundingBox();
    releasePdfButton();
    releaseTools();
    await expect(page.getByRole('button', { name: 'Download PDF' }).first()).toBeVisible();
    await expect(page.getByRole('button', { name: 'Save this result' }).first()).toBeVisible();
    expect(await review.boundingBox()).toEqual(before);
  });

  test('a reload resumes where the user was', async ({ page }) => {
    await openAssessment(page);
    await page.keyboard.press('y');
    await page.keyboard.press('n');
    await reloadAssessment(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[2]!.text);
    await page.getByRole('button', { name: 'Back' }).click();
    await expect(page.getByRole('radio', { name: 'No', exact: true })).toBeChecked();
  });

  test('Start over clears everything after a confirm', async ({ page }) => {
    await openAssessment(page);
    await page.keyboard.press('y');
    await page.getByRole('button', { name: 'Start over' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start over?' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page, 'start-over dialog');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[1]!.text);

    await page.getByRole('button', { name: 'Start over' }).click();
    await dialog.getByRole('button', { name: 'Yes, clear my answers' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[0]!.text);
    await expect(page.getByRole('radio', { name: 'Yes' })).not.toBeChecked();
    expect(await page.evaluate((key) => localStorage.getItem(key), STORAGE_KEY)).toBeNull();
  });

  test('a share link reproduces the results in a fresh browser', async ({ page, browser, baseURL }) => {
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openAssessment(page);
    await answerAll(page, yesUpTo(6, 'unsure'));
    await page.getByRole('button', { name: 'Copy link to these results' }).first().click();
    await expect(page.getByText('Link copied')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(link).hash).toMatch(/^#s=[A-Za-z0-9_-]+$/);

    const fresh = await browser.newContext({ baseURL });
    const other = await fresh.newPage();
    await openAssessment(other, link.replace(/^https?:\/\/[^/]+/, ''));
    await expect(other.getByRole('heading', { level: 1 })).toHaveText(stageName('distributed-delivery'));
    await expect(other.getByText(`6 of ${questions.length}`)).toBeVisible();
    await expect(other.getByRole('status').filter({ hasText: 'Opened answers from a share link' })).toBeVisible();
    // The fragment is consumed so a reload resumes from this device's copy.
    expect(new URL(other.url()).hash).toBe('');
    await fresh.close();
  });

  test('a tampered share link opens with a notice and keeps what was valid', async ({ page }) => {
    const tamperedAnswers: Record<string, unknown> = Object.fromEntries(ids.map((id) => [id, 'y']));
    tamperedAnswers[ids[1]!] = 'maybe';
    tamperedAnswers.hacked = 'y';
    const tampered = `#s=${toBase64Url(JSON.stringify({ v: 1, a: tamperedAnswers }))}`;

    await openAssessment(page, `/assessment/${tampered}`);
    await expect(page.getByRole('status').filter({ hasText: '2 parts of the link could not be read' })).toBeVisible();
    // Nine answers survived, so the user lands on the summary with the missing one flagged.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Check your answers');
    const answers = checkedAnswers(page);
    await expect(answers.nth(1)).toHaveText('Not answered');
    await expect(answers.nth(0)).toHaveText('Yes');
    await expectNoAxeViolations(page, 'check answers with share-link notice');

    await page.getByRole('button', { name: `Answer “${questions[1]!.label}”` }).click();
    await page.keyboard.press('n');
    await page.getByRole('button', { name: 'See your results' }).click();
    await expect(page.getByText(`${questions.length - 1} of ${questions.length}`)).toBeVisible();

    await openAssessment(page, '/assessment/#s=eyJ2IjoxLCJhIjp7Im91dGNv');
    await expect(page.getByRole('status').filter({ hasText: 'could not be read' })).toBeVisible();
  });

  test('a cost estimate’s link leaves the answers alone and is offered on the calculator', async ({ page }) => {
    await openAssessment(page);
    await page.keyboard.press('y');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[1]!.text);
    const plan = {
      v: 1,
      at: 0,
      cur: 'USD',
      rate: 1,
      s: [{ n: 'Ours', w: 3, g: 1, i: 'ref', d: 'public-cloud', x: [], o: {} }],
    };
    await openAssessment(page, `/assessment/#s=${toBase64Url(JSON.stringify({ v: 1, c: plan }))}`);
    await expect(page.getByRole('status').filter({ hasText: text['link-for-cost'] })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[1]!.text);
    await expectNoAxeViolations(page, 'diagnostic: a cost estimate’s link');
    await page.getByRole('button', { name: text['link-open-cost'] }).click();
    await page.waitForURL('**/cost/');
    await expect(page.getByLabel('Number of workflows')).toHaveValue('3');
    await expect(page.getByRole('status').filter({ hasText: 'Opened an estimate from a share link' })).toBeVisible();
  });

  test('corrupt saved answers are dropped with a notice and the diagnostic still works', async ({ page }) => {
    await page.addInitScript((key) => {
      if (!sessionStorage.getItem('seeded')) {
        localStorage.setItem(key, '{"v":1,"answers":{"__proto__":{"x":1},"outcome-metric":"y","nope":"n"},"at":42}');
        sessionStorage.setItem('seeded', '1');
      }
    }, STORAGE_KEY);
    await openAssessment(page);
    await expect(page.getByRole('status').filter({ hasText: 'could not be read and were left out' })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Yes' })).toBeChecked();
    await page.keyboard.press('n');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[1]!.text);

    await page.evaluate((key) => localStorage.setItem(key, 'not json at all'), STORAGE_KEY);
    await reloadAssessment(page);
    await expect(page.getByRole('status').filter({ hasText: 'starts afresh' })).toBeVisible();
    await page.keyboard.press('y');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[1]!.text);
  });

  test('storage that refuses to save degrades to memory with a notice', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
    });
    await openAssessment(page);
    await page.keyboard.press('y');
    await expect(page.getByRole('status').filter({ hasText: 'would not let us save' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[1]!.text);
  });

  test('works at 320 px wide without horizontal scrolling', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await openAssessment(page);
    await answerAll(page, yesUpTo(3, 'unsure'));
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'results at 320 px');
  });
});
