/**
 * /report/ on paper and with awkward text: browser print (headless Chromium's page.pdf(), which
 * prints like Chrome with background graphics off) read back with pdftotext, and what other pages
 * print of the user's choices (the stage on the results screen, a chosen option); no page prints a
 * section heading over nothing; a long URL in a note never widens the page; fields the PDF cannot
 * print are named before download; and the PDF engine is fetched in the background after the
 * report is on screen, never with the page.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { poppler } from '../helpers/poppler';
import { test, expect, expectNoAxeViolations, gotoAndSettle, PDF_ENGINE_SCRIPT } from './fixtures';
import { loadSiteContent } from '../helpers/load-content';
import { encodeStoredSession } from '../../src/domain/session-state';
import { encodeStoredAssessment } from '../../src/domain/assessment-state';
import { STORAGE_KEYS } from '../../src/consts';
import { islandRoutes } from './routes';

const content = loadSiteContent();
const questions = content.questions;
const ids = questions.map((q) => q.id);
const LONG_URL = `https://intranet.example.com/programmes/${'a'.repeat(60)}/baseline?quarter=2026-Q4&owner=finance`;

/**
 * Six Yes then Not sure (Distributed delivery), a facilitator label and notes, stored the way the
 * stores save them from a page without JavaScript (so no results screen has fetched anything yet).
 */
async function prepare(page: Page, clientLabel: string, notes: Record<string, string>) {
  await gotoAndSettle(page, '/');
  const answers = Object.fromEntries(questions.map((q, i) => [q.id, i < 6 ? 'yes' : 'unsure'] as const));
  const stored = {
    [STORAGE_KEYS.answers.key]: encodeStoredAssessment({ answers, position: { screen: 'results' }, view: 'step' }, ids),
    [STORAGE_KEYS.session.key]: encodeStoredSession({ facilitator: true, presentation: false, clientLabel, notes }),
  };
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, stored);
  await gotoAndSettle(page, '/report/');
  await page.locator('[data-ready="true"]').waitFor();
}

function noteOnEvery(text: (i: number) => string): Record<string, string> {
  return Object.fromEntries(questions.map((q, i) => [q.id, text(i)]));
}

test.describe('report on paper and with awkward text', () => {
  test('browser print reads like the PDF: stage marked without colour, no buttons or navigation', async ({ page }) => {
    await prepare(
      page,
      'Acme Bank',
      noteOnEvery((i) => `Note ${i + 1}: evidence to collect before the review.`),
    );
    await page.emulateMedia({ media: 'print' });

    // The current rung is marked by a heavy border and bold text, which print without backgrounds.
    const ladder = page.getByRole('list', { name: 'Stages, least to most mature' });
    const current = ladder.locator('[aria-current="step"]');
    const marks = await current.evaluate((el) => {
      const style = getComputedStyle(el);
      return { border: parseFloat(style.borderTopWidth), weight: Number(style.fontWeight), bg: style.backgroundColor };
    });
    expect(marks.border).toBeGreaterThanOrEqual(3);
    expect(marks.weight).toBeGreaterThanOrEqual(700);
    // The rung after it: the next stage up.
    const other = await ladder
      .locator('[aria-current="step"] + li')
      .evaluate((el) => parseFloat(getComputedStyle(el).borderTopWidth));
    expect(other).toBeLessThan(marks.border);

    const dir = mkdtempSync(path.join(tmpdir(), 'readiness-print-'));
    const file = path.join(dir, 'report.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: false }));
    const text = poppler('pdftotext', ['-layout', file, '-']);
    const flat = text.replace(/\s+/g, ' ');
    expect(flat).toContain('▶ You are here');
    expect(flat).toContain('Distributed delivery');
    expect(flat).toContain('Note 10: evidence to collect before the review.');
    for (const webOnly of ['Download PDF', 'Save this result', 'Skip to', 'Estimate year-one cost']) {
      expect(flat).not.toContain(webOnly);
    }

    // No heading ends a page: the last non-empty line of each page (before the footer-less page
    // break) is never a heading of the report.
    const report = page.getByRole('main');
    const headings = await report
      .getByRole('heading', { level: 2 })
      .or(report.getByRole('heading', { level: 3 }))
      .allInnerTexts();
    const pages = text.split('\f').filter((p) => p.trim());
    for (const [i, pageText] of pages.slice(0, -1).entries()) {
      const lines = pageText
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean);
      expect(headings, `page ${i + 1} ends with a heading`).not.toContain(lines[lines.length - 1]);
    }
    // Sections flow on: no page is left mostly empty before the last.
    for (const [i, pageText] of pages.slice(0, -1).entries()) {
      expect(pageText.split('\n').filter((l) => l.trim()).length, `page ${i + 1} is mostly empty`).toBeGreaterThan(12);
    }
  });

  test('the results screen printed from the browser marks the stage without colour too', async ({ page }) => {
    await prepare(page, '', {});
    await gotoAndSettle(page, '/assessment/');
    await page.locator('[data-ready="true"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    const current = page.getByRole('list', { name: 'Stages, least to most mature' }).locator('[aria-current="step"]');
    const marks = await current.evaluate((el) => {
      const style = getComputedStyle(el);
      return { border: parseFloat(style.borderTopWidth), color: style.color };
    });
    // On screen the rung is light text on a fill that print leaves out.
    expect(marks.border).toBeGreaterThanOrEqual(3);
    expect(marks.color).toBe('rgb(0, 0, 0)');
    const dir = mkdtempSync(path.join(tmpdir(), 'readiness-print-'));
    const file = path.join(dir, 'results.pdf');
    writeFileSync(file, await page.pdf({ format: 'A4', printBackground: false }));
    expect(poppler('pdftotext', ['-layout', file, '-']).replace(/\s+/g, ' ')).toContain('▶ You are here');
  });

  test('a printed form shows which option was chosen, with background graphics off', async ({ page }) => {
    await prepare(page, '', {});
    await gotoAndSettle(page, '/invariants/');
    await page.locator('[data-ready="true"]').waitFor();
    await page.emulateMedia({ media: 'print' });
    const chosen = page.getByRole('radio', { checked: true }).first();
    const other = page.getByRole('radio', { checked: false }).first();
    const look = (radio: typeof chosen) =>
      radio.evaluate((input) => {
        const own = getComputedStyle(input);
        const label = getComputedStyle((input as HTMLInputElement).labels![0]!);
        return {
          // The dot is a background: printed only where the page asks for its colours exactly.
          dot: own.getPropertyValue('print-color-adjust') || own.getPropertyValue('-webkit-print-color-adjust'),
          border: parseFloat(label.borderTopWidth),
        };
      });
    const [mine, theirs] = [await look(chosen), await look(other)];
    expect(mine.dot).toBe('exact');
    expect(mine.border).toBeGreaterThanOrEqual(3);
    expect(theirs.border).toBeLessThan(mine.border);
  });

  test('a long URL in a note and a long label wrap on the page instead of widening it', async ({ page }) => {
    await prepare(page, 'Contoso-Global-Enterprise-AI-Transformation-Programme-'.repeat(3), {
      [questions[0]!.id]: `The baseline is at ${LONG_URL} and nowhere else.`,
    });
    for (const width of [1280, 375]) {
      await page.setViewportSize({ width, height: 800 });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, `horizontal overflow at ${width}px`).toBeLessThanOrEqual(0);
    }
    await expect(page.getByRole('region', { name: 'Facilitator notes' })).toContainText(LONG_URL);
  });

  test('fields the PDF cannot print are named before download; other scripts are not', async ({ page }) => {
    await prepare(page, '日本語クライアント 😀 عميل', {
      [questions[0]!.id]: 'नमस्ते — שלום — 我们的客户',
      [questions[1]!.id]: 'ทีมงาน Thai team',
    });
    // The warning is what describes the Download PDF button: found through it, as a screen reader does.
    const download = page.getByRole('button', { name: 'Download PDF' });
    await expect(download).toHaveAttribute('aria-describedby', /^[\w-]+$/);
    const warning = page.locator(`[id="${await download.getAttribute('aria-describedby')}"]`);
    await expect(warning).toBeVisible();
    await expect(warning).toContainText('Client label: emoji (😀) print as “[emoji]”.');
    await expect(warning).toContainText(`Note on “${questions[1]!.label}”: “ที”`);
    await expect(warning).not.toContainText(questions[0]!.label);
    await expect(download).toHaveAccessibleDescription(/Client label: emoji \(😀\) print as “\[emoji\]”\./);
    await expectNoAxeViolations(page, 'report: font warning');
  });

  test('the PDF engine is fetched in the background at the first touch or key, not with the page', async ({
    page,
    guards,
  }) => {
    // In order, on the test's clock: /report/'s load event, then the engine's request, which waits
    // for the visitor's first touch or key so that it never weighs on the page's load.
    const events: string[] = [];
    page.on('load', () => {
      if (new URL(page.url()).pathname === '/report/') events.push('load');
    });
    page.on('request', (request) => {
      if (PDF_ENGINE_SCRIPT.test(request.url())) events.push('engine');
    });
    await prepare(page, 'Acme Bank', {});
    await page.waitForTimeout(1500);
    expect(events).toEqual(['load']);
    await page.keyboard.press('Tab');
    await expect.poll(() => events, { timeout: 20_000 }).toEqual(['load', 'engine']);
    await expect.poll(() => guards.requestsMatching(/inter-latin-400-normal\.[^/]*\.woff$/).length).toBe(1);
    // A Latin-only report never fetches another script's font.
    expect(guards.requestsMatching(/noto-sans/)).toEqual([]);
    // The click then gives the file without fetching the engine again.
    const downloading = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download PDF' }).click();
    await downloading;
    expect(guards.requestsMatching(PDF_ENGINE_SCRIPT)).toHaveLength(1);
  });
});

test('printed, no page keeps a section heading whose section prints nothing', async ({ page }) => {
  await prepare(page, 'Acme Bank', {});
  // The calculator saves the estimate it shows, so the pages that read it have one.
  await gotoAndSettle(page, '/cost/');
  await page.locator('[data-ready="true"]').waitFor();
  await page.emulateMedia({ media: 'print' });
  const bare: string[] = [];
  for (const route of islandRoutes) {
    await gotoAndSettle(page, route);
    await page.locator('main [data-ready="true"]').waitFor();
    const headings = await page.locator('main :is(h2, h3)').evaluateAll((all) =>
      all.flatMap((heading) => {
        if (heading.getBoundingClientRect().height === 0) return [];
        // The heading's own section (or the block it heads): anything else in it that prints.
        const section = heading.closest('section, [role="region"], fieldset') ?? heading.parentElement!;
        const printed = [...section.querySelectorAll('*')].some(
          (element) =>
            element !== heading &&
            !heading.contains(element) &&
            !element.contains(heading) &&
            element.getBoundingClientRect().height > 0 &&
            (element.textContent ?? '').trim() !== '',
        );
        return printed ? [] : [heading.textContent?.trim() ?? ''];
      }),
    );
    bare.push(...headings.map((heading) => `${route}: “${heading}”`));
  }
  expect(bare).toEqual([]);
});
