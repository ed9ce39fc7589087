/**
 * The PDF document renders in Node (renderToBuffer) for every stage, and `pdftotext` reads the
 * stage, score, stall point and cost total back out of it: the text is real text, in our font.
 * KEEP_PDF=1 keeps the rendered files and prints their folder (look at them with pdftoppm).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { poppler } from '../helpers/poppler';
import { buildReport, type ReportInput, type ReportModel } from '../../src/domain/report-model';
import { defaultCostInputs } from '../../src/domain/cost';
import { BASE_FACES } from '../../src/report/fonts/catalogue';
import { rangesCover } from '../../src/domain/script-coverage';
import { fontFilePath, renderReportBuffer } from '../helpers/render-pdf';
import { answersWithYes } from '../helpers/answers';
import { fillSlots } from '../../src/domain/fill-slots';

// fontkit (react-pdf's font engine) ships no type declarations; this is all the test uses.
const fontkit = (await import('fontkit' as string)) as {
  create(data: Buffer): { hasGlyphForCodePoint(codePoint: number): boolean };
};
import { loadCostText, loadSiteContent, loadReportWording } from '../helpers/load-content';
import { numberWordsFromFile } from '../../src/lib/number-words';
import { emptyReportInput } from '../helpers/report-input';

const costText = loadCostText();

// A render fetches and parses several font files: seconds on a busy machine. A ceiling, not a check.
vi.setConfig({ testTimeout: 60_000 });

const content = loadSiteContent();
const wording = loadReportWording(content);
const ids = content.questions.map((q) => q.id);
const generatedAt = new Date(2026, 10, 27, 9, 0);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'readiness-pdf-'));
});
afterAll(() => (process.env.KEEP_PDF ? console.log(dir) : rmSync(dir, { recursive: true, force: true })));

/** Renders the model, writes it to a temp file and returns what pdftotext and pdfinfo read. */
async function renderAndRead(model: ReportModel, name: string) {
  const { buffer } = await renderReportBuffer(model);
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, buffer);
  const text = poppler('pdftotext', ['-layout', file, '-']);
  const info = poppler('pdfinfo', [file]);
  const fonts = poppler('pdffonts', [file]);
  return { text, info, fonts, flat: text.replace(/\s+/g, ' ') };
}

const base = emptyReportInput(content, generatedAt);

function model(overrides: Partial<ReportInput>): ReportModel {
  return buildReport({ ...base, ...overrides });
}

const withOwner = (n: number) => ['production-owner', ...ids.filter((id) => id !== 'production-owner')].slice(0, n);

describe.each([
  { stage: 'experimentation', yes: [] as string[] },
  { stage: 'selective-production', yes: withOwner(2) },
  { stage: 'distributed-delivery', yes: ids.slice(0, 6) },
  { stage: 'operating-model-integration', yes: ids.slice(0, 9) },
  { stage: 'further-along', yes: ids },
])('the PDF for $stage', ({ stage, yes }) => {
  it('holds stage, score, stall point, plan and cost total as text, with metadata and page numbers', async () => {
    const report = model({ answers: answersWithYes(ids, yes, 'unsure'), cost: defaultCostInputs(content) });
    const d = report.diagnostic!;
    expect(d.stage.id).toBe(stage);
    const { flat, info, fonts } = await renderAndRead(report, stage);

    expect(flat).toContain(d.stage.name);
    expect(flat).toContain(`${d.score} of ${d.total}`);
    if (d.stallPoint) expect(flat).toContain(d.stallPoint.text);
    else expect(flat).toContain('there is no stall point');
    expect(flat).toContain('$410,000 – $925,000');
    expect(flat).toContain('Generated in your browser — nothing was sent anywhere.');
    // The first sentence of the stage plan, as drawn from its Markdown.
    const firstPlanSentence = d.plan
      .split('\n')
      .find((l) => l && !l.startsWith('#'))!
      .split('. ')[0]!;
    expect(flat).toContain(firstPlanSentence.replace(/\s+/g, ' '));
    expect(flat).toMatch(/Page 1 of \d+/);
    const pages = Number(/Pages:\s+(\d+)/.exec(info)![1]);
    expect(flat).toContain(`Page ${pages} of ${pages}`);

    expect(info).toMatch(/Title:\s+AI readiness report/);
    expect(info).toMatch(new RegExp(`Subject:\\s+Stage: ${d.stage.name}`));
    expect(info).toMatch(/Author:\s+Readiness/);
    expect(fonts).toMatch(/Inter/);
    expect(fonts).not.toMatch(/Helvetica/);
  });
});

describe('PDF variants', () => {
  it('cost only, in rupees, with a client label and notes', async () => {
    const report = model({
      cost: { ...defaultCostInputs(content), inference: { mode: 'volume', tasksPerMonth: 20_000, modelTier: 'fast' } },
      currency: { code: 'INR', ratePerUsd: 84 },
      session: {
        clientLabel: 'Acme Bank',
        notes: { 'outcome-metric': 'Sponsor to confirm the baseline.', cost: 'Quote pending.' },
      },
    });
    const { flat } = await renderAndRead(report, 'cost-inr');
    expect(flat).toContain('AI readiness report: Acme Bank');
    expect(flat).toContain(report.cost!.total.rangeText);
    expect(report.cost!.total.rangeText).toMatch(/^₹/);
    expect(flat).toContain('Facilitator notes');
    expect(flat).toContain('Sponsor to confirm the baseline.');
    expect(flat).toContain('This report does not cover the diagnostic');
    expect(flat).toContain('Unit cost');
  });

  it('both parts with a second scenario and a wrong cut', async () => {
    const inputs = defaultCostInputs(content);
    const report = model({
      answers: answersWithYes(ids, ids.slice(0, 6)),
      cost: { ...inputs, overrides: { operations: { low: 10_000, high: 20_000 } } },
      costScenarioName: 'As planned',
      otherCostScenarios: [{ name: 'Narrowed', inputs: { ...inputs, agents: 0 } }],
    });
    const { flat } = await renderAndRead(report, 'scenarios');
    expect(flat).toContain('Year-one cost: As planned');
    expect(flat).toContain(`Narrowed: ${report.cost!.otherScenarios[0]!.rangeText}`);
    expect(flat).toContain('Wrong cut.');
    expect(flat).toContain(report.cost!.warnings[0]!.message);
  });

  it('neither part: says what is missing, in words for paper', async () => {
    const { flat } = await renderAndRead(model({}), 'empty');
    expect(flat).toContain('This report does not cover the diagnostic');
    expect(flat).toContain('This report does not cover the year-one cost');
    expect(flat).not.toContain('Start the diagnostic');
    expect(flat).not.toContain('Estimate the year-one cost');
  });
});

describe("the PDF's words are content's", () => {
  // Every word of report.md marked with its key ("«pdf-stands» Where the programme stands"), and
  // each paragraph of its body with its place: the PDF must print them as given, and none of its own.
  const marked = Object.fromEntries(
    Object.entries(wording.report).map(([key, value]) => [key, `«${key}» ${value}`]),
  ) as typeof wording.report;
  const methodology = wording.methodology.map((p, i) => `«method-${i + 1}» ${p}`);
  let flat: string;
  beforeAll(async () => {
    const inputs = defaultCostInputs(content);
    const report = buildReport({
      siteName: 'Readiness',
      text: { ...wording, report: marked, methodology },
      costText,
      content,
      answers: answersWithYes(ids, ids.slice(0, 6), 'unsure'),
      cost: { ...inputs, overrides: { operations: { low: 10_000, high: 20_000 } } },
      costScenarioName: 'As planned',
      otherCostScenarios: [{ name: 'Narrowed', inputs: { ...inputs, agents: 0 } }],
      session: { clientLabel: 'Acme Bank', notes: { cost: 'Quote pending.' } },
      generatedAt,
    });
    // Eyebrows and the brand line are set in capitals: compare without case.
    flat = (await renderAndRead(report, 'marked-words')).flat.toLowerCase();
  });

  // Not in the page's text: the outline entry (a bookmark) and the ladder's marker, in a column too
  // narrow for the marked words to stay on one line.
  const notInline = ['pdf-keywords', 'pdf-summary-outline', 'pdf-you-are-here'];
  const pdfOnly = Object.keys(wording.report).filter(
    (key) =>
      key.startsWith('pdf-') && !notInline.includes(key) && !/\{[a-z-]+\}/.test(wording.report[key as 'pdf-stands']),
  ) as (keyof typeof wording.report)[];

  it("prints the cover, headings, legends and footer from report.md's text", () => {
    expect(pdfOnly.length).toBeGreaterThan(10);
    for (const key of pdfOnly) expect(flat, key).toContain(`«${key}» ${wording.report[key]}`.toLowerCase());
    expect(flat).toContain(`«pdf-page» ${wording.report['pdf-page'].split('{page}')[0]}1`.toLowerCase());
    expect(flat).toContain(
      fillSlots(`«pdf-brand» ${wording.report['pdf-brand']}`, { site: 'Readiness' }).toLowerCase(),
    );
    expect(flat).toContain(
      `«pdf-score» ${fillSlots(wording.report['pdf-score'], { score: `6 of ${ids.length}` })}`.toLowerCase(),
    );
    const title = fillSlots(wording.report['report-title-client'], { client: 'Acme Bank' });
    expect(flat).toContain(`«report-title-client» ${title}`.toLowerCase());
    expect(flat).toContain(`«plan-heading» ${wording.report['plan-heading'].split('{stage}')[0]}`.toLowerCase());
  });

  it("prints how the report was made from report.md's body, counts and protected lines from the data", () => {
    expect(methodology.length).toBeGreaterThanOrEqual(3);
    // The start of each paragraph (a long one wraps, and may be hyphenated at a line's end).
    for (const paragraph of methodology) expect(flat).toContain(paragraph.slice(0, 40).toLowerCase());
    const all = wording.methodology.join(' ');
    // Counts as prose writes them ("ten yes/no questions"), from the data through {…|words}.
    expect(all).toContain(`${numberWordsFromFile()[content.questions.length]} yes/no questions`);
    expect(all).toContain(`${numberWordsFromFile()[content.costLines.length]} line items`);
    const protectedLines = content.costLines.filter((line) => line.protected);
    expect(protectedLines.length).toBeGreaterThan(0);
    for (const line of protectedLines) expect(all).toContain(line.label);
  });

  it('keeps no copy of those words of its own', () => {
    let unmarked = flat;
    for (const key of pdfOnly) unmarked = unmarked.split(`«${key}» ${wording.report[key]}`.toLowerCase()).join(' ');
    for (const key of pdfOnly)
      // Three words or more: shorter ones ("Stall point") also occur inside other sentences.
      if (wording.report[key].split(' ').length >= 3)
        expect(unmarked, key).not.toContain(wording.report[key].toLowerCase());
  });
});

describe('the font', () => {
  const characters = new Set<string>();
  const add = (text: string) => {
    for (const ch of text) if (ch.codePointAt(0)! > 0x20) characters.add(ch);
  };
  for (const q of content.questions) [q.label, q.text, q.guidance, q.firstStep, q.why].forEach(add);
  for (const s of content.stages) [s.name, s.summary, s.plan].forEach(add);
  for (const l of content.costLines) [l.label, l.cutWarning ?? '', l.guidance].forEach(add);
  add(JSON.stringify(content.assumptions));
  // Every currency the calculator offers, as Intl formats it, and the report's own punctuation.
  add('$€£₹–—“”‘’…•·−');

  it("every character has a face, and that face's file has the glyph (regular, bold and italic)", () => {
    const missing: string[] = [];
    for (const ch of characters) {
      const cp = ch.codePointAt(0)!;
      const face = BASE_FACES.find((f) => rangesCover(f.ranges, cp));
      if (!face) missing.push(`${ch}: no face`);
      for (const file of face?.files ?? []) {
        if (!fontkit.create(readFileSync(fontFilePath(file.src))).hasGlyphForCodePoint(cp))
          missing.push(`${ch}: ${file.src}`);
      }
    }
    expect(missing).toEqual([]);
  });
});
