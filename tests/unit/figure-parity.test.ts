/**
 * One truth from answer to PDF: for a table of inputs, every figure and shared sentence on the
 * results screen, on /cost/, on /report/ and in the PDF is the same. The components are rendered
 * to static markup and the PDF through react-pdf and pdftotext, and their *text* is compared.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { poppler } from '../helpers/poppler';
import { Results } from '../../src/components/assessment/Results';
import { CostBreakdown } from '../../src/components/cost/CostBreakdown';
import { CostSummary } from '../../src/components/cost/CostSummary';
import { ReportCost } from '../../src/components/report/ReportCost';
import { ReportPlan, ReportSummary } from '../../src/components/report/ReportDiagnostic';
import { buildCostDisplay } from '../../src/domain/cost-display';
import { defaultCostInputs, removableCostLineIds, type CostInputs } from '../../src/domain/cost';
import { initialCostState, type CostState } from '../../src/domain/cost-state';
import { buildDiagnosticView } from '../../src/domain/diagnostic-view';
import { buildReport, costReportInput, type ReportModel } from '../../src/domain/report-model';
import { renderReportBuffer } from '../helpers/render-pdf';
import { answersWithYes } from '../helpers/answers';
import { loadPageText, loadScenarioNames, loadSiteContent, loadReportWording } from '../helpers/load-content';

const content = loadSiteContent();
const wording = loadReportWording(content);
const resultsText = loadPageText('assessment', content);
const reportText = loadPageText('report', content);
const costText = loadPageText('cost', content);
const ids = content.questions.map((q) => q.id);
const context = {
  content,
  removableLineIds: removableCostLineIds(content.costLines),
  scenarioNames: loadScenarioNames(content),
};
const generatedAt = new Date(2026, 10, 27, 9, 0);
const base = defaultCostInputs(content);
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'readiness-parity-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Visible text of static markup: tags out, entities decoded, whitespace collapsed. */
function textOf(element: ReactElement): string {
  return (
    renderToStaticMarkup(element)
      // The chart's axis labels ("$0", "$250K") are scale marks, not figures; its bars are in the table.
      .replace(/<svg[\s\S]*?<\/svg>/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&amp;/g, '&')
      .replace(/&quot;/g, '"')
      .replace(/&#x27;/g, "'")
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&nbsp;/g, ' ')
      .replace(/\s+/g, ' ')
  );
}

async function pdfText(report: ReportModel, name: string): Promise<string> {
  const file = path.join(dir, `${name}.pdf`);
  writeFileSync(file, (await renderReportBuffer(report)).buffer);
  return poppler('pdftotext', [file, '-']).replace(/\s+/g, ' ');
}

/** Whole-unit amounts and per-task amounts in any of the content's currencies; not compact axis labels. */
const MONEY = /[$€£₹][\d,]+(?:\.\d\d)?(?![\d.,]*[KMB])/g;
const figures = (text: string) => new Set(text.match(MONEY) ?? []);
const perTask = (text: string) => [...figures(text)].filter((f) => f.includes('.')).sort();

const state = (plan: CostInputs, currency: CostState['currency'], other: CostInputs = base): CostState => ({
  ...initialCostState(context),
  scenarios: [
    { name: 'As planned', inputs: plan },
    { name: 'Narrowed', inputs: other },
  ],
  currency,
});

const CASES: { name: string; state: CostState }[] = [
  { name: 'reference, USD', state: state(base, { code: 'USD', ratePerUsd: 1 }) },
  {
    name: 'INR at 12,345 tasks a month',
    state: state(
      { ...base, inference: { mode: 'volume', tasksPerMonth: 12_345, modelTier: 'fast' } },
      { code: 'INR', ratePerUsd: 84 },
    ),
  },
  {
    name: 'EUR, a quote below the reference low, scoping left out',
    state: state(
      { ...base, excluded: ['scoping-engagement'], overrides: { operations: { low: 30_000, high: 45_000 } } },
      { code: 'EUR', ratePerUsd: 0.92 },
    ),
  },
  {
    name: 'GBP at an edited rate, three workflows and two agents, sovereign cloud, frontier volume',
    state: state(
      {
        ...base,
        workflows: 3,
        agents: 2,
        deployment: 'sovereign-cloud',
        inference: { mode: 'volume', tasksPerMonth: 987_654, modelTier: 'frontier' },
      },
      { code: 'GBP', ratePerUsd: 0.7777 },
      { ...base, workflows: 0 },
    ),
  },
];

describe.each(CASES)('cost figures: $name', ({ name, state: costState }) => {
  const display = buildCostDisplay(
    context,
    costState.scenarios[0].inputs,
    costState.currency,
    costText,
    costState.scenarios[0].name,
  );
  const report = buildReport({
    siteName: 'Readiness',
    costText,
    text: wording,
    content,
    answers: null,
    ...costReportInput(costState),
    session: null,
    generatedAt,
  });
  const costPage = textOf(
    createElement('div', null, [
      createElement(CostSummary, { key: 's', display, stale: false, problems: [], text: costText }),
      createElement(CostBreakdown, { key: 'b', display, text: costText }),
    ]),
  );
  const reportPage = textOf(createElement(ReportCost, { cost: report.cost!, sourcesHtml: '', text: reportText }));
  let pdf: string;
  beforeAll(async () => {
    pdf = await pdfText(report, name.replace(/\W+/g, '-'));
  });

  it('prints the total, midpoint, every line and the build share alike on /cost/, /report/ and the PDF', () => {
    const shared = [
      display.total.rangeText,
      `Midpoint ${display.total.midpointText}`,
      display.buildShare.text,
      display.buildShare.referenceText,
      ...display.lines.flatMap((line) => [line.label, line.lowText, line.highText, line.basisText]),
      ...display.warnings.map((w) => w.message),
    ];
    for (const text of shared) {
      expect(costPage, `/cost/: ${text}`).toContain(text);
      expect(reportPage, `/report/: ${text}`).toContain(text);
      expect(pdf, `PDF: ${text}`).toContain(text);
    }
    // The report is built separately from the calculator's state, yet lands on the same figures.
    expect(report.cost!.total.rangeText).toBe(display.total.rangeText);
  });

  it('heads the cost part with the same words on /report/ and in the PDF', () => {
    const T = report.text;
    for (const text of [
      report.cost!.heading,
      T['total-year-one'],
      T['inputs-heading'],
      T['lines-heading'],
      T['line-column'],
    ]) {
      expect(reportPage, `/report/: ${text}`).toContain(text);
      expect(pdf, `PDF: ${text}`).toContain(text);
    }
  });

  it('computes the unit cost one way: the same per-task figures everywhere', () => {
    const onCost = perTask(costPage);
    expect(perTask(reportPage)).toEqual(onCost);
    expect(perTask(pdf)).toEqual(onCost);
    if (display.unitCost) expect(onCost.length).toBeGreaterThan(0);
  });

  it('shows no whole-amount figure on /cost/ that /report/ lacks, and the PDF has every one of them', () => {
    const onReport = figures(reportPage);
    for (const figure of figures(costPage)) expect(onReport, `${figure} on /cost/ but not /report/`).toContain(figure);
    for (const figure of onReport) expect(pdf, `${figure} on /report/ but not in the PDF`).toContain(figure);
  });
});

it('pins the INR unit cost that used to differ between /cost/ and /report/', () => {
  const inr = CASES[1]!.state;
  const display = buildCostDisplay(context, inr.scenarios[0].inputs, inr.currency, costText);
  const report = buildReport({
    siteName: 'R',
    costText,
    text: wording,
    content,
    answers: null,
    ...costReportInput(inr),
    session: null,
    generatedAt,
  });
  expect(display.unitCost!.totalPerTaskText).toBe(report.cost!.unitCost!.totalPerTaskText);
  expect(display.unitCost!.totalPerTaskText).toMatch(/^₹\d+\.\d\d – ₹\d+\.\d\d$/);
});

describe.each([
  { name: 'six Yes then Not sure', yes: ids.slice(0, 6) },
  { name: 'production owner only', yes: [ids[1]!] },
  { name: 'all Yes', yes: ids },
])('diagnostic sentences: $name', ({ yes }) => {
  const answers = answersWithYes(ids, yes, 'unsure');
  const view = buildDiagnosticView(content, answers, wording.diagnostic);
  const report = buildReport({
    siteName: 'Readiness',
    text: wording,
    content,
    answers,
    cost: null,
    session: null,
    generatedAt,
  });
  const html = { guidance: {}, firstStep: {}, plan: {}, reaching: {}, costSources: '' };
  const results = textOf(createElement(Results, { view, html, text: resultsText, actions: null }));
  const reportPage = textOf(
    createElement('div', null, [
      createElement(ReportSummary, { key: 's', diagnostic: report.diagnostic!, html, text: reportText }),
      createElement(ReportPlan, { key: 'p', diagnostic: report.diagnostic!, html, text: reportText }),
    ]),
  );
  let pdf: string;
  beforeAll(async () => {
    pdf = await pdfText(report, `diagnostic-${yes.length}`);
  });

  it('prints stage, score, stall point, gaps and the next stage alike on the results screen, /report/ and the PDF', () => {
    const shared = [
      view.stage.name,
      view.scoreText,
      view.stallSentence,
      view.nextHeading,
      ...(view.nextStage ? [view.nextStage.takesText] : []),
      ...view.gaps.flatMap((gap) => [gap.label, gap.text]),
    ];
    for (const text of shared) {
      expect(results, `results: ${text}`).toContain(text);
      expect(reportPage, `/report/: ${text}`).toContain(text);
      expect(pdf, `PDF: ${text}`).toContain(text);
    }
  });

  it('prints the stall point’s first step once in the PDF', () => {
    const stall = view.gaps[0];
    if (!stall) return;
    const step = stall.firstStep.split('. ')[0]!.replace(/\s+/g, ' ');
    expect(pdf.split(step)).toHaveLength(2);
  });
});
