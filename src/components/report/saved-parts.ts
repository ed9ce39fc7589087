/**
 * The report's optional parts, the documents and the decisions, from what this device saved.
 * Its own chunk: ReportApp requests it only when this device holds a document or a decision (or
 * one is saved in another tab), so the documents' decoders, the decisions' rubric and the
 * components that draw both load only for the visitors who have something for them to show.
 */
import type { Answers } from '../../domain/answers';
import type { CostContext, CostState } from '../../domain/cost-state';
import { decisionsReport, type DecisionsReport } from '../../domain/decisions-report';
import type { DecisionsContent } from '../../domain/decision-content';
import type { DecisionsState } from '../../domain/decisions-state';
import { buildDocumentsReport, type DocumentsReportContent } from '../../domain/documents-report';
import type { DocumentsState } from '../../domain/documents-section';
import { reportDocuments, type ReportDocuments } from '../../domain/report-documents';
import { scorecardUnitCost } from '../../domain/scorecard-unit-cost';
import { $decisions, initDecisions } from '../../stores/decisions';
import { readSavedDocuments } from '../../stores/documents';
import type { DecisionsReportText, ReportDocumentsPartText } from '../../schemas/page-wording';

/** What this device holds of each document (null for those never filled in). */
export function readDocuments(content: DocumentsReportContent): DocumentsState {
  return readSavedDocuments({
    invariantIds: content.invariants.map((invariant) => invariant.id),
    definition: content.definition,
    scorecardRoles: content.scorecard.signOffRoles,
    commitmentIds: content.commitments.map((commitment) => commitment.id),
  });
}

/** Reads the saved decisions, and follows them from then on (another tab's changes included). */
export function followDecisions(): void {
  initDecisions();
}

/** The saved decisions (null when none), once followDecisions has run. */
export { $decisions };

// The parts' components come with their data: neither is drawn before this chunk has loaded.
export { ReportDecisions } from './ReportDecisions';
export { ReportDocuments } from './ReportDocuments';

/** The documents part, or null when no document was filled in. */
export function documentsPart(
  content: DocumentsReportContent,
  state: DocumentsState,
  answers: Answers | null,
  /** The calculator's saved estimate, which gives the scorecard its unit cost; null when none. */
  cost: { context: CostContext; state: CostState } | null,
  now: Date,
  /** The part's words (content/pages/report.md). */
  text: ReportDocumentsPartText,
): ReportDocuments | null {
  if (Object.values(state).every((part) => part === null)) return null;
  const unitCost = cost ? scorecardUnitCost(cost.context, cost.state, content.text.scorecard) : null;
  return reportDocuments(buildDocumentsReport(content, state, answers ?? {}, unitCost, now), text);
}

/** The decisions part, or null when nothing is decided. */
export function decisionsPart(
  content: DecisionsContent,
  state: DecisionsState | null,
  text: DecisionsReportText,
): DecisionsReport | null {
  return state ? decisionsReport(content, state, text) : null;
}
