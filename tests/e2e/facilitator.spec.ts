/**
 * Facilitator mode end to end: a live run with a client label and notes that reach the report and
 * the PDF, New session for the next client, the shortcuts list, presentation type, the notes cap,
 * a browser that will not store, keyboard-only use, and axe in every facilitator state.
 * Expectations come from content/, not from the components.
 */
import type { Page } from '@playwright/test';
import { poppler } from '../helpers/poppler';
import { test, expect, expectNoAxeViolations, gotoAndSettle, type Guards, PDF_ENGINE_SCRIPT } from './fixtures';
import { loadSiteContent } from '../helpers/load-content';
import { encodeStoredHistory, type Snapshot } from '../../src/domain/history';
import type { AnswerValue } from '../../src/domain/content-types';

const content = loadSiteContent();
const questions = content.questions;
const ids = questions.map((q) => q.id);
const KEY: Record<AnswerValue, string> = { yes: 'y', no: 'n', unsure: 'u' };
const KEYS = {
  answers: 'readiness:v1:answers',
  cost: 'readiness:v1:cost',
  session: 'readiness:v1:session',
  history: 'readiness:v1:history',
};
const MAX_NOTE = 2000;
/** Six Yes then Not sure: Distributed delivery. */
const SIX_YES: AnswerValue[] = ids.map((_, i) => (i < 6 ? 'yes' : 'unsure'));
const stageName = (id: string) => content.stages.find((s) => s.id === id)!.name;

async function openAssessment(page: Page, path = '/assessment/') {
  await gotoAndSettle(page, path);
  await page.locator('[data-ready="true"]').waitFor();
  // A facilitator link is in effect once the page shows facilitator mode on, as a person would see.
  if (path.includes('mode=facilitator'))
    await expect(page.getByRole('button', { name: 'Facilitator mode' })).toHaveAttribute('aria-pressed', 'true');
}

async function openCost(page: Page) {
  await gotoAndSettle(page, '/cost/');
  await page.locator('[data-ready="true"]').waitFor();
}

const stored = (page: Page, key: string) => page.evaluate((k) => localStorage.getItem(k), key);
const storedSession = async (page: Page) => JSON.parse((await stored(page, KEYS.session)) ?? 'null');

/** Answers every question in the all-questions view with Y/N/U, from the first question's radios. */
async function answerAllInAllView(page: Page, answers: AnswerValue[]) {
  await page.locator(`#answer-${ids[0]}`).focus();
  for (const answer of answers) await page.keyboard.press(KEY[answer]);
  await page.getByRole('button', { name: 'Check your answers' }).click();
  await page.getByRole('button', { name: 'See your results' }).click();
}

function note(page: Page, label: string) {
  return page.getByRole('textbox', { name: `Notes on ${label}`, exact: true });
}

/**
 * The results ladder's stage names as drawn: each name's font size, whether a name is broken
 * inside a word (more lines than words; a hyphen counts as a word break) and whether its text runs
 * past its rung's edge.
 */
async function ladderNames(page: Page) {
  const ladder = page.getByRole('list', { name: 'Stages, least to most mature' });
  await expect(ladder.getByRole('listitem')).toHaveCount(content.stages.length);
  return ladder.locator('.ladder__name').evaluateAll((names) =>
    names.map((n) => {
      const range = document.createRange();
      range.selectNodeContents(n);
      const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top))).size;
      const words = (n.textContent ?? '').split(/[\s-]+/).filter(Boolean).length;
      const rung = n.closest('li')!.getBoundingClientRect();
      const text = range.getBoundingClientRect();
      return {
        name: n.textContent,
        fontSize: parseFloat(getComputedStyle(n).fontSize),
        brokenInsideAWord: lines > words,
        overflows: text.left < rung.left || text.right > rung.right,
      };
    }),
  );
}

async function downloadPdfText(page: Page, guards: Guards) {
  // The page may have fetched the engine in idle time already; the click fetches it at most once.
  const before = guards.requestsMatching(PDF_ENGINE_SCRIPT).length;
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Download PDF' }).click();
  const file = await (await downloading).path();
  expect(guards.requestsMatching(PDF_ENGINE_SCRIPT).length - before).toBeLessThanOrEqual(1);
  return poppler('pdftotext', ['-layout', file, '-']).replace(/\s+/g, ' ');
}

test.describe('facilitator mode', () => {
  test('a live run: label and notes on two questions and the cost reach the report and the PDF', async ({
    page,
    guards,
  }) => {
    // Four pages and a PDF in one journey: more than one ordinary test's time on a busy machine.
    test.slow();
    await openAssessment(page, '/assessment/?mode=facilitator');
    // Switched on by the link, remembered on the device, and dropped from the address.
    expect(new URL(page.url()).search).toBe('');
    await expect(page.getByRole('button', { name: 'Facilitator mode' })).toHaveAttribute('aria-pressed', 'true');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All ten questions');
    await expect(page.getByRole('textbox', { name: /^Notes on / })).toHaveCount(questions.length);
    await expect(page.getByRole('button', { name: 'Start over' })).toHaveCount(0);

    await page.getByLabel('Client or programme').fill('Acme Bank');
    await note(page, questions[0]!.label).fill('Finance owns the baseline; no target agreed yet.');
    await note(page, questions[6]!.label).fill('Unit cost known for the claims bot only.');
    await expectNoAxeViolations(page, 'facilitator: all questions with notes');
    expect(await storedSession(page)).toMatchObject({
      facilitator: true,
      clientLabel: 'Acme Bank',
      notes: {
        [ids[0]!]: 'Finance owns the baseline; no target agreed yet.',
        [ids[6]!]: 'Unit cost known for the claims bot only.',
      },
    });

    await answerAllInAllView(page, SIX_YES);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(stageName('distributed-delivery'));

    await openCost(page);
    await page.getByLabel('Number of workflows').fill('2');
    await expect(page.getByTestId('year-one-total')).toHaveText('$530,000 – $1,125,000');
    await expect(page.getByLabel('Client or programme')).toHaveValue('Acme Bank');
    await page.getByLabel('Notes on the year-one cost').fill('Two workflows in year one; agents later.');
    await expectNoAxeViolations(page, 'facilitator: cost page');

    await gotoAndSettle(page, '/report/');
    await page.locator('[data-ready="true"]').waitFor();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('AI readiness report: Acme Bank');
    const notes = page.getByRole('region', { name: 'Facilitator notes' });
    await expect(notes).toContainText(questions[0]!.label);
    await expect(notes).toContainText('Finance owns the baseline; no target agreed yet.');
    await expect(notes).toContainText('Unit cost known for the claims bot only.');
    await expect(notes).toContainText('Two workflows in year one; agents later.');

    const text = await downloadPdfText(page, guards);
    expect(text).toContain('Acme Bank');
    expect(text).toContain('Finance owns the baseline; no target agreed yet.');
    expect(text).toContain('Unit cost known for the claims bot only.');
    expect(text).toContain('Two workflows in year one; agents later.');
    expect(text).toContain('$530,000');
  });

  test('New session clears answers, cost, notes and label, and keeps saved results', async ({ page }) => {
    await openAssessment(page, '/assessment/?mode=facilitator');
    await page.getByLabel('Client or programme').fill('Acme Bank');
    await note(page, questions[1]!.label).fill('Owner named last week.');
    await answerAllInAllView(page, SIX_YES);
    await page.getByRole('button', { name: 'Save this result' }).first().click();
    await expect(page.getByRole('status').filter({ hasText: 'Saved at' })).toBeVisible();
    await openCost(page);
    await page.getByLabel('Number of agents').fill('3');
    await page.getByLabel('Notes on the year-one cost').fill('Three agents.');
    await expect.poll(() => stored(page, KEYS.cost)).not.toBeNull();

    await openAssessment(page);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(stageName('distributed-delivery'));
    await page.getByRole('button', { name: 'New session' }).click();
    const dialog = page.getByRole('dialog', { name: 'Start a new session?' });
    await expect(dialog).toContainText('Your saved results are kept');
    await expectNoAxeViolations(page, 'facilitator: New session dialog');
    await dialog.getByRole('button', { name: 'Yes, start a new session' }).click();

    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All ten questions');
    await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
    await expect(page.getByLabel('Client or programme')).toHaveValue('');
    await expect(note(page, questions[1]!.label)).toHaveValue('');
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    expect(await stored(page, KEYS.answers)).toBeNull();
    expect(await stored(page, KEYS.cost)).toBeNull();
    // Facilitator mode stays on for the next client; nothing of the last one is left.
    expect(await storedSession(page)).toEqual({
      v: 1,
      facilitator: true,
      presentation: false,
      clientLabel: '',
      notes: {},
    });
    expect(JSON.parse((await stored(page, KEYS.history)) ?? '{}').snapshots).toHaveLength(1);

    await openCost(page);
    await expect(page.getByTestId('year-one-total')).toHaveText('$410,000 – $925,000');
    await expect(page.getByLabel('Notes on the year-one cost')).toHaveValue('');
  });

  test('New session from the cost page starts the next client at question 1', async ({ page }) => {
    await openAssessment(page, '/assessment/?mode=facilitator');
    await page.locator(`#answer-${ids[0]}`).focus();
    await page.keyboard.press('y');
    await openCost(page);
    await page.getByLabel('Client or programme').fill('Beta Insurance');
    await page.getByRole('button', { name: 'New session' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Yes, start a new session' }).click();
    await page.waitForURL('**/assessment/');
    await page.locator('[data-ready="true"]').waitFor();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('All ten questions');
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await expect(page.getByLabel('Client or programme')).toHaveValue('');
  });

  test('the step view has a note under the question; Y/N/U never fire while typing in it', async ({ page }) => {
    await openAssessment(page, '/assessment/?mode=facilitator');
    await page.getByRole('button', { name: 'One question at a time' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[0]!.text);
    const first = note(page, questions[0]!.label);
    await first.click();
    await page.keyboard.type('Yes, maybe: unsure.');
    await expect(first).toHaveValue('Yes, maybe: unsure.');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[0]!.text);
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await page.getByLabel('Client or programme').click();
    await page.keyboard.type('Nyu');
    await expect(page.getByLabel('Client or programme')).toHaveValue('Nyu');
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    await expectNoAxeViolations(page, 'facilitator: step view with a note');

    // Outside the fields the shortcuts work as ever, and the next question has its own note.
    await page.getByRole('heading', { level: 1 }).click();
    await page.keyboard.press('y');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[1]!.text);
    await expect(note(page, questions[1]!.label)).toHaveValue('');
  });

  test('a note over the cap is refused with a message and nothing typed is lost', async ({ page }) => {
    await openAssessment(page, '/assessment/?mode=facilitator');
    const field = note(page, questions[2]!.label);
    const near = 'a'.repeat(MAX_NOTE - 150);
    await field.fill(near);
    await expect(page.getByText('You have 150 characters remaining')).toBeVisible();
    const tooLong = 'b'.repeat(MAX_NOTE + 12);
    await field.fill(tooLong);
    await expect(field).toHaveValue(tooLong);
    await expect(field).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText(/^Error: .*12 characters too many/)).toBeVisible();
    await expect(field).toHaveAccessibleDescription(/12 characters too many/);
    // The device keeps the last version within the cap.
    expect((await storedSession(page)).notes[ids[2]!]).toBe(near);
    await expectNoAxeViolations(page, 'facilitator: note over the cap');
    await field.fill('Short again.');
    await expect(field).not.toHaveAttribute('aria-invalid', 'true');
    expect((await storedSession(page)).notes[ids[2]!]).toBe('Short again.');
  });

  test('the shortcuts list opens with ? and the button, passes axe, and can turn the keys off', async ({ page }) => {
    await openAssessment(page);
    await page.keyboard.press('?');
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('heading', { name: 'Keyboard shortcuts' })).toBeFocused();
    for (const key of ['Y', 'N', 'U', '?', 'Esc'])
      await expect(dialog.locator('kbd', { hasText: key }).first()).toBeVisible();
    await expectNoAxeViolations(page, 'shortcuts dialog');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    await page.locator('summary', { hasText: 'Tools' }).click();
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click();
    await expect(dialog).toBeVisible();
    await dialog.getByRole('checkbox', { name: 'Use single-key shortcuts (Y, N, U and ?)' }).uncheck();
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(page.getByRole('button', { name: 'Keyboard shortcuts' })).toBeFocused();
    await page.keyboard.press('y');
    await page.keyboard.press('?');
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[0]!.text);
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
  });

  test('presentation mode scales the type on every page and passes axe at 1280 and 320 px', async ({ page }) => {
    await openAssessment(page, '/assessment/?mode=facilitator');
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const normal = await rootSize();
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await expect(page.getByRole('button', { name: 'Leave presentation mode' })).toBeFocused();
    await expect(page.locator('html')).toHaveClass(/\bpresenting\b/);
    expect(await rootSize()).toBeGreaterThan(normal * 1.3);
    await expectNoAxeViolations(page, 'presentation mode, all questions');

    await page.setViewportSize({ width: 320, height: 700 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await expectNoAxeViolations(page, 'presentation mode at 320 px');

    await openCost(page);
    await expect(page.locator('html')).toHaveClass(/\bpresenting\b/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await gotoAndSettle(page, '/report/');
    await page.locator('[data-ready="true"]').waitFor();
    await expect(page.locator('html')).toHaveClass(/\bpresenting\b/);

    // Leaving presentation mode brings the tools back; switching facilitator mode off ends it too.
    await page.setViewportSize({ width: 1280, height: 800 });
    await openAssessment(page);
    await page.getByRole('button', { name: 'Leave presentation mode' }).click();
    await expect(page.locator('html')).not.toHaveClass(/\bpresenting\b/);
    await expect(page.getByRole('button', { name: 'Presentation mode' })).toBeFocused();
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await expect(page.locator('html')).toHaveClass(/\bpresenting\b/);
    await page.getByRole('button', { name: 'Leave presentation mode' }).click();
    await page.getByRole('button', { name: 'Facilitator mode' }).click();
    await expect(page.locator('html')).not.toHaveClass(/\bpresenting\b/);
    await expect(page.getByRole('button', { name: 'Start over' })).toBeVisible();
    // No label or notes were typed, so nothing is left worth keeping.
    expect(await stored(page, KEYS.session)).toBeNull();
  });

  test('presentation mode is the client’s view: no tools or notes, the question and its answers on the first screen', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 720 });
    await openAssessment(page, '/assessment/?mode=facilitator');
    await page.getByRole('button', { name: 'One question at a time' }).click();
    await expect(note(page, questions[0]!.label)).toBeVisible();
    await page.getByRole('button', { name: 'Presentation mode' }).click();
    await expect(page.getByRole('button', { name: 'Leave presentation mode' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: /^Notes on/ })).toHaveCount(0);
    await expect(page.getByLabel('Client or programme')).toHaveCount(0);
    await expect(page.getByRole('region', { name: 'Facilitator mode' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'New session' })).toBeHidden();
    const inFirstScreen = async (locator: ReturnType<Page['locator']>) => {
      const box = await locator.boundingBox();
      expect(box, 'on screen').not.toBeNull();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(box!.y + box!.height).toBeLessThanOrEqual(720);
    };
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[0]!.text);
    await inFirstScreen(page.getByRole('heading', { level: 1 }));
    for (const [index, name] of ['Yes', 'No', 'Not sure'].entries()) {
      await inFirstScreen(page.getByRole('radio', { name, exact: true }));
      // The visible label too, with its key hint.
      await inFirstScreen(page.getByRole('group').locator('label').nth(index));
    }
    await expectNoAxeViolations(page, 'presentation mode, one question');

    // The next question is presented the same way; the results open with the stage on screen.
    await page.keyboard.press('y');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(questions[1]!.text);
    await expect(page.getByRole('textbox', { name: /^Notes on/ })).toHaveCount(0);
    for (let i = 1; i < questions.length; i++) await page.keyboard.press(KEY[SIX_YES[i]!]);
    await page.getByRole('button', { name: 'See your results' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(stageName('distributed-delivery'));
    await inFirstScreen(page.getByRole('heading', { level: 1 }));
    await expect(page.getByRole('region', { name: 'Facilitator mode' })).toHaveCount(0);
    // The ladder is on the first screen too, its names in one row, whole words, inside their rungs.
    const ladder = page.getByRole('list', { name: 'Stages, least to most mature' });
    await inFirstScreen(ladder);
    const rungTops = await ladder
      .getByRole('listitem')
      .evaluateAll((all) => all.map((r) => Math.round(r.getBoundingClientRect().top)));
    expect(new Set(rungTops).size, 'rungs in one row').toBe(1);
    const rootSize = () => page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));
    const presentedRoot = { wide: await rootSize(), phone: 0 };
    const presentedWide = await ladderNames(page);
    expect(presentedWide.filter((n) => n.brokenInsideAWord || n.overflows)).toEqual([]);
    await expectNoAxeViolations(page, 'presentation mode, results');

    // On a phone: one rung per row, whole words, and no sideways scrolling.
    await page.setViewportSize({ width: 390, height: 844 });
    presentedRoot.phone = await rootSize();
    const presentedPhone = await ladderNames(page);
    expect(presentedPhone.filter((n) => n.brokenInsideAWord || n.overflows)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await expectNoAxeViolations(page, 'presentation mode, results at 390 px');

    // The facilitator leaves presentation mode to type notes again.
    await page.getByRole('button', { name: 'Leave presentation mode' }).click();
    await expect(page.getByLabel('Client or programme')).toBeVisible();

    // The stage names grew with the presentation type, by as much as the root size did (the type
    // scale's factor at that width), not to a fixed size of their own.
    const normalPhone = await ladderNames(page);
    const normalRoot = await rootSize();
    expect(presentedRoot.phone / normalRoot).toBeGreaterThan(1.1);
    for (const [i, n] of presentedPhone.entries())
      expect(n.fontSize, n.name ?? '').toBeCloseTo((normalPhone[i]!.fontSize * presentedRoot.phone) / normalRoot, 1);
    await page.setViewportSize({ width: 1280, height: 720 });
    const normalWide = await ladderNames(page);
    expect(presentedRoot.wide / normalRoot).toBeGreaterThan(1.3);
    for (const [i, n] of presentedWide.entries())
      expect(n.fontSize, n.name ?? '').toBeCloseTo((normalWide[i]!.fontSize * presentedRoot.wide) / normalRoot, 1);
  });

  test('keyboard only: switch facilitator mode on and type a note', async ({ page }) => {
    await openAssessment(page);
    // A prospect's page keeps it under Tools: Tab to the disclosure, open it, Tab to the switch.
    let guard = 0;
    while (!(await page.locator('summary', { hasText: 'Tools' }).evaluate((b) => b === document.activeElement))) {
      await page.keyboard.press('Tab');
      if (++guard > 30) throw new Error('Tools is not reachable with Tab');
    }
    await page.keyboard.press('Enter');
    // The switch appears once its chunk has arrived (a switch that did nothing would lose the
    // press); a person sees it before tabbing to it, so the test waits for it too.
    await expect(page.getByRole('button', { name: 'Facilitator mode' })).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Facilitator mode' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'All ten questions' })).toBeFocused();
    // Said politely to screen readers (the paragraph is visually hidden).
    await expect(page.getByText(/^Facilitator mode on/)).toHaveAttribute('aria-live', 'polite');
    const first = note(page, questions[0]!.label);
    guard = 0;
    while (!(await first.evaluate((t) => t === document.activeElement))) {
      await page.keyboard.press('Tab');
      if (++guard > 10) throw new Error('the first note is not reachable with Tab');
    }
    await page.keyboard.type('Typed without a mouse, yes.');
    await expect(first).toHaveValue('Typed without a mouse, yes.');
    await expect(page.getByRole('radio', { checked: true })).toHaveCount(0);
    // Shift+Tab back to the answers; Y answers from there.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('y');
    await expect(page.locator(`#answer-${ids[0]}`)).toBeChecked();
    expect((await storedSession(page)).notes[ids[0]!]).toBe('Typed without a mouse, yes.');
  });

  test('a browser that will not store keeps the session in this tab and says so', async ({ page }) => {
    await page.addInitScript(() => {
      Storage.prototype.setItem = () => {
        throw new DOMException('quota', 'QuotaExceededError');
      };
    });
    await openAssessment(page, '/assessment/?mode=facilitator');
    await page.getByLabel('Client or programme').fill('Acme Bank');
    await expect(page.getByRole('status').filter({ hasText: 'would not let us save' })).toBeVisible();
    await expect(page.getByLabel('Client or programme')).toHaveValue('Acme Bank');
    await note(page, questions[0]!.label).fill('Kept in memory.');
    await answerAllInAllView(page, SIX_YES);
    await page.getByRole('button', { name: 'Save this result' }).first().click();
    await expect(page.getByRole('status').filter({ hasText: 'for this tab only' })).toBeVisible();
  });

  test('a full history asks to delete a saved result first', async ({ page }) => {
    const snapshots: Snapshot[] = Array.from({ length: 50 }, (_, i) => ({
      id: `s${i}`,
      savedAt: new Date(Date.UTC(2026, 0, 1 + i)).toISOString(),
      clientLabel: '',
      answers: {},
      stageId: 'experimentation',
      stageName: stageName('experimentation'),
      score: 0,
      total: questions.length,
      cost: null,
    }));
    await gotoAndSettle(page, '/');
    await page.evaluate(
      ([key, value]) => localStorage.setItem(key!, value!),
      [KEYS.history, encodeStoredHistory(snapshots, ids)],
    );
    await openAssessment(page);
    for (const answer of SIX_YES) await page.keyboard.press(KEY[answer]);
    await page.getByRole('button', { name: 'See your results' }).click();
    await page.getByRole('button', { name: 'Save this result' }).first().click();
    const status = page.getByRole('status').filter({ hasText: 'Not saved' });
    await expect(status).toContainText('Delete one you no longer need');
    await expect(status.getByRole('link')).toHaveAttribute('href', '/history/');
    expect(JSON.parse((await stored(page, KEYS.history))!).snapshots).toHaveLength(50);
  });
});
