/**
 * Every script a user can type prints: labels and notes in Latin with accents, Devanagari, Arabic,
 * Hebrew, Chinese, Japanese and Korean come back out of the PDF through pdftotext, emoji become a
 * visible placeholder, each script's font is embedded only when its text is there, and a long
 * unbreakable label or URL wraps inside the page (pdftotext -bbox gives every word's box).
 * KEEP_PDF=1 keeps the files.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poppler } from '../helpers/poppler';
import { buildReport, type ReportModel } from '../../src/domain/report-model';
import { defaultCostInputs } from '../../src/domain/cost';
import { renderReportBuffer } from '../helpers/render-pdf';
import { answersWithYes } from '../helpers/answers';
import { loadCostText, loadSiteContent, loadReportWording } from '../helpers/load-content';
import { patience } from '../helpers/patience';

const costText = loadCostText();

const content = loadSiteContent();
const wording = loadReportWording(content);
const ids = content.questions.map((q) => q.id);
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'readiness-scripts-'));
});
afterAll(() => (process.env.KEEP_PDF ? console.log(dir) : rmSync(dir, { recursive: true, force: true })));

function model(clientLabel: string, notes: Record<string, string>): ReportModel {
  return buildReport({
    siteName: 'Readiness',
    costText,
    text: wording,
    content,
    answers: answersWithYes(ids, ids.slice(0, 4), 'no'),
    cost: defaultCostInputs(content),
    session: { clientLabel, notes },
    generatedAt: new Date(2026, 10, 27, 9, 0),
  });
}

async function render(report: ReportModel, name: string) {
  const { buffer, faces } = await renderReportBuffer(report);
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, buffer);
  const read = (...args: string[]) => poppler('pdftotext', [...args, file, '-']);
  const fonts = poppler('pdffonts', [file]);
  return { file, faces, fonts, read };
}

// pdftotext marks right-to-left runs with embedding controls; what matters is the letters.
const letters = (text: string) => text.normalize('NFC').replace(/[\u200e\u200f\u202a-\u202e\s]+/g, ' ');

const SCRIPTS = {
  latin: 'Crème brûlée for Ærøskøbing, São Paulo and Łódź',
  devanagari: 'नमस्ते भारत टीम',
  arabic: 'عميل مهم',
  hebrew: 'שלום עולם',
  chinese: '我们的客户需要预算',
  japanese: 'ひらがなとカタカナ',
  korean: '한국어 메모',
};

// Rendering with a dozen font files takes seconds on a busy machine; this is a ceiling, not a check.
const SLOW = { timeout: patience(60_000) };

describe('scripts a user can type', SLOW, () => {
  it('print, each with its own font, and emoji become a placeholder', async () => {
    const notes: Record<string, string> = {};
    Object.values(SCRIPTS).forEach((text, i) => (notes[ids[i]!] = text));
    notes.cost = 'Budget approved 😀👍🏽 by the board';
    const { read, fonts, faces } = await render(model('日本語クライアント 😀 عميل', notes), 'scripts');
    const text = letters(read());

    for (const sample of Object.values(SCRIPTS)) expect(text).toContain(letters(sample));
    // The cover sets the label large, so it may wrap: compare without spaces.
    expect(text.replace(/ /g, '')).toContain('日本語クライアント[emoji]عميل');
    expect(text).toContain('Budget approved [emoji] by the board');
    for (const family of [
      'Inter-Regular',
      'NotoSansDevanagari',
      'NotoSansArabic',
      'NotoSansHebrew',
      'NotoSansSC',
      'NotoSansKR',
    ]) {
      expect(fonts).toContain(family);
    }
    expect(faces).toContain('Inter-latin-ext');
  });

  it('a Latin-only report embeds Inter alone', async () => {
    const { fonts, faces } = await render(model('Acme Bank', { [ids[0]!]: 'Plain English note.' }), 'latin');
    expect(faces).toEqual(['Inter']);
    expect(fonts).not.toMatch(/Noto/);
  });
});

/** Every word box pdftotext finds, page by page: page size and word edges, in points. */
function wordBoxes(html: string) {
  const width = Number(/<page width="([\d.]+)"/.exec(html)![1]);
  const pages = html.split('<page ').slice(1);
  const words = pages.flatMap((page, index) =>
    [...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g)].map(
      (m) => ({ page: index + 1, xMin: +m[1]!, yMin: +m[2]!, xMax: +m[3]!, yMax: +m[4]!, text: m[5]! }),
    ),
  );
  return { width, words };
}

type Box = ReturnType<typeof wordBoxes>['words'][number];
/**
 * Two words drawn over each other: more than a point across, and more than a
 * quarter of a line down (pdftotext's boxes are the font's full height, so tight lines touch).
 */
const overlap = (a: Box, b: Box) =>
  a.page === b.page &&
  Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) > 1 &&
  Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin) > 0.25 * Math.min(a.yMax - a.yMin, b.yMax - b.yMin);

describe('long unbreakable text', SLOW, () => {
  const label = 'Contoso-Global-Enterprise-AI-Transformation-Programme-'.repeat(3).slice(0, 120);
  const url = `https://intranet.example.com/programmes/${'x'.repeat(40)}/reports/${'y'.repeat(30)}?quarter=2026-Q4`;

  it('a 120-character label and a long URL in a note stay inside the page box', async () => {
    expect(label).toHaveLength(120);
    const { read } = await render(model(label, { [ids[0]!]: `See ${url} for the baseline.` }), 'long-words');
    const { width, words } = wordBoxes(read('-bbox'));
    // The text column is 52 pt in from each edge; pdftotext's glyph boxes overshoot by up to ~3.5 pt.
    const margin = 52 - 4;
    const outside = words.filter((w) => w.xMin < margin || w.xMax > width - margin);
    expect(outside).toEqual([]);
    const where = (w: Box) => `p${w.page} "${w.text}" x ${w.xMin}–${w.xMax}, y ${w.yMin}–${w.yMax}`;
    const collisions = words.flatMap((a, i) =>
      words
        .slice(i + 1)
        .filter((b) => overlap(a, b))
        .map((b) => `${where(a)} × ${where(b)}`),
    );
    expect(collisions).toEqual([]);
    // Nothing was cut: the label and the URL come back whole once the wrap hyphens are taken out.
    const joined = read('-raw').replace(/[\s-]+/g, '');
    expect(joined).toContain(label.replace(/-/g, ''));
    expect(joined).toContain(url.replace(/-/g, ''));
  });
});
