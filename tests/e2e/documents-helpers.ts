/**
 * Helpers for the document builders' end-to-end tests (scorecard, readiness definition,
 * invariants, partner check): keyboard-only navigation and reading a downloaded PDF back.
 */
import { execFileSync } from 'node:child_process';
import type { Locator, Page } from '@playwright/test';
import { expect } from './fixtures';

/** Presses Tab (never the mouse) until `target` has focus; fails if it is not reachable. */
export async function tabTo(page: Page, target: Locator, limit = 120): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`not reachable by Tab: ${target.toString()}`);
}

/** Tabs to a text field and types into it. */
export async function typeInto(page: Page, field: Locator, text: string): Promise<void> {
  await tabTo(page, field);
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

/** Tabs to a radio group's first radio and moves the selection to the option at `index` with arrows. */
export async function chooseRadio(page: Page, firstRadio: Locator, index: number): Promise<void> {
  await tabTo(page, firstRadio);
  // A group with nothing checked puts focus on its first radio; Space checks it, arrows move on.
  await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

/** Presses a button with the keyboard (Tab to it, Enter). */
export async function pressButton(page: Page, button: Locator): Promise<void> {
  await tabTo(page, button);
  await page.keyboard.press('Enter');
}

export interface ReadPdf {
  name: string;
  /** pdftotext's reading, whitespace collapsed. */
  text: string;
  pages: number;
}

/** Presses a download button by keyboard, waits for the file and reads it with pdftotext/pdfinfo. */
export async function downloadByKeyboard(page: Page, button: Locator): Promise<ReadPdf> {
  const downloading = page.waitForEvent('download');
  await pressButton(page, button);
  const download = await downloading;
  const file = await download.path();
  const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  return { name: download.suggestedFilename(), text, pages };
}

/** Waits until an island has read this device's saved state (it sets data-ready). */
export async function waitReady(page: Page): Promise<void> {
  await expect(page.locator('[data-ready="true"]')).toHaveCount(1);
}
