/**
 * Helpers for the document builders' end-to-end tests (scorecard, readiness definition,
 * invariants, partner check): keyboard-only navigation and reading a downloaded PDF back.
 */
import type { Locator, Page } from '@playwright/test';
import { poppler } from '../helpers/poppler';
import { expect } from './fixtures';

/** Presses Tab (never the mouse) until `target` has focus; fails if it is not reachable. */
export async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable by Tab: ${target.toString()}`);
}

/**
 * Tabs to a text field and enters text into it from the keyboard. Reaching and selecting the field
 * is the keyboard check; the text itself goes in at once (`insertText`), as key-by-key typing only
 * costs time on a busy machine and proves nothing more.
 */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.insertText(text);
}

/**
 * Tabs into a radio group (given its first radio) and selects the option at `index` with the
 * arrow keys. Tab lands on the checked radio, or on the first when none is checked.
 */
export async function chooseRadio(page: Page, firstRadio: Locator, index: number): Promise<void> {
  const name = await firstRadio.getAttribute('name');
  const group = page.locator(`input[type="radio"][name="${name}"]`);
  let guard = 0;
  while (!(await group.evaluateAll((radios) => radios.includes(document.activeElement as HTMLInputElement)))) {
    await page.keyboard.press('Tab');
    if (++guard > 120) throw new Error(`radio group ${name} not reachable by Tab`);
  }
  const focused = () => group.evaluateAll((radios) => radios.indexOf(document.activeElement as HTMLInputElement));
  if (!(await group.nth(await focused()).isChecked())) await page.keyboard.press('Space');
  for (let at = await focused(); at !== index; at = await focused())
    await page.keyboard.press(at < index ? 'ArrowDown' : 'ArrowUp');
}

/** Presses a button with the keyboard (Tab to it, Enter). */
export async function pressButton(page: Page, button: Locator): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

export interface ReadPdf {
  name: string;
  /** pdftotext's reading in drawing order (-raw keeps a table cell's lines together), whitespace collapsed. */
  text: string;
  pages: number;
}

/** Presses a download button by keyboard, waits for the file and reads it with pdftotext/pdfinfo. */
export async function downloadByKeyboard(page: Page, button: Locator): Promise<ReadPdf> {
  const downloading = page.waitForEvent('download');
  await pressButton(page, button);
  const download = await downloading;
  const file = await download.path();
  const text = poppler('pdftotext', ['-raw', file, '-']).replace(/\s+/g, ' ');
  const info = poppler('pdfinfo', [file]);
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return { name: download.suggestedFilename(), text, pages };
}

/** Waits until an island has read this device's saved state (it sets data-ready). */
export async function waitReady(page: Page): Promise<void> {
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
}
