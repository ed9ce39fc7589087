import { describe, expect, it } from 'vitest';
import {
  buildDiagnosticSection,
  buildReport,
  hasReportContent,
  reportFileName,
  type ReportInput,
} from '../../src/domain/report-model';
import { defaultCostInputs, type CostInputs } from '../../src/domain/cost';
import type { Answers } from '../../src/domain/answers';
import { QUESTION_IDS, referenceContent } from '../helpers/reference-content';
import { answersWithYes } from '../helpers/answers';
import { loadCostText, loadSiteContent, loadReportWording } from '../helpers/load-content';
import { emptyReportInput } from '../helpers/report-input';

const costText = loadCostText();

const content = referenceContent();
const wording = loadReportWording(content);
const ids = [...QUESTION_IDS];
const generatedAt = new Date(2026, 10, 27, 15, 30);

const base = emptyReportInput(content, generatedAt);

function report(overrides: Partial<ReportInput> = {}) {
  return buildReport({ ...base, ...overrides });
}

const withOwner = (n: number) => ['production-owner', ...ids.filter((id) => id !== 'production-owner')].slice(0, n);

describe.each([
  { stage: 'experimentation', yes: ids.slice(2, 4), score: 2, stall: 'outcome-metric', next: 'selective-production' },
  {
    stage: 'selective-production',
    yes: withOwner(3),
    score: 3,
    stall: 'security-review',
    next: 'distributed-delivery',
  },
  {
    stage: 'distributed-delivery',
    yes: ids.slice(0, 6),
    score: 6,
    stall: 'unit-cost',
    next: 'operating-model-integration',
  },
  {
    stage: 'operating-model-integration',
    yes: ids.slice(0, 9),
    score: 9,
    stall: 'outcome-track-record',
    next: 'further-along',
  },
  { stage: 'further-along', yes: ids, score: 10, stall: null, next: null },
])('diagnostic section for $stage', ({ stage, yes, score, stall, next }) => {
  const model = report({ answers: answersWithYes(ids, yes, 'unsure') });
  const d = model.diagnostic!;

  it('has the stage, score and ladder', () => {
    expect(d.stage.id).toBe(stage);
    expect(d.stage.name).toBe(`Stage ${stage}`);
    expect(d.score).toBe(score);
    expect(d.scoreText).toBe(`${score} of 10`);
    expect(d.ladder.map((r) => r.position).filter((p) => p === 'current')).toHaveLength(1);
    expect(d.ladder.find((r) => r.position === 'current')!.id).toBe(stage);
  });

  it('puts the stall point first among the gaps, each with guidance and first step as Markdown', () => {
    expect(d.stallPoint?.questionId ?? null).toBe(stall);
    expect(d.gaps).toHaveLength(10 - score);
    if (stall) {
      expect(d.gaps[0]).toMatchObject({ questionId: stall, isStallPoint: true, answer: 'unsure' });
      expect(d.gaps[0]!.answerText).toBe('Not sure — find out');
      expect(d.gaps[0]!.firstStep).toBe(`First step for ${stall}.`);
      expect(d.gaps[0]!.guidance).toBe(`Guidance for ${stall}.`);
    }
    expect(d.gaps.filter((g) => g.isStallPoint)).toHaveLength(stall ? 1 : 0);
  });

  it('carries the plan, the next stage and every answer', () => {
    expect(d.plan).toContain(`Plan for ${stage}.`);
    expect(d.nextStage?.id ?? null).toBe(next);
    if (next) expect(d.nextStage!.ruleInWords).toMatch(/Yes/);
    expect(d.answers.map((a) => a.questionId)).toEqual(ids);
    expect(d.answers.filter((a) => a.answerText === 'Yes')).toHaveLength(score);
  });

  it('names the file after the stage and date', () => {
    expect(reportFileName(model)).toBe('readiness-diagnostic-report-2026-11-27.pdf');
  });
});

describe('which parts the report has', () => {
  const complete = answersWithYes(ids, ids.slice(0, 6));
  const cost = defaultCostInputs(content);

  it.each([
    {
      name: 'neither',
      answers: null,
      cost: null,
      parts: [false, false],
      missing: ['diagnostic', 'cost'],
      file: 'readiness-report-2026-11-27.pdf',
    },
    {
      name: 'diagnostic only',
      answers: complete,
      cost: null,
      parts: [true, false],
      missing: ['cost'],
      file: 'readiness-diagnostic-report-2026-11-27.pdf',
    },
    {
      name: 'cost only',
      answers: null,
      cost,
      parts: [false, true],
      missing: ['diagnostic'],
      file: 'readiness-cost-report-2026-11-27.pdf',
    },
    {
      name: 'both',
      answers: complete,
      cost,
      parts: [true, true],
      missing: [],
      file: 'readiness-full-report-2026-11-27.pdf',
    },
  ] as {
    name: string;
    answers: Answers | null;
    cost: CostInputs | null;
    parts: [boolean, boolean];
    missing: string[];
    file: string;
  }[])('$name', ({ answers, cost: costInputs, parts, missing, file }) => {
    const model = report({ answers, cost: costInputs });
    expect([model.diagnostic !== null, model.cost !== null]).toEqual(parts);
    expect(model.missing.map((m) => m.part)).toEqual(missing);
    for (const m of model.missing) expect(m.href).toMatch(/^\/(assessment|cost)\/$/);
    expect(hasReportContent(model)).toBe(parts.some(Boolean));
    expect(reportFileName(model)).toBe(file);
  });

  it('leaves an unfinished diagnostic out and says how much is left', () => {
    const model = report({ answers: { 'outcome-metric': 'yes', 'production-owner': 'no' } });
    expect(model.diagnostic).toBeNull();
    expect(model.missing[0]).toMatchObject({
      part: 'diagnostic',
      linkText: 'Finish the diagnostic',
      href: '/assessment/',
    });
    expect(model.missing[0]!.message).toBe('The diagnostic is not finished: 2 of 10 questions answered, 8 to go.');
  });

  it('a diagnostic-only PDF (from the results screen) points to the full report rather than saying the cost was never done', () => {
    const model = buildReport({
      siteName: 'Readiness',
      costText,
      text: wording,
      content: { questions: content.questions, stages: content.stages },
      answers: complete,
      cost: null,
      session: null,
      generatedAt,
      scope: 'diagnostic',
    });
    expect(model.missing).toEqual([
      expect.objectContaining({ part: 'cost', href: '/report/', linkText: 'Open the full report' }),
    ]);
    expect(() =>
      buildReport({
        siteName: 'Readiness',
        costText,
        text: wording,
        content: { questions: content.questions, stages: content.stages },
        answers: null,
        cost,
        session: null,
        generatedAt,
      }),
    ).toThrow(/need content.costLines/);
    // The estimate is put in the cost page's words (content/pages/cost.md): none given, none guessed.
    expect(() => report({ cost, costText: null })).toThrow(/need costText/);
  });

  it('treats empty answers as not started', () => {
    expect(report({ answers: {} }).missing[0]!.linkText).toBe('Start the diagnostic');
  });

  it('still builds the diagnostic section for partial answers when asked directly (the results screen)', () => {
    expect(buildDiagnosticSection(content, { 'outcome-metric': 'yes' }, wording.diagnostic).gaps[0]!.answer).toBe(
      'unanswered',
    );
  });
});

describe('cost section', () => {
  it('reproduces the reference programme in US dollars', () => {
    const cost = report({ cost: defaultCostInputs(content) }).cost!;
    expect(cost.total).toMatchObject({
      low: 410_000,
      high: 925_000,
      rangeText: '$410,000 – $925,000',
      midpointText: '$667,500',
    });
    expect(cost.lines.map((l) => l.rangeText)).toContain('$120,000 – $200,000');
    expect(cost.lines.reduce((sum, l) => sum + l.low, 0)).toBe(cost.total.low);
    expect(cost.buildShare).toMatchObject({ lowPercent: 60, highPercent: 49, withinReference: true });
    expect(cost.buildShare.text).toBe('The build lines are 49–60% of year one.');
    expect(cost.unitCost).toBeNull();
    expect(cost.warnings).toEqual([]);
    expect(cost.currency).toMatchObject({ code: 'USD', isBase: true, rateText: '' });
    expect(cost.inputs.find((i) => i.label === 'Workflows')!.value).toBe('1 workflow');
    expect(cost.inputs.find((i) => i.label === 'Inference')!.value).toBe('The reference range');
    expect(cost.assumptions.map((a) => a.label)).toEqual(['Deployment: Public cloud', 'Build share']);
    // Bars are fractions of the largest high.
    expect(Math.max(...cost.lines.map((l) => l.barHigh))).toBe(1);
  });

  it('converts each line and sums the converted lines (no drift), naming the rate as an assumption', () => {
    const cost = report({ cost: defaultCostInputs(content), currency: { code: 'EUR', ratePerUsd: 0.92 } }).cost!;
    expect(cost.total.low).toBe(cost.lines.reduce((sum, l) => sum + l.low, 0));
    expect(cost.total.rangeText).toBe('€377,200 – €851,000');
    expect(cost.currency.rateText).toContain('0.92 per US dollar, as of 1 November 2026');
    expect(cost.assumptions.at(-1)!.label).toBe('Exchange rate: 0.92 EUR per US dollar on 1 November 2026');
    const edited = report({ cost: defaultCostInputs(content), currency: { code: 'EUR', ratePerUsd: 0.9 } }).cost!;
    expect(edited.currency.rateText).toContain('the rate you entered');
  });

  it('describes volume inputs, overrides and exclusions in words, with unit cost and wrong cuts', () => {
    const inputs: CostInputs = {
      ...defaultCostInputs(content),
      workflows: 2,
      inference: { mode: 'volume', tasksPerMonth: 50_000, modelTier: 'fast' },
      deployment: 'sovereign-cloud',
      excluded: ['operations'],
      overrides: { 'agent-build': { low: 90_000, high: 150_000 } },
    };
    const cost = report({ cost: inputs }).cost!;
    const value = (label: string) => cost.inputs.find((i) => i.label === label)!.value;
    expect(value('Workflows')).toBe('2 workflows');
    expect(value('Inference')).toBe('From volume: 50,000 tasks a month on the Fast tier (assumed prices)');
    expect(value('Deployment')).toBe('Sovereign cloud (assumed +15% on deployment-sensitive lines)');
    expect(value('Left out')).toBe('First-year operations');
    expect(value('Your quotes')).toBe('Agent build (8 weeks): $90,000 – $150,000');
    expect(cost.lines.find((l) => l.id === 'operations')).toMatchObject({
      basis: 'excluded',
      basisText: 'Left out',
      wrongCut: true,
    });
    expect(cost.warnings.map((w) => w.lineId)).toEqual(['operations']);
    expect(cost.unitCost).toMatchObject({ tasksPerYear: 600_000, tasksPerYearText: '600,000 tasks a year' });
    expect(cost.unitCost!.totalPerTaskText).toMatch(/^\$\d+\.\d\d – \$\d+\.\d\d$/);
    expect(cost.assumptions.map((a) => a.label)).toEqual([
      'Model tier: Fast tier',
      'Deployment: Sovereign cloud',
      'Build share',
    ]);
  });

  it('names the scenario and sums up the others that differ', () => {
    const inputs = defaultCostInputs(content);
    const cost = report({
      cost: inputs,
      costScenarioName: 'As planned',
      otherCostScenarios: [
        { name: 'Same', inputs },
        { name: 'Narrowed', inputs: { ...inputs, agents: 0 } },
      ],
    }).cost!;
    expect(cost.scenarioName).toBe('As planned');
    expect(cost.otherScenarios).toEqual([
      { name: 'Narrowed', rangeText: '$310,000 – $745,000', midpointText: '$527,500' },
    ]);
  });
});

describe('the other cost scenarios', () => {
  it('leaves out a scenario still at the reference programme, whatever it is called', () => {
    const inputs = defaultCostInputs(content);
    const cost = report({
      cost: { ...inputs, workflows: 3 },
      costScenarioName: 'Plan A',
      otherCostScenarios: [
        { name: 'Narrowed', inputs },
        { name: 'Plan B', inputs },
        { name: 'Lean', inputs: { ...inputs, agents: 0 } },
      ],
    }).cost!;
    expect(cost.otherScenarios.map((other) => other.name)).toEqual(['Lean']);
  });
});

describe('session, metadata and serialisation', () => {
  it('keeps the client label and non-blank notes in question order, cost last', () => {
    const model = report({
      answers: answersWithYes(ids, ids),
      session: {
        clientLabel: '  Acme Bank  ',
        notes: {
          cost: 'Budget is fixed.',
          'unit-cost': 'Finance owns this.',
          'outcome-metric': '  ',
          constructor: 'x',
        },
      },
    });
    expect(model.session).toEqual({
      clientLabel: 'Acme Bank',
      notes: [
        { key: 'unit-cost', label: 'Label unit-cost', text: 'Finance owns this.' },
        { key: 'cost', label: 'Year-one cost', text: 'Budget is fixed.' },
      ],
    });
    expect(model.title).toBe('AI readiness report: Acme Bank');
  });

  it('drops an empty session', () => {
    expect(report({ session: { clientLabel: '', notes: {} } }).session).toBeNull();
  });

  it('dates the report and describes it in the subject', () => {
    const model = report({ answers: answersWithYes(ids, ids.slice(0, 6)), cost: defaultCostInputs(content) });
    expect(model.generatedAt).toEqual({ iso: generatedAt.toISOString(), date: '2026-11-27', text: '27 November 2026' });
    expect(model.subject).toBe('Stage: Stage distributed-delivery (6 of 10 Yes); Year-one cost: $410,000 – $925,000');
    expect(model.privacyNote).toBe('Generated in your browser — nothing was sent anywhere.');
    expect(model.methodology.stageRules).toHaveLength(5);
  });

  it('round-trips through JSON unchanged', () => {
    const model = report({
      answers: answersWithYes(ids, ids.slice(0, 3), 'unsure'),
      cost: {
        ...defaultCostInputs(content),
        inference: { mode: 'volume', tasksPerMonth: 1000, modelTier: 'frontier' },
      },
      session: { clientLabel: 'Acme', notes: { 'outcome-metric': 'Note.' } },
    });
    expect(JSON.parse(JSON.stringify(model))).toEqual(model);
  });

  it('builds for the real content, every stage plan included', () => {
    const real = loadSiteContent();
    const realIds = real.questions.map((q) => q.id);
    const model = buildReport({
      siteName: 'Readiness',
      costText,
      text: wording,
      content: real,
      answers: answersWithYes(realIds, realIds.slice(0, 6)),
      cost: defaultCostInputs(real),
      session: null,
      generatedAt,
    });
    expect(model.diagnostic!.stage.id).toBe('distributed-delivery');
    expect(model.diagnostic!.plan).toContain('## The next 90 days');
    expect(model.cost!.total.rangeText).toBe('$410,000 – $925,000');
  });
});
