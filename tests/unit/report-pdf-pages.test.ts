/**
 * The PDF a sponsor forwards, read back with poppler: page 1 alone is the executive summary for
 * every kind of report; no page is mostly empty or ends on a heading; and nothing in it is web-only (calls to action,
 * localhost or site-relative links), in the text or in the link annotations.
 * KEEP_PDF=1 keeps the files and prints their folder (look at them with pdftoppm -png -r 60).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poppler } from '../helpers/poppler';
import { buildReport, costReportInput, type ReportInput, type ReportModel } from '../../src/domain/report-model';
import { defaultCostInputs } from '../../src/domain/cost';
import { initialCostState } from '../../src/domain/cost-state';
import { renderReportBuffer } from '../helpers/render-pdf';
import { answersWithYes } from '../helpers/answers';
import {
  loadDecisionsReportText,
  loadDocumentsReportText,
  loadReportDocumentsPartText,
  loadScenarioNames,
  loadSiteContent,
} from '../helpers/load-content';
import { loadDocumentsContent } from '../helpers/load-documents-content';
import { loadDecisionsContent } from '../helpers/decisions-content';
import { buildDocumentsReport } from '../../src/domain/documents-report';
import { reportDocuments } from '../../src/domain/report-documents';
import { decisionsReport } from '../../src/domain/decisions-report';
import { EMPTY_SCORECARD } from '../../src/domain/scorecard';
import { initialDefinition } from '../../src/domain/readiness-definition';
import { AUTOMATION_ANSWERS } from './decisions-fixtures';
import { emptyReportInput } from '../helpers/report-input';

const content = loadSiteContent();
const ids = content.questions.map((q) => q.id);
const generatedAt = new Date(2026, 10, 27, 9, 0);
const context = { content, removableLineIds: ['scoping-engagement'], scenarioNames: loadScenarioNames(content) };
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'readiness-pages-'));
});
afterAll(() => (process.env.KEEP_PDF ? console.log(dir) : rmSync(dir, { recursive: true, force: true })));

const base: ReportInput = emptyReportInput(content, generatedAt);
const sixYes = answersWithYes(ids, ids.slice(0, 6));
const volumeInr = {
  ...costReportInput({
    ...initialCostState(context),
    scenarios: [
      {
        name: 'As planned',
        inputs: {
          ...defaultCostInputs(content),
          inference: { mode: 'volume', tasksPerMonth: 12_345, modelTier: 'fast' },
        },
      },
      { name: 'Narrowed', inputs: { ...defaultCostInputs(content), workflows: 0 } },
    ],
    currency: { code: 'INR', ratePerUsd: 84 },
  }),
};
const docs = loadDocumentsContent();
const definitionContent = { elements: docs.readinessElements, document: docs.readinessDocument };
const savedDocuments = reportDocuments(
  buildDocumentsReport(
    {
      invariants: docs.invariants,
      definition: definitionContent,
      scorecard: docs.scorecard,
      commitments: docs.partnerCommitments,
      verdict: docs.partnerVerdict,
      text: loadDocumentsReportText(),
    },
    {
      invariantCheck: null,
      readinessDefinition: { ...initialDefinition(definitionContent.elements), system: 'Claims triage agent' },
      scorecard: { ...EMPTY_SCORECARD, programme: 'Claims triage', metric: 'Claims closed per day', target: '90' },
      partnerCheck: null,
    },
    sixYes,
    null,
    generatedAt,
  ),
  loadReportDocumentsPartText(content),
);
const savedDecisions = decisionsReport(
  loadDecisionsContent(),
  {
    useCases: [
      {
        id: 'uc-a',
        name: 'Invoice matching',
        description: 'Match invoices to orders',
        answers: AUTOMATION_ANSWERS,
        note: '',
      },
    ],
    deployment: { answers: { regulatory: 'own-infrastructure' }, note: '' },
  },
  loadDecisionsReportText(),
);
const longNote = (n: number) => `Note ${n}: ${'the client says the evidence is partly in place. '.repeat(8)}`;

const KINDS: { kind: string; input: ReportInput }[] = [
  { kind: 'diagnostic only', input: { ...base, answers: sixYes, scope: 'diagnostic' } },
  { kind: 'cost only', input: { ...base, ...volumeInr } },
  { kind: 'both', input: { ...base, answers: sixYes, ...volumeInr } },
  {
    kind: 'with documents and decisions',
    input: { ...base, answers: sixYes, ...volumeInr, documents: savedDocuments, decisions: savedDecisions },
  },
  {
    kind: 'facilitator with notes',
    input: {
      ...base,
      answers: answersWithYes(ids, ids.slice(0, 3), 'unsure'),
      ...volumeInr,
      session: {
        clientLabel: 'Acme Bank',
        notes: Object.fromEntries([...ids, 'cost'].map((id, i) => [id, longNote(i + 1)])),
      },
    },
  },
];

interface Read {
  pages: number;
  page1: string;
  all: string;
  raw: string;
  /** Per page, the share of the writable height that holds text (footer excluded). */
  fill: number[];
  /** Per page, the last line above the footer: its words and its height (a heading's is larger). */
  lastLines: { text: string; height: number }[];
  /** Each page's text, whitespace collapsed. */
  pageTexts: string[];
}

/** Body text lines are 12.1 pt high and smaller print 10.3; every heading size is above this. */
const HEADING_LINE_HEIGHT = 12.5;

async function render(model: ReportModel, name: string, origin: string | null = null): Promise<Read> {
  const file = path.join(dir, `${name.replace(/\W+/g, '-')}.pdf`);
  writeFileSync(file, (await renderReportBuffer(model, origin)).buffer);
  const text = (args: string[]) => poppler('pdftotext', [...args, file, '-']);
  const pages = Number(/Pages:\s+(\d+)/.exec(poppler('pdfinfo', [file]))![1]);
  const bbox = text(['-bbox']);
  const fill = [...bbox.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(([, h, body]) => {
    const height = Number(h);
    // The page's padding (top 48, bottom 64) and the fixed footer are not content.
    const bottoms = [...body!.matchAll(/yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)"/g)]
      .map(([, , yMax]) => Number(yMax))
      .filter((y) => y < height - 64);
    return bottoms.length ? (Math.max(...bottoms) - 48) / (height - 48 - 64) : 0;
  });
  const layout = text(['-bbox-layout']);
  const lastLines = [...layout.matchAll(/<page width="[\d.]+" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map(
    ([, h, body]) => {
      const lines = [
        ...body!.matchAll(/<line xMin="[\d.]+" yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">([\s\S]*?)<\/line>/g),
      ]
        .map(([, yMin, yMax, words]) => ({
          bottom: Number(yMax),
          height: Number(yMax) - Number(yMin),
          text: [...words!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(' '),
        }))
        .filter((line) => line.bottom < Number(h) - 64)
        .sort((a, b) => a.bottom - b.bottom);
      const last = lines.at(-1);
      return { text: last?.text ?? '', height: last?.height ?? 0 };
    },
  );
  return {
    lastLines,
    pageTexts: text([])
      .split('\f')
      .slice(0, pages)
      .map((page) => page.replace(/\s+/g, ' ')),
    pages,
    page1: text(['-f', '1', '-l', '1']).replace(/\s+/g, ' '),
    all: text([]).replace(/\s+/g, ' '),
    raw: readFileSync(file, 'latin1'),
    fill,
  };
}

const CALLS_TO_ACTION = [
  'Open the full report',
  'Start the diagnostic',
  'Finish the diagnostic',
  'Estimate the year-one cost',
  'Download PDF',
  'Copy link',
  'This is my plan',
  'Start over',
  'Not in this report yet',
];

/** Every link annotation's target, as pdfkit writes it: `/URI (…)`. */
const linkTargets = (raw: string) => [...raw.matchAll(/\/URI \(([^)]*)\)/g)].map((m) => m[1]!);

describe.each(KINDS)('the $kind PDF', ({ kind, input }) => {
  const model = buildReport(input);
  let read: Read;
  beforeAll(async () => {
    read = await render(model, kind);
  });

  it('has the executive summary on page 1 alone', () => {
    const { page1 } = read;
    const { summary } = model;
    if (model.diagnostic) {
      const stall = model.diagnostic.stallPoint!;
      expect(page1).toContain(model.diagnostic.stage.name);
      expect(page1).toContain(`${model.diagnostic.scoreText} questions answered Yes`);
      expect(page1).toContain(stall.label);
      expect(page1).not.toContain(stall.questionId);
      expect(page1).toContain(summary.firstActions[0]!.owner!);
      expect(page1).toContain(summary.firstActions[0]!.action.split(' ').slice(0, 6).join(' '));
      if (model.diagnostic.nextStage) expect(page1).toContain(model.diagnostic.nextStage.stepText);
    }
    if (model.cost) {
      expect(page1).toContain(model.cost.total.rangeText);
      expect(page1).toContain(`Midpoint ${model.cost.total.midpointText}`);
      expect(page1).toContain(model.cost.buildShare.text);
      expect(page1).toMatch(/year-one cost: as planned/i);
    }
    if (input.session?.clientLabel) expect(page1).toContain(input.session.clientLabel);
    expect(page1).toContain('27 November 2026');
    expect(page1).toMatch(/Page 1 of \d+/);
  });

  it('prints no web-only text and no link to localhost or a relative path', () => {
    for (const phrase of CALLS_TO_ACTION) expect(read.all, phrase).not.toContain(phrase);
    expect(read.all).not.toMatch(/localhost|127\.0\.0\.1|https?:\/\/readiness\.example/);
    expect(read.all).not.toMatch(
      /(?:^|\s)\/(?:assessment|cost|report|methodology|stages|history|invariants|scorecard|readiness-definition|partner-check|decide)\//,
    );
    for (const target of linkTargets(read.raw)) expect(target).toMatch(/^(?:https?:|mailto:)/);
    expect(linkTargets(read.raw).filter((t) => /localhost|127\.0\.0\.1/.test(t))).toEqual([]);
  });

  it('has the footer, with its number, on every page', () => {
    expect(read.pageTexts).toHaveLength(read.pages);
    read.pageTexts.forEach((page, i) => {
      expect(page, `page ${i + 1}`).toContain(`Page ${i + 1} of ${read.pages}`);
      expect(page, `page ${i + 1}`).toContain(model.title);
    });
  });

  it('never leaves a heading as the last line of a page', () => {
    const stranded = read.lastLines
      .slice(0, -1)
      .map((line, index) => ({ page: index + 1, ...line }))
      .filter((line) => line.height > HEADING_LINE_HEIGHT);
    expect(stranded).toEqual([]);
  });

  it('never prints a question id where its label belongs', () => {
    // An id that is its label in lower case ("policy-as-code") is the practice's own name.
    for (const question of content.questions.filter((q) => q.id !== q.label.toLowerCase())) {
      expect(read.all).not.toMatch(new RegExp(`(?<![\\w-])${question.id}(?![\\w-])`));
    }
  });

  it('leaves no page but the last mostly empty (page 1 included, whatever the report holds), in a sensible page count', () => {
    expect(read.fill).toHaveLength(read.pages);
    read.fill.slice(0, -1).forEach((fill, i) => expect(fill, `page ${i + 1} of ${read.pages}`).toBeGreaterThan(0.5));
    expect(read.pages).toBeGreaterThanOrEqual(2);
    expect(read.pages).toBeLessThanOrEqual(
      kind === 'facilitator with notes' || kind === 'with documents and decisions' ? 12 : 8,
    );
  });

  it('has an outline (bookmarks) for the summary and each section, and opens with it', () => {
    const titles = [...read.raw.matchAll(/\/Title \(([^)]*)\)/g)].map((m) => m[1]);
    expect(titles).toContain('Executive summary');
    expect(titles).toContain('How this report was made');
    if (model.diagnostic) expect(titles).toEqual(expect.arrayContaining(['Your answers', 'Your plan']));
    if (input.session?.notes) expect(titles).toContain('Facilitator notes');
    expect(read.raw).toContain('/PageMode /UseOutlines');
  });

  it('prints the documents that close the gaps, the documents and the decisions the model holds', () => {
    const detail = read.all.slice(read.page1.length);
    for (const doc of model.diagnostic?.documents ?? []) expect(detail).toContain(`${doc.title}: ${doc.line}`);
    if (model.summary.documentsText) expect(read.page1).toContain(model.summary.documentsText);
    if (model.documents) expect(detail).toContain('Claims closed per day');
    for (const part of model.documents?.parts ?? []) {
      expect(detail).toContain(part.title);
      expect(detail).toContain(part.status);
    }
    for (const useCase of model.decisions?.useCases ?? [])
      expect(detail).toContain(`${useCase.name}: ${useCase.outcome}`);
    if (model.decisions?.deployment) expect(detail).toContain(model.decisions.deployment.trail[0]!.title);
  });

  it('shows the same figures in the summary as in the detail', () => {
    if (!model.cost) return;
    // In the summary and again in the detail's total; without a diagnostic, the detail's cost
    // section follows the short summary on page 1 and is its only statement of the total.
    expect(read.page1).toContain(model.cost.total.rangeText);
    const times = read.all.split(model.cost.total.rangeText).length - 1;
    if (model.diagnostic) expect(times).toBeGreaterThanOrEqual(2);
    else expect(times).toBe(1);
    if (model.cost.unitCost) expect(read.all).toContain(model.cost.unitCost.totalPerTaskText);
  });
});

describe('the link checks can fail', () => {
  it('finds a localhost link annotation when the document is given that origin', async () => {
    const withLink = {
      ...content,
      questions: content.questions.map((q) =>
        q.order === 7 ? { ...q, firstStep: `${q.firstStep} See [the method](/methodology/).` } : q,
      ),
    };
    const model = buildReport({ ...base, content: withLink, answers: sixYes });
    const leaky = await render(model, 'leaky', 'http://localhost:4321');
    expect(linkTargets(leaky.raw)).toContain('http://localhost:4321/methodology/');
    const clean = await render(model, 'clean');
    expect(linkTargets(clean.raw)).toEqual([]);
    expect(clean.all).toContain('See the method.');
  });
});
