// Layout on a phone and a laptop: the header's Menu disclosure by keyboard, the results ladder
// (no word broken, rungs in line), running text at reading width on every page, wide tables as
// named scroll regions with a visible cue, rupee amounts grouped in lakh and crore, room below
// every section heading and the page's space above each island.
import type { Page } from '@playwright/test';
import { expect, expectNoAxeViolations, gotoAndSettle, test } from './fixtures';
import { loadSiteContent } from '../helpers/load-content';
import { defaultCostInputs, estimateCost } from '../../src/domain/cost';
import { convertLinesAndTotal } from '../../src/domain/currency';
import { formatMoneyRange } from '../../src/domain/format';
import { encodeStoredHistory, type Snapshot } from '../../src/domain/history';
import { builtRoutes, islandRoutes } from './routes';

// This spec never makes a PDF: its pages run without the PDF engine's background work (fixtures.ts).
test.use({ pdfEngine: 'absent' });

const content = loadSiteContent();
const ids = content.questions.map((q) => q.id);
const PHONE = { width: 390, height: 844 };

async function tabTo(page: Page, target: ReturnType<Page['locator']>, limit = 20) {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((element) => element === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('not reachable with Tab');
}

test.describe('header', () => {
  test('on a phone: one compact row, and the Menu opens, is walked and followed by keyboard', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await gotoAndSettle(page, '/stages/');
    const header = page.getByRole('banner');
    expect((await header.boundingBox())!.height, 'header height').toBeLessThanOrEqual(72);
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav).toBeHidden();

    const menu = page.locator('summary', { hasText: 'Menu' });
    await tabTo(page, menu);
    await expect(menu).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Stages' })).toHaveAttribute('aria-current', 'page');
    await expectNoAxeViolations(page, 'header: menu open on a phone');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Diagnostic' })).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link', { name: 'Cost' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/cost\/$/);

    // Closing it again from the keyboard.
    await gotoAndSettle(page, '/');
    await tabTo(page, menu);
    await page.keyboard.press('Enter');
    await expect(nav).toBeVisible();
    await page.keyboard.press('Enter');
    await expect(nav).toBeHidden();
  });

  test('on a laptop: the links are in a row and there is no Menu', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await gotoAndSettle(page, '/methodology/');
    await expect(page.locator('summary', { hasText: 'Menu' })).toBeHidden();
    const links = page.getByRole('navigation', { name: 'Main' }).getByRole('link');
    await expect(links).toHaveCount(8);
    const tops = await links.evaluateAll((all) => all.map((a) => Math.round(a.getBoundingClientRect().top)));
    expect(new Set(tops).size, 'links on one row').toBe(1);
  });

  test('every "On this page" link leads to a section headed as the link reads', async ({ page }) => {
    await gotoAndSettle(page, '/methodology/');
    const links = page.getByRole('navigation', { name: 'On this page' }).getByRole('link');
    const targets = await links.evaluateAll((all) =>
      all.map((a) => {
        const section = document.getElementById(a.getAttribute('href')!.slice(1));
        return {
          link: a.textContent!.trim(),
          heading: section?.querySelector('h2, h3')?.textContent?.trim() ?? null,
          // What a screen reader announces for the landmark: its heading, never a second name.
          named: section?.getAttribute('aria-labelledby')
            ? document.getElementById(section.getAttribute('aria-labelledby')!)?.textContent?.trim()
            : section?.getAttribute('aria-label'),
        };
      }),
    );
    expect(targets.length).toBeGreaterThan(5);
    for (const target of targets) {
      expect(target.heading, `the first heading under "${target.link}"`).toBe(target.link);
      expect(target.named, `the section "${target.link}" is named by its heading`).toBe(target.link);
    }
  });

  test('a document page marks Documents as the current section', async ({ page }) => {
    await gotoAndSettle(page, '/scorecard/');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await expect(nav.getByRole('link', { name: 'Documents' })).toHaveAttribute('aria-current', 'true');
    await expect(nav.locator('[aria-current]')).toHaveCount(1);
  });
});

test.describe('results ladder', () => {
  async function results(page: Page) {
    await gotoAndSettle(page, '/assessment/');
    await page.locator('[data-ready="true"]').waitFor();
    for (let i = 0; i < ids.length; i++) await page.keyboard.press(i < 6 ? 'y' : 'u');
    await page.getByRole('button', { name: 'See your results' }).click();
    const ladder = page.getByRole('list', { name: /^Stages, least to most mature/ });
    // The results arrive as their own chunk: measure the rungs once they are all there.
    await expect(ladder.getByRole('listitem')).toHaveCount(content.stages.length);
    return ladder;
  }

  test('on a phone: one rung per row, no stage name broken inside a word', async ({ page }) => {
    await page.setViewportSize(PHONE);
    const ladder = await results(page);
    const rungs = ladder.getByRole('listitem');
    await expect(rungs).toHaveCount(content.stages.length);
    const boxes = await rungs.evaluateAll((all) => all.map((r) => r.getBoundingClientRect().toJSON()));
    expect(new Set(boxes.map((b) => Math.round(b.left))).size, 'rungs share a left edge').toBe(1);
    expect(new Set(boxes.map((b) => Math.round(b.width))).size, 'rungs share a width').toBe(1);
    // A word broken across lines makes the name element wider than its line box allows: compare
    // each name's rendered text width with the width of its longest word on one line.
    // Each stage's name, found by its text (the current rung also says "You are here").
    const names = new RegExp(
      `^(${content.stages.map((s) => s.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})$`,
    );
    const broken = await ladder.getByText(names).evaluateAll(
      (names) =>
        names.filter((n) => {
          const range = document.createRange();
          range.selectNodeContents(n);
          const lines = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
          const words = (n.textContent ?? '').split(/[\s-]+/).filter(Boolean).length;
          return lines.size > words;
        }).length,
    );
    expect(broken, 'names broken inside a word').toBe(0);
  });

  test('on a laptop: every rung in one row, top edges in line', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const ladder = await results(page);
    const tops = await ladder
      .getByRole('listitem')
      .evaluateAll((all) => all.map((r) => Math.round(r.getBoundingClientRect().top)));
    expect(tops).toHaveLength(content.stages.length);
    expect(new Set(tops).size, 'rungs on one row, none off by a few pixels').toBe(1);
  });

  test('on a laptop: what reaching the next stage takes is set at the reading width, as the plan is', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await results(page);
    const planWidth = await page
      .getByRole('region', { name: /^Your plan/ })
      .locator('.prose')
      .first()
      .evaluate((el) => el.getBoundingClientRect().width);
    const reaching = page.getByRole('region', { name: /^Reaching / });
    const widths = await reaching
      .locator('p')
      .evaluateAll((all) => all.map((p) => Math.round(p.getBoundingClientRect().width)));
    expect(widths.length).toBeGreaterThanOrEqual(3);
    for (const width of widths) expect(width).toBeLessThanOrEqual(Math.round(planWidth));
  });
});

/** Every sentence and list item in main that wraps onto a second line yet is wider than 68ch of its own font. */
function textWiderThanMeasure(page: Page): Promise<string[]> {
  return page.locator('main').evaluate((main) => {
    const found: string[] = [];
    for (const block of main.querySelectorAll('p, li')) {
      // Table cells and the ladder's rungs are laid out by their own rules; a block that holds
      // blocks is measured through them.
      if (block.closest('table, nav, [aria-label^="Stages"]') || block.querySelector('p, div, ul, ol, h2, h3, h4'))
        continue;
      const style = getComputedStyle(block);
      if (block.getBoundingClientRect().height < parseFloat(style.lineHeight) * 1.6) continue;
      const measure = document.createElement('span');
      measure.style.cssText = 'position:absolute;visibility:hidden;display:inline-block;width:68ch';
      block.append(measure);
      const limit = measure.getBoundingClientRect().width;
      measure.remove();
      const width = block.getBoundingClientRect().width;
      if (width > limit + 1)
        found.push(
          `${location.pathname} ${Math.round(width)} > ${Math.round(limit)} px: ${block.textContent?.slice(0, 50)}`,
        );
    }
    return found;
  });
}

test('on a laptop: every sentence and list item that wraps is at most the reading width, on every page', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 800 });
  // With answers (the results screen, then the report's) and the cost the calculator saves as it
  // shows it, so the pages that generate text have theirs to set out.
  await gotoAndSettle(page, '/assessment/');
  await page.locator('[data-ready="true"]').waitFor();
  for (let i = 0; i < ids.length; i++) await page.keyboard.press(i < 6 ? 'y' : 'n');
  await page.getByRole('button', { name: 'See your results' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(content.stages[2]!.name);
  const tooWide = await textWiderThanMeasure(page);
  for (const path of ['/cost/', ...builtRoutes().filter((route) => !['/assessment/', '/cost/'].includes(route))]) {
    await gotoAndSettle(page, path);
    await page.locator('main [data-ready="true"]').or(page.locator('main:not(:has(astro-island))')).first().waitFor();
    tooWide.push(...(await textWiderThanMeasure(page)));
  }
  expect(tooWide).toEqual([]);
});

test('a wide table on a phone is a named, focusable scroll region that says it scrolls', async ({ page }) => {
  await page.setViewportSize(PHONE);
  const snapshot = (i: number): Snapshot => ({
    id: `wide-${i}`,
    savedAt: new Date(Date.UTC(2026, i, 3, 9, 30)).toISOString(),
    clientLabel: 'Acme Bank',
    answers: {},
    stageId: content.stages[0]!.id,
    stageName: content.stages[0]!.name,
    score: i,
    total: ids.length,
    cost: { low: 410_000, high: 925_000 },
  });
  await gotoAndSettle(page, '/');
  await page.evaluate(
    ([key, value]) => localStorage.setItem(key!, value!),
    ['readiness:v1:history', encodeStoredHistory([snapshot(0), snapshot(1)], ids)],
  );
  await gotoAndSettle(page, '/history/');
  await page.locator('[data-ready="true"]').waitFor();
  const region = page.getByRole('region', { name: /^Saved results for Acme Bank/ });
  await expect(region).toBeVisible();
  expect(await region.evaluate((r) => r.scrollWidth > r.clientWidth), 'the table is clipped').toBe(true);
  await expect(page.getByText('Scroll sideways to see the whole table')).toBeVisible();
  await region.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => region.evaluate((r) => r.scrollLeft)).toBeGreaterThan(0);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

  // Wide enough for the table: no cue.
  await page.setViewportSize({ width: 1280, height: 800 });
  await expect(page.getByText('Scroll sideways to see the whole table')).toBeHidden();
});

test('rupee amounts are grouped in lakh and crore', async ({ page }) => {
  const rupee = content.assumptions.currencies.find((c) => c.code === 'INR')!;
  const estimate = estimateCost(content, defaultCostInputs(content));
  const { total } = convertLinesAndTotal(estimate.lines, rupee.ratePerUsd);
  const expected = formatMoneyRange(total.low, total.high, 'INR');
  expect(expected).toMatch(/^₹\d{1,2}(,\d\d)+,\d{3} – ₹\d{1,2}(,\d\d)+,\d{3}$/);

  await gotoAndSettle(page, '/cost/');
  await page.locator('[data-ready="true"]').waitFor();
  await page.getByRole('radio', { name: /Indian rupee \(INR\)/ }).check();
  await expect(page.getByText(expected, { exact: true }).first()).toBeVisible();
  const main = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
  expect(main, 'no rupee amount grouped in thousands').not.toMatch(/₹\d{1,3},\d{3},\d{3}/);
  await expectNoAxeViolations(page, 'cost: rupees');
});

// What follows a heading must not touch it. An element with `display: contents` (the copy-link
// group, which joins its buttons' row) has no box for a stack's margin: the share section's button
// sat flush against its heading until it got one.
test('every section heading has room below it, on the island pages', async ({ page }) => {
  for (const route of ['/cost/', '/history/', '/invariants/', '/decide/agent-or-automation/']) {
    await gotoAndSettle(page, route);
    const tight = await page.locator('main h2').evaluateAll((headings) =>
      headings.flatMap((heading) => {
        const box = heading.getBoundingClientRect();
        if (box.height === 0) return [];
        let next = heading.nextElementSibling;
        while (next && getComputedStyle(next).display === 'contents') next = next.firstElementChild;
        while (next && next.getBoundingClientRect().height === 0) next = next.nextElementSibling;
        if (!next) return [];
        const gap = Math.round(next.getBoundingClientRect().top - box.bottom);
        return gap < 8 ? [`“${heading.textContent}”: ${gap} px`] : [];
      }),
    );
    expect(tight, `${route}: headings with less than 8 px below them`).toEqual([]);
  }
});

test('the space a page puts above its island is there, and an empty notices region adds none', async ({ page }) => {
  const found: string[] = [];
  for (const route of islandRoutes) {
    await gotoAndSettle(page, route);
    await page.locator('main [data-ready="true"]').waitFor();
    const gap = await page
      .locator('main astro-island')
      .first()
      .evaluate((island) => {
        let before = island.previousElementSibling;
        while (before && before.getBoundingClientRect().height === 0) before = before.previousElementSibling;
        // An island that opens the page has nothing above it to keep apart from.
        if (!before) return null;
        // The island's first box: its root is a stack whose first child may be the empty notices region.
        const first = [...(island.firstElementChild?.children ?? [])].find(
          (child) => child.getBoundingClientRect().height > 0,
        );
        if (!first) return null;
        return {
          wanted: parseFloat(getComputedStyle(island).marginBlockStart),
          actual: first.getBoundingClientRect().top - before.getBoundingClientRect().bottom,
        };
      });
    if (!gap) continue;
    if (Math.abs(gap.actual - gap.wanted) > 1)
      found.push(`${route}: ${Math.round(gap.actual)} px where the page's stack puts ${gap.wanted} px`);
  }
  expect(found).toEqual([]);
});
