/**
 * The report model: what /report/ and the PDF show, composed from the view models every screen
 * shares — the diagnostic view (diagnostic-view.ts) and the cost display (cost-display.ts) — plus
 * the facilitator's session, the executive summary and the methodology. Every view only renders it.
 *
 * The model is plain data (strings, numbers, booleans, arrays, objects; no Dates, no class
 * instances), so it survives JSON and crosses from the island to the lazily loaded PDF module as
 * is. Markdown stays Markdown here, keyed by question/stage id.
 *
 * Imported by the /report/ island: keep it free of heavy imports (no marked, no react-pdf).
 */
import type { Id, SiteContent } from './content-types';
import { answerOf, type Answers } from './answers';
import { defaultCostInputs, removableCostLineIds, type CostInputs } from './cost';
import { buildCostDisplay, type CostDisplay, type CostDisplayLine, type CostDisplayText } from './cost-display';
import type { CostState } from './cost-state';
import { formatLongDate, localIsoDate } from './dates';
import { describeRule } from './describe-rule';
import {
  buildDiagnosticView,
  type AnswerRow,
  type DiagnosticView,
  type LadderRungView,
  type QuestionRef,
} from './diagnostic-view';
import type { DecisionsReport } from './decisions-report';
import { fillSlots } from './fill-slots';
import { firstActionsOf, firstSentence, plainText, splitPlan, type FirstAction } from './plan-text';
import type { ReportDocuments } from './report-documents';
import type { DiagnosticViewText, ReportDocumentText } from '../schemas/page-wording';

/**
 * The report's words, all from content: the diagnostic's sentences (assessment.md `text`), the
 * report's own words (report.md `text`, `{slot}`s in place; the model carries them to the PDF) and
 * how the report was made (report.md's body, one plain-text paragraph each). The pages read them
 * at build time (src/lib/report-wording.ts) and pass them on, so every report says the same.
 */
export interface ReportWording {
  diagnostic: DiagnosticViewText;
  report: ReportDocumentText;
  methodology: readonly string[];
}

/** Where each missing part is done; only the web view links to it (a PDF prints no site links). */
export const REPORT_LINKS = {
  diagnostic: '/assessment/',
  cost: '/cost/',
  report: '/report/',
  methodology: '/methodology/',
} as const;

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
  /** The site's name, printed on the report (passed in: the core does not read site settings). */
  siteName: string;
  /** Every word the report prints that is not the content's own. */
  text: ReportWording;
  /** The cost lines and assumptions are needed only when `cost` is given. */
  content: Pick<SiteContent, 'questions' | 'stages'> & Partial<Pick<SiteContent, 'costLines' | 'assumptions'>>;
  /** null (or empty) when the diagnostic was never started. */
  answers: Answers | null;
  /** The inputs of the scenario the user marked as their plan, or null when the calculator was not used. */
  cost: CostInputs | null;
  /** Name of the reported cost scenario, when the calculator has more than one. */
  costScenarioName?: string | null;
  /** The calculator's other scenarios, summarised beside the plan when the user changed them. */
  otherCostScenarios?: readonly { name: string; inputs: CostInputs }[];
  /** Display currency; US dollars when absent. */
  currency?: ReportCurrencyInput | null;
  /**
   * The cost estimate's words (content/pages/cost.md `text`, as /cost/ has them), so the report
   * and the PDF say what the calculator says. Needed only when `cost` is given.
   */
  costText?: CostDisplayText | null;
  session: ReportSessionInput | null;
  /**
   * The four documents saved on this device (self-check, definition, scorecard, partner check), as `reportDocuments(buildDocumentsReport(…))`
   * makes them, or null. Passed in built, like the decisions: their decoders, validation and
   * wording load after the page (/report/ imports them lazily), not with it.
   */
  documents?: ReportDocuments | null;
  /** The decisions saved on this device (decisionsReport), or null when nothing is decided. */
  decisions?: DecisionsReport | null;
  generatedAt: Date;
  /**
   * "diagnostic" for a PDF made from the results screen, which knows nothing of the cost: the
   * report then says it covers the diagnostic instead of saying the cost was never estimated.
   */
  scope?: 'full' | 'diagnostic';
}

// ---------- Model ----------

export interface ReportMissingPart {
  part: 'diagnostic' | 'cost';
  /** One sentence for the web page, which links to where it is done. */
  message: string;
  href: string;
  linkText: string;
  /** The same fact for paper: no links, no calls to action. */
  printMessage: string;
}

export type ReportQuestionRef = QuestionRef;
export type ReportAnswerRow = AnswerRow;
export type ReportGap = DiagnosticView['gaps'][number];
export type ReportLadderRung = LadderRungView;
/**
 * The diagnostic view, for a document read on its own: the plan without its "Reaching the next
 * stage" section, which is printed once under the next stage, and the plan's first three actions.
 */
export interface ReportDiagnostic extends DiagnosticView {
  /** Markdown: the plan's "Reaching the next stage" section body, printed under `nextHeading`. */
  reaching: string;
  firstActions: FirstAction[];
}
export type ReportCostLine = CostDisplayLine;

export interface ReportCost extends CostDisplay {
  /** "Year-one cost: Lean pilot", or "Year-one cost" when the scenario has no name. */
  heading: string;
  /** Other scenarios the user changed, as totals in the same currency. */
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
  /** The source the diagnostic and the reference figures come from. */
  sourceCredit: string;
  href: string;
}

/** Page one of the PDF: where the programme stands, what it costs and what happens next. */
export interface ReportExecutiveSummary {
  /** The client label, or "Your AI programme". */
  who: string;
  stage: { name: string; scoreText: string; ladder: LadderRungView[] } | null;
  stallSentence: string | null;
  cost: {
    scenarioName: string | null;
    heading: string;
    rangeText: string;
    midpointText: string;
    buildShareText: string;
  } | null;
  firstActions: FirstAction[];
  /** "Reaching X takes 8–9 Yes." or the top-stage sentence. */
  nextStageText: string | null;
  /** The parts not in this report, in words for paper. */
  notCovered: string[];
  /** "Documents: scorecard drafted; readiness definition 6 of 8 elements.", or null when none exist. */
  documentsText: string | null;
}

export interface ReportModel {
  siteName: string;
  /** The report's words (report.md `text`, slots in place) for the PDF, which prints only the model. */
  text: ReportDocumentText;
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
  /** That it was made in the browser and sent nowhere (`privacy-note`). */
  privacyNote: string;
  summary: ReportExecutiveSummary;
  diagnostic: ReportDiagnostic | null;
  cost: ReportCost | null;
  /** The documents the user filled in; null when none. */
  documents: ReportDocuments | null;
  /** The use cases classified and the deployment steps taken; null when nothing is decided. */
  decisions: DecisionsReport | null;
  /** What is not done yet, with where to do it; empty when both parts are in. */
  missing: ReportMissingPart[];
  session: ReportSession | null;
  methodology: ReportMethodology;
}

// ---------- Diagnostic ----------

/** The diagnostic part of the report for any answers: the diagnostic view every screen renders, plus the above. */
export function buildDiagnosticSection(
  content: Pick<SiteContent, 'questions' | 'stages'>,
  answers: Answers,
  text: DiagnosticViewText,
): ReportDiagnostic {
  const view = buildDiagnosticView(content, answers, text);
  const { plan, reaching } = splitPlan(view.plan);
  return {
    ...view,
    plan,
    reaching,
    firstActions: firstActionsOf(view.plan, view.gaps, 3),
  };
}

function diagnosticMissing(
  content: Pick<SiteContent, 'questions'>,
  answers: Answers | null,
  text: ReportDocumentText,
): ReportMissingPart | null {
  const total = content.questions.length;
  const answered = answers ? content.questions.filter((q) => answerOf(answers, q.id) !== undefined).length : 0;
  if (answered === total) return null;
  const base = { part: 'diagnostic' as const, href: REPORT_LINKS.diagnostic };
  if (answered === 0) {
    return {
      ...base,
      message: text['diagnostic-missing'],
      linkText: text['diagnostic-missing-link'],
      printMessage: text['diagnostic-missing-print'],
    };
  }
  const counts = { answered, total, left: total - answered };
  return {
    ...base,
    message: fillSlots(text['diagnostic-unfinished'], counts),
    linkText: text['diagnostic-unfinished-link'],
    printMessage: fillSlots(text['diagnostic-unfinished-print'], counts),
  };
}

// ---------- Cost ----------

const sameInputs = (a: CostInputs, b: CostInputs) => JSON.stringify(a) === JSON.stringify(b);

/** The cost part of the report for valid inputs; throws (like `estimateCost`) for invalid ones. */
export function buildCostSection(
  content: SiteContent,
  inputs: CostInputs,
  text: CostDisplayText & Pick<ReportDocumentText, 'cost-heading' | 'cost-scenario-heading'>,
  options: {
    currency?: ReportCurrencyInput | null;
    scenarioName?: string | null;
    others?: readonly { name: string; inputs: CostInputs }[];
  } = {},
): ReportCost {
  const context = { content, removableLineIds: removableCostLineIds(content.costLines) };
  const currency = options.currency ?? { code: 'USD', ratePerUsd: 1 };
  const display = buildCostDisplay(context, inputs, currency, text, options.scenarioName ?? null);
  const untouched = defaultCostInputs(content);
  return {
    ...display,
    heading: display.scenarioName
      ? fillSlots(text['cost-scenario-heading'], { scenario: display.scenarioName })
      : text['cost-heading'],
    // A scenario the user never changed (its inputs still the reference programme, whatever it is
    // called: a name is the user's data or the content's words, never a sign of use) says nothing.
    // One that only repeats the plan says nothing either. Leave both out.
    otherScenarios: (options.others ?? [])
      .filter((other) => !sameInputs(other.inputs, inputs) && !sameInputs(other.inputs, untouched))
      .map((other) => {
        const { total } = buildCostDisplay(context, other.inputs, currency, text);
        return { name: other.name, rangeText: total.rangeText, midpointText: total.midpointText };
      }),
  };
}

// ---------- Session, methodology ----------

function buildSession(
  content: Pick<SiteContent, 'questions'>,
  session: ReportSessionInput | null,
  costNoteLabel: string,
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
  if (costNote) notes.push({ key: 'cost', label: costNoteLabel, text: costNote });
  if (!clientLabel && notes.length === 0) return null;
  return { clientLabel, notes };
}

function buildMethodology(content: ReportInput['content'], text: ReportWording): ReportMethodology {
  return {
    paragraphs: [...text.methodology],
    stageRules: [...content.stages]
      .sort((a, b) => a.order - b.order)
      .map((s) => ({ stageId: s.id, name: s.name, rule: describeRule(s.rule, content.questions, text.diagnostic) })),
    sourceCredit: text.report['source-credit'],
    href: REPORT_LINKS.methodology,
  };
}

// ---------- The report ----------

function isEmpty(answers: Answers | null): boolean {
  return answers === null || Object.keys(answers).length === 0;
}

/**
 * The cost part of a ReportInput from the calculator's state: the scenario the user marked as
 * their plan in full, the other one summarised beside it, in the display currency. null → no cost.
 */
export function costReportInput(
  state: CostState | null,
): Pick<ReportInput, 'cost' | 'costScenarioName' | 'otherCostScenarios' | 'currency'> {
  if (!state) return { cost: null, costScenarioName: null, otherCostScenarios: [], currency: null };
  const plan = state.plan ?? 0;
  const scenario = state.scenarios[plan];
  return {
    cost: scenario.inputs,
    costScenarioName: scenario.name,
    otherCostScenarios: state.scenarios.filter((_, i) => i !== plan),
    currency: state.currency,
  };
}

function executiveSummary(
  diagnostic: ReportDiagnostic | null,
  cost: ReportCost | null,
  session: ReportSession | null,
  missing: readonly ReportMissingPart[],
  documents: ReportDocuments | null,
  text: ReportDocumentText,
): ReportExecutiveSummary {
  let nextStageText: string | null = null;
  if (diagnostic) {
    nextStageText = diagnostic.nextStage
      ? `${diagnostic.nextStage.stepText} ${diagnostic.nextStage.summary}`
      : firstSentence(plainText(diagnostic.reaching)) || null;
  }
  return {
    who: session?.clientLabel ?? text['who-default'],
    stage: diagnostic
      ? { name: diagnostic.stage.name, scoreText: diagnostic.scoreText, ladder: diagnostic.ladder }
      : null,
    stallSentence: diagnostic?.stallSentence ?? null,
    cost: cost
      ? {
          scenarioName: cost.scenarioName,
          heading: cost.heading,
          rangeText: cost.total.rangeText,
          midpointText: cost.total.midpointText,
          buildShareText: cost.buildShare.text,
        }
      : null,
    firstActions: diagnostic?.firstActions ?? [],
    nextStageText,
    notCovered: missing.map((part) => part.printMessage),
    documentsText: documents?.overview ?? null,
  };
}

/** Builds the whole report. Pure: the same input always gives the same (JSON-serialisable) model. */
export function buildReport(input: ReportInput): ReportModel {
  const { content, answers, cost, session, generatedAt } = input;
  const text = input.text.report;
  const diagnosticGap = diagnosticMissing(content, isEmpty(answers) ? null : answers, text);
  const diagnostic =
    diagnosticGap === null && answers ? buildDiagnosticSection(content, answers, input.text.diagnostic) : null;
  const { costLines, assumptions } = content;
  if (cost && (!costLines || !assumptions))
    throw new Error('buildReport: cost inputs need content.costLines and content.assumptions');
  if (cost && !input.costText) throw new Error('buildReport: cost inputs need costText, the cost page’s words');
  const costSection = cost
    ? buildCostSection(
        { ...content, costLines: costLines!, assumptions: assumptions! },
        cost,
        {
          ...input.costText!,
          'cost-heading': text['cost-heading'],
          'cost-scenario-heading': text['cost-scenario-heading'],
        },
        {
          currency: input.currency ?? null,
          scenarioName: input.costScenarioName ?? null,
          others: input.otherCostScenarios ?? [],
        },
      )
    : null;

  const missing: ReportMissingPart[] = [];
  if (diagnosticGap) missing.push(diagnosticGap);
  if (!costSection && input.scope === 'diagnostic') {
    missing.push({
      part: 'cost',
      message: text['cost-not-in-scope'],
      href: REPORT_LINKS.report,
      linkText: text['cost-not-in-scope-link'],
      printMessage: text['cost-not-in-scope-print'],
    });
  } else if (!costSection) {
    missing.push({
      part: 'cost',
      message: text['cost-missing'],
      href: REPORT_LINKS.cost,
      linkText: text['cost-missing-link'],
      printMessage: text['cost-missing-print'],
    });
  }

  const reportSession = buildSession(content, session, text['cost-note-label']);
  const documents = input.documents ?? null;
  const subjectParts = [
    diagnostic ? fillSlots(text['subject-stage'], { stage: diagnostic.stage.name, score: diagnostic.scoreText }) : null,
    costSection ? fillSlots(text['subject-cost'], { range: costSection.total.rangeText }) : null,
  ].filter((p): p is string => p !== null);

  return {
    siteName: input.siteName,
    text,
    title: reportSession?.clientLabel
      ? fillSlots(text['report-title-client'], { client: reportSession.clientLabel })
      : text['report-title'],
    subject: subjectParts.length ? subjectParts.join('; ') : text['subject-none'],
    generatedAt: {
      iso: generatedAt.toISOString(),
      date: localIsoDate(generatedAt),
      text: formatLongDate(generatedAt),
    },
    privacyNote: text['privacy-note'],
    summary: executiveSummary(diagnostic, costSection, reportSession, missing, documents, text),
    diagnostic,
    cost: costSection,
    documents,
    decisions: input.decisions ?? null,
    missing,
    session: reportSession,
    methodology: buildMethodology(content, input.text),
  };
}

const MAX_SLUG_LENGTH = 60;

/**
 * A label as a file-name part that is safe on every OS: accents dropped, ASCII letters and digits
 * joined by hyphens, at most 60 characters; "" when nothing of it is left (a label in another script).
 */
export function fileSlug(label: string): string {
  return label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, MAX_SLUG_LENGTH)
    .replace(/^-+|-+$/g, '');
}

/** "acme-bank-full-report-2026-12-01.pdf", "readiness-cost-report-2026-12-01.pdf". */
export function reportFileName(report: Pick<ReportModel, 'diagnostic' | 'cost' | 'generatedAt' | 'session'>): string {
  const who = fileSlug(report.session?.clientLabel ?? '') || 'readiness';
  const kind = report.diagnostic
    ? report.cost
      ? 'full-report'
      : 'diagnostic-report'
    : report.cost
      ? 'cost-report'
      : 'report';
  return `${who}-${kind}-${report.generatedAt.date}.pdf`;
}

/** Whether there is anything to put in a PDF. */
export function hasReportContent(
  report: Pick<ReportModel, 'diagnostic' | 'cost'> & Partial<Pick<ReportModel, 'documents' | 'decisions'>>,
): boolean {
  return report.diagnostic !== null || report.cost !== null || Boolean(report.documents) || Boolean(report.decisions);
}
