/**
 * The report model: everything the results screen, the /report/ page and the PDF show, computed
 * once from content + answers + cost inputs + facilitator session. Every view only renders it.
 *
 * The model is plain data (strings, numbers, booleans, arrays, objects; no Dates, no class
 * instances), so it survives JSON and crosses from the island to the lazily loaded PDF module as
 * is. Markdown stays Markdown here, keyed by question/stage id: the HTML view looks up HTML that
 * was rendered at build time, and the PDF draws the Markdown itself, so the island never ships a
 * Markdown parser.
 *
 * Imported by the /report/ island: keep it free of heavy imports (no marked, no react-pdf).
 */
import { SITE_NAME } from '../consts';
import type { AnswerValue, CostKind, CostScale, Id, SiteContent } from './content-types';
import { answerOf, type Answers } from './answers';
import { diagnose, type Gap } from './diagnosis';
import { estimateCost, type CostInputs, type CostLine } from './cost';
import type { CostState } from './cost-state';
import { convertDollars, convertLinesAndTotal } from './currency';
import { formatLongDate, localIsoDate } from './dates';
import { formatCents, formatMoney, formatMoneyRange } from './format';
import { describeRule } from '../lib/describe-rule';

/** Where each missing part is done; the views link to it. */
export const REPORT_LINKS = {
  diagnostic: '/assessment/',
  cost: '/cost/',
  report: '/report/',
  methodology: '/methodology/',
} as const;

export const ANSWER_TEXT: Record<AnswerValue | 'unanswered', string> = {
  yes: 'Yes',
  no: 'No',
  unsure: 'Not sure',
  unanswered: 'Not answered',
};

/** How a gap is labelled: "Not sure" is its own gap, whose first step is to find out. */
export const GAP_TEXT: Record<Gap['answer'], string> = {
  no: 'No',
  unsure: 'Not sure — find out',
  unanswered: 'Not answered',
};

const KIND_TEXT: Record<CostKind, string> = { build: 'Build', governance: 'Governance', run: 'Run' };
const BASIS_TEXT: Record<CostLine['basis'], string> = {
  reference: 'Reference',
  volume: 'Your volume',
  override: 'Your quote',
  excluded: 'Left out',
};

// ---------- Input ----------

/** The facilitator's client label and notes; notes are keyed by question id or "cost". */
export interface ReportSessionInput {
  clientLabel?: string;
  notes: Readonly<Record<string, string>>;
}

/** A display currency and the rate in force (the content's, or one the user edited). */
export interface ReportCurrencyInput {
  code: string;
  ratePerUsd: number;
}

export interface ReportInput {
  /** The cost lines and assumptions are needed only when `cost` is given. */
  content: Pick<SiteContent, 'questions' | 'stages'> & Partial<Pick<SiteContent, 'costLines' | 'assumptions'>>;
  /** null (or empty) when the diagnostic was never started. */
  answers: Answers | null;
  /** The cost calculator's inputs for the scenario to report, or null when it was not used. */
  cost: CostInputs | null;
  /** Name of the reported cost scenario, when the calculator has more than one. */
  costScenarioName?: string | null;
  /** The calculator's other scenarios, summarised beside the reported one when their inputs differ. */
  otherCostScenarios?: readonly { name: string; inputs: CostInputs }[];
  /** Display currency; US dollars when absent. */
  currency?: ReportCurrencyInput | null;
  session: ReportSessionInput | null;
  generatedAt: Date;
  /**
   * "diagnostic" for a PDF made from the results screen, which knows nothing of the cost: the
   * report then points to /report/ for the cost instead of saying it was never estimated.
   */
  scope?: 'full' | 'diagnostic';
}

// ---------- Model ----------

export interface ReportMissingPart {
  part: 'diagnostic' | 'cost';
  /** One sentence saying what is missing. */
  message: string;
  href: string;
  linkText: string;
}

export interface ReportQuestionRef {
  questionId: Id;
  order: number;
  label: string;
  text: string;
}

export interface ReportAnswerRow extends ReportQuestionRef {
  answer: AnswerValue | 'unanswered';
  answerText: string;
}

export interface ReportGap extends ReportQuestionRef {
  answer: Gap['answer'];
  answerText: string;
  isStallPoint: boolean;
  /** Markdown; the HTML view uses the build-time HTML for `questionId` instead. */
  guidance: string;
  /** Markdown. */
  firstStep: string;
}

export interface ReportStageRef {
  id: Id;
  order: number;
  name: string;
  summary: string;
}

export interface ReportLadderRung {
  id: Id;
  name: string;
  position: 'below' | 'current' | 'above';
}

export interface ReportDiagnostic {
  score: number;
  total: number;
  /** "6 of 10". */
  scoreText: string;
  stage: ReportStageRef;
  /** Least mature first. */
  ladder: ReportLadderRung[];
  /** The first non-Yes in question order; null when every answer is Yes. */
  stallPoint: (ReportQuestionRef & { answer: Gap['answer']; firstStep: string }) | null;
  /** Every non-Yes, stall point first. */
  gaps: ReportGap[];
  /** The stage's plan, Markdown, keyed by `stage.id` for the HTML view. */
  plan: string;
  nextStage: (ReportStageRef & { ruleInWords: string }) | null;
  /** Every question in order with its answer. */
  answers: ReportAnswerRow[];
}

export interface ReportCostLine {
  id: Id;
  label: string;
  kind: CostKind;
  kindText: string;
  scalesWith: CostScale;
  /** "2 workflows", "1 agent", "" for programme and usage lines. */
  unitsText: string;
  basis: CostLine['basis'];
  basisText: string;
  protected: boolean;
  wrongCut: boolean;
  /** In the display currency, whole units. */
  low: number;
  high: number;
  lowText: string;
  highText: string;
  rangeText: string;
  /** low and high as fractions (0–1) of the largest line high, for breakdown bars. */
  barLow: number;
  barHigh: number;
}

export interface ReportCurrency {
  code: string;
  label: string;
  ratePerUsd: number;
  /** Whether amounts are the computed US dollars (no conversion). */
  isBase: boolean;
  /** "Amounts in euros at 0.92 per US dollar (as of 2026-11-01): an assumption…", or "" in USD. */
  rateText: string;
}

export interface ReportCost {
  /** Name of the scenario, or null when there is only one. */
  scenarioName: string | null;
  currency: ReportCurrency;
  /** The inputs, in words. */
  inputs: { label: string; value: string }[];
  lines: ReportCostLine[];
  total: {
    low: number;
    high: number;
    midpoint: number;
    lowText: string;
    highText: string;
    rangeText: string;
    midpointText: string;
  };
  buildShare: {
    lowPercent: number;
    highPercent: number;
    withinReference: boolean;
    /** "Build is 49–60% of year one." */
    text: string;
    /** "The reference says the build usually takes 40–60%." */
    referenceText: string;
  };
  unitCost: {
    tasksPerYear: number;
    tasksPerYearText: string;
    totalPerTaskText: string;
    runPerTaskText: string;
  } | null;
  warnings: { lineId: Id; message: string }[];
  /** Every assumption the figures rely on; each `note` says it is an assumption. */
  assumptions: { label: string; note: string }[];
  /** Markdown: where the reference figures come from (content/cost/assumptions.md body). */
  sources: string;
  /** Other scenarios with different inputs, as totals in the same currency. */
  otherScenarios: { name: string; rangeText: string; midpointText: string }[];
}

export interface ReportNote {
  /** Question id, or "cost". */
  key: string;
  /** Question label or "Year-one cost". */
  label: string;
  text: string;
}

export interface ReportSession {
  clientLabel: string | null;
  /** In question order, the cost note last. */
  notes: ReportNote[];
}

export interface ReportMethodology {
  paragraphs: string[];
  stageRules: { stageId: Id; name: string; rule: string }[];
  href: string;
}

export interface ReportModel {
  siteName: string;
  title: string;
  /** One line for the PDF's subject metadata. */
  subject: string;
  generatedAt: {
    /** Full ISO 8601 timestamp. */
    iso: string;
    /** yyyy-mm-dd in the viewer's time zone (also used in the file name). */
    date: string;
    /** "27 November 2026". */
    text: string;
  };
  /** "Generated in your browser — nothing was sent anywhere." */
  privacyNote: string;
  diagnostic: ReportDiagnostic | null;
  cost: ReportCost | null;
  /** What is not done yet, with where to do it; empty when both parts are in. */
  missing: ReportMissingPart[];
  session: ReportSession | null;
  methodology: ReportMethodology;
}

// ---------- Dates ----------

// ---------- Diagnostic ----------

function questionRef(q: { id: Id; order: number; label: string; text: string }): ReportQuestionRef {
  return { questionId: q.id, order: q.order, label: q.label, text: q.text };
}

function stageRef(s: { id: Id; order: number; name: string; summary: string }): ReportStageRef {
  return { id: s.id, order: s.order, name: s.name, summary: s.summary };
}

/**
 * The diagnostic part of the report for any answers, complete or not (the results screen shows
 * it once every question is answered; `buildReport` leaves it out until then).
 */
export function buildDiagnosticSection(
  content: Pick<SiteContent, 'questions' | 'stages'>,
  answers: Answers,
): ReportDiagnostic {
  const diagnosis = diagnose(content, answers);
  const gaps: ReportGap[] = diagnosis.gaps.map((gap) => ({
    ...questionRef(gap.question),
    answer: gap.answer,
    answerText: GAP_TEXT[gap.answer],
    isStallPoint: gap.isStallPoint,
    guidance: gap.question.guidance,
    firstStep: gap.question.firstStep,
  }));
  const stall = diagnosis.gaps[0];
  const { nextStage } = diagnosis;
  return {
    score: diagnosis.score,
    total: diagnosis.total,
    scoreText: `${diagnosis.score} of ${diagnosis.total}`,
    stage: stageRef(diagnosis.stage),
    ladder: diagnosis.ladder.map(({ stage, position }) => ({ id: stage.id, name: stage.name, position })),
    stallPoint: stall
      ? { ...questionRef(stall.question), answer: stall.answer, firstStep: stall.question.firstStep }
      : null,
    gaps,
    plan: diagnosis.stage.plan,
    nextStage: nextStage
      ? { ...stageRef(nextStage), ruleInWords: describeRule(nextStage.rule, content.questions) }
      : null,
    answers: [...content.questions]
      .sort((a, b) => a.order - b.order)
      .map((q) => {
        const answer = answerOf(answers, q.id) ?? 'unanswered';
        return { ...questionRef(q), answer, answerText: ANSWER_TEXT[answer] };
      }),
  };
}

function diagnosticMissing(content: Pick<SiteContent, 'questions'>, answers: Answers | null): ReportMissingPart | null {
  const total = content.questions.length;
  const answered = answers ? content.questions.filter((q) => answerOf(answers, q.id) !== undefined).length : 0;
  if (answered === total) return null;
  const base = { part: 'diagnostic' as const, href: REPORT_LINKS.diagnostic };
  if (answered === 0) {
    return {
      ...base,
      message: `The diagnostic has not been done yet: answer its ${total} questions to see your stage, your gaps and your plan.`,
      linkText: 'Start the diagnostic',
    };
  }
  const left = total - answered;
  return {
    ...base,
    message: `The diagnostic is not finished: ${answered} of ${total} questions answered, ${left} to go.`,
    linkText: 'Finish the diagnostic',
  };
}

// ---------- Cost ----------

const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;
const wholeNumber = new Intl.NumberFormat('en-US');

function unitsText(line: CostLine): string {
  if (line.item.scalesWith === 'workflow') return plural(line.units, 'workflow');
  if (line.item.scalesWith === 'agent') return plural(line.units, 'agent');
  return '';
}

function resolveCurrency(content: Pick<SiteContent, 'assumptions'>, input: ReportCurrencyInput | null | undefined) {
  const code = input?.code ?? 'USD';
  const known = content.assumptions.currencies.find((c) => c.code === code);
  const ratePerUsd = code === 'USD' ? 1 : (input?.ratePerUsd ?? known?.ratePerUsd ?? 1);
  const isBase = code === 'USD';
  const label = known?.label ?? code;
  let rateText = '';
  if (!isBase) {
    const edited = known === undefined || known.ratePerUsd !== ratePerUsd;
    rateText = edited
      ? `Amounts are shown in ${label} (${code}) at ${ratePerUsd} per US dollar, the rate you entered. Assumption: a display rate; every figure is computed in US dollars.`
      : `Amounts are shown in ${label} (${code}) at ${ratePerUsd} per US dollar, as of ${known.asOf}. ${known.note}`;
  }
  return { code, label, ratePerUsd, isBase, rateText } satisfies ReportCurrency;
}

/** " (assumed +15% on inference and data platform)", or "" for the neutral option. */
function deploymentEffect(multiplierPercent: number): string {
  const change = multiplierPercent - 100;
  return change === 0 ? '' : ` (assumed ${change > 0 ? '+' : '−'}${Math.abs(change)}% on deployment-sensitive lines)`;
}

function describeInputs(
  content: Pick<SiteContent, 'costLines' | 'assumptions'>,
  inputs: CostInputs,
  money: (usd: number) => string,
  currency: ReportCurrency,
): { label: string; value: string }[] {
  const { assumptions, costLines } = content;
  const labelOf = (id: Id) => costLines.find((l) => l.id === id)?.label ?? id;
  const deployment = assumptions.deployments.find((d) => d.id === inputs.deployment);
  const inference =
    inputs.inference.mode === 'reference'
      ? 'The reference range'
      : (() => {
          const { tasksPerMonth, modelTier } = inputs.inference;
          const tier = assumptions.modelTiers.find((t) => t.id === modelTier);
          return `From volume: ${wholeNumber.format(tasksPerMonth)} tasks a month on the ${tier?.label ?? modelTier} (assumed prices)`;
        })();
  const overrides = Object.entries(inputs.overrides).flatMap(([id, o]) =>
    o ? [`${labelOf(id)}: ${money(o.low)} – ${money(o.high)}`] : [],
  );
  return [
    { label: 'Workflows', value: plural(inputs.workflows, 'workflow') },
    { label: 'Agents', value: plural(inputs.agents, 'agent') },
    { label: 'Inference', value: inference },
    {
      label: 'Deployment',
      value: deployment ? `${deployment.label}${deploymentEffect(deployment.multiplierPercent)}` : inputs.deployment,
    },
    { label: 'Left out', value: inputs.excluded.length ? inputs.excluded.map(labelOf).join('; ') : 'Nothing' },
    { label: 'Your quotes', value: overrides.length ? overrides.join('; ') : 'None' },
    { label: 'Currency', value: currency.isBase ? 'US dollar (USD)' : `${currency.label} (${currency.code})` },
  ];
}

/** The cost part of the report for valid inputs; throws (like `estimateCost`) for invalid ones. */
export function buildCostSection(
  content: SiteContent,
  inputs: CostInputs,
  options: {
    currency?: ReportCurrencyInput | null;
    scenarioName?: string | null;
    others?: readonly { name: string; inputs: CostInputs }[];
  } = {},
): ReportCost {
  const estimate = estimateCost(content, inputs);
  const currency = resolveCurrency(content, options.currency);
  const { code, ratePerUsd } = currency;
  // Lines are converted one by one and the total is their sum, so the table always adds up.
  const converted = convertLinesAndTotal(estimate.lines, ratePerUsd);
  const fmt = (amount: number) => formatMoney(amount, code);
  const usdToText = (usd: number) => fmt(convertDollars(usd, ratePerUsd));
  const maxHigh = Math.max(0, ...converted.lines.map((l) => l.high));
  const fraction = (n: number) => (maxHigh === 0 ? 0 : Math.round((n / maxHigh) * 1000) / 1000);

  const lines: ReportCostLine[] = converted.lines.map((line) => ({
    id: line.item.id,
    label: line.item.label,
    kind: line.item.kind,
    kindText: KIND_TEXT[line.item.kind],
    scalesWith: line.item.scalesWith,
    unitsText: unitsText(line),
    basis: line.basis,
    basisText: BASIS_TEXT[line.basis],
    protected: line.item.protected,
    wrongCut: line.wrongCut,
    low: line.low,
    high: line.high,
    lowText: fmt(line.low),
    highText: fmt(line.high),
    rangeText: formatMoneyRange(line.low, line.high, code),
    barLow: fraction(line.low),
    barHigh: fraction(line.high),
  }));

  const total = converted.total;
  const midpoint = total.low + Math.floor((total.high - total.low) / 2);
  const reference = content.assumptions.buildShareReference;
  const shares = [estimate.buildShare.lowPercent, estimate.buildShare.highPercent].sort((a, b) => a - b);
  const shareText = shares[0] === shares[1] ? `${shares[0]}%` : `${shares[0]}–${shares[1]}%`;

  const assumptions = estimate.assumptionsUsed.map((a) => ({ label: a.label, note: a.note }));
  assumptions.push({ label: 'Build share', note: reference.note });
  if (!currency.isBase) assumptions.push({ label: `${currency.label} rate`, note: currency.rateText });

  const unit = estimate.unitCost;
  const cents = (c: number) => formatCents(convertDollars(c, ratePerUsd), code);
  return {
    scenarioName: options.scenarioName ?? null,
    currency,
    inputs: describeInputs(content, inputs, usdToText, currency),
    lines,
    total: {
      low: total.low,
      high: total.high,
      midpoint,
      lowText: fmt(total.low),
      highText: fmt(total.high),
      rangeText: formatMoneyRange(total.low, total.high, code),
      midpointText: fmt(midpoint),
    },
    buildShare: {
      lowPercent: estimate.buildShare.lowPercent,
      highPercent: estimate.buildShare.highPercent,
      withinReference: estimate.buildShare.withinReference,
      text:
        total.high === 0
          ? 'Nothing is in the plan, so there is no build share.'
          : `The build lines are ${shareText} of year one.`,
      referenceText: `The reference says the build usually takes ${reference.lowPercent}–${reference.highPercent}%${estimate.buildShare.withinReference ? '; this plan is within it.' : '; this plan is outside it.'}`,
    },
    unitCost: unit
      ? {
          tasksPerYear: unit.tasksPerYear,
          tasksPerYearText: `${wholeNumber.format(unit.tasksPerYear)} tasks a year`,
          totalPerTaskText: `${cents(unit.totalPerTaskCents.low)} – ${cents(unit.totalPerTaskCents.high)}`,
          runPerTaskText: `${cents(unit.runPerTaskCents.low)} – ${cents(unit.runPerTaskCents.high)}`,
        }
      : null,
    warnings: estimate.wrongCuts.map((w) => ({ lineId: w.item.id, message: w.message })),
    assumptions,
    sources: content.assumptions.sources,
    otherScenarios: (options.others ?? [])
      .filter((other) => JSON.stringify(other.inputs) !== JSON.stringify(inputs))
      .map((other) => {
        const otherTotal = convertLinesAndTotal(estimateCost(content, other.inputs).lines, ratePerUsd).total;
        return {
          name: other.name,
          rangeText: formatMoneyRange(otherTotal.low, otherTotal.high, code),
          midpointText: fmt(otherTotal.low + Math.floor((otherTotal.high - otherTotal.low) / 2)),
        };
      }),
  };
}

// ---------- Session, methodology ----------

function buildSession(
  content: Pick<SiteContent, 'questions'>,
  session: ReportSessionInput | null,
): ReportSession | null {
  if (!session) return null;
  const clientLabel = session.clientLabel?.trim() || null;
  const noteOf = (key: string) => (Object.hasOwn(session.notes, key) ? session.notes[key]?.trim() : undefined);
  const notes: ReportNote[] = [...content.questions]
    .sort((a, b) => a.order - b.order)
    .flatMap((q) => {
      const text = noteOf(q.id);
      return text ? [{ key: q.id, label: q.label, text }] : [];
    });
  const costNote = noteOf('cost');
  if (costNote) notes.push({ key: 'cost', label: 'Year-one cost', text: costNote });
  if (!clientLabel && notes.length === 0) return null;
  return { clientLabel, notes };
}

function buildMethodology(content: Pick<SiteContent, 'questions' | 'stages'>): ReportMethodology {
  const n = content.questions.length;
  return {
    paragraphs: [
      `The diagnostic asks ${n} yes/no questions, each about something a defended production AI system has in place. The score is the number answered Yes; the score (and, in the lower range, whether a system is in production with a named owner) places the programme on one of ${content.stages.length} stages.`,
      'Only Yes counts: something “mostly agreed” or “nearly done” gives none of the protection of the real thing. “Not sure” is shown as its own gap, whose first step is to find out.',
      'The stall point is the first question, in order, not answered Yes. The questions follow the order programmes usually meet them, so the first gap is usually where progress is stuck and the place to start.',
      'The year-one cost starts from a reference programme (one workflow and one agent, from scoping to the end of the first year in production) in seven line items with low and high ranges. Figures outside the reference ranges — model-tier prices, deployment multipliers, exchange rates — are assumptions and are labelled as such. Cutting governance and evaluation, or operations, below the reference low is flagged as a wrong cut.',
      'This is a self-assessment, not an audit: it relies on honest answers and cannot check the evidence behind a Yes. The cost figures are ranges for planning, not quotes.',
    ],
    stageRules: [...content.stages]
      .sort((a, b) => a.order - b.order)
      .map((s) => ({ stageId: s.id, name: s.name, rule: describeRule(s.rule, content.questions) })),
    href: REPORT_LINKS.methodology,
  };
}

// ---------- The report ----------

function isEmpty(answers: Answers | null): boolean {
  return answers === null || Object.keys(answers).length === 0;
}

/**
 * The cost part of a ReportInput from the calculator's state: the active scenario in full, the
 * other one summarised beside it, in the display currency. null → no cost in the report.
 */
export function costReportInput(
  state: CostState | null,
): Pick<ReportInput, 'cost' | 'costScenarioName' | 'otherCostScenarios' | 'currency'> {
  if (!state) return { cost: null, costScenarioName: null, otherCostScenarios: [], currency: null };
  const scenario = state.scenarios[state.active];
  return {
    cost: scenario.inputs,
    costScenarioName: scenario.name,
    otherCostScenarios: state.scenarios.filter((_, i) => i !== state.active),
    currency: state.currency,
  };
}

/** Builds the whole report. Pure: the same input always gives the same (JSON-serialisable) model. */
export function buildReport(input: ReportInput): ReportModel {
  const { content, answers, cost, session, generatedAt } = input;
  const diagnosticGap = diagnosticMissing(content, isEmpty(answers) ? null : answers);
  const diagnostic = diagnosticGap === null && answers ? buildDiagnosticSection(content, answers) : null;
  const { costLines, assumptions } = content;
  if (cost && (!costLines || !assumptions))
    throw new Error('buildReport: cost inputs need content.costLines and content.assumptions');
  const costSection = cost
    ? buildCostSection({ ...content, costLines: costLines!, assumptions: assumptions! }, cost, {
        currency: input.currency ?? null,
        scenarioName: input.costScenarioName ?? null,
        others: input.otherCostScenarios ?? [],
      })
    : null;

  const missing: ReportMissingPart[] = [];
  if (diagnosticGap) missing.push(diagnosticGap);
  if (!costSection && input.scope === 'diagnostic') {
    missing.push({
      part: 'cost',
      message: 'This PDF covers the diagnostic. The full report adds the year-one cost once it has been estimated.',
      href: REPORT_LINKS.report,
      linkText: 'Open the full report',
    });
  } else if (!costSection) {
    missing.push({
      part: 'cost',
      message:
        'The year-one cost has not been estimated yet: the calculator starts from a reference programme you can adjust in a minute.',
      href: REPORT_LINKS.cost,
      linkText: 'Estimate the year-one cost',
    });
  }

  const reportSession = buildSession(content, session);
  const subjectParts = [
    diagnostic ? `Stage: ${diagnostic.stage.name} (${diagnostic.scoreText} Yes)` : null,
    costSection ? `Year-one cost: ${costSection.total.rangeText}` : null,
  ].filter((p): p is string => p !== null);

  return {
    siteName: SITE_NAME,
    title: reportSession?.clientLabel ? `AI readiness report: ${reportSession.clientLabel}` : 'AI readiness report',
    subject: subjectParts.length ? subjectParts.join('; ') : 'AI programme readiness and year-one cost',
    generatedAt: {
      iso: generatedAt.toISOString(),
      date: localIsoDate(generatedAt),
      text: formatLongDate(generatedAt),
    },
    privacyNote: 'Generated in your browser — nothing was sent anywhere.',
    diagnostic,
    cost: costSection,
    missing,
    session: reportSession,
    methodology: buildMethodology(content),
  };
}

/** `readiness-report-<stage id, or "cost">-<yyyy-mm-dd>.pdf`. */
export function reportFileName(report: Pick<ReportModel, 'diagnostic' | 'cost' | 'generatedAt'>): string {
  const what = report.diagnostic?.stage.id ?? (report.cost ? 'cost' : null);
  return `readiness-report-${what ? `${what}-` : ''}${report.generatedAt.date}.pdf`;
}

/** Whether there is anything to put in a PDF. */
export function hasReportContent(report: Pick<ReportModel, 'diagnostic' | 'cost'>): boolean {
  return report.diagnostic !== null || report.cost !== null;
}
