/**
 * What /report/ and the main PDF show of the documents and checks, computed once here so both
 * render the same thing: the self-check count, the definition's completeness and printable form,
 * the scorecard's printable form and what it still lacks, and the partner verdict with what to
 * ask for. A document never filled in is null, so the report leaves its section out.
 */
import type { Answers } from './answers';
import type { Invariant, PartnerCommitment, PartnerVerdictContent, ScorecardContent } from './document-types';
import type { DocumentsState } from './documents-section';
import type { FieldProblem } from './document-types';
import { buildInvariantCheck, invariantCountSentence, invariantStatusLabel } from './invariant-check';
import { partnerVerdict } from './partner-check';
import {
  definitionCompleteness,
  type DefinitionCompleteness,
  type DefinitionContent,
  type DefinitionWording,
} from './readiness-definition';
import { scorecardProblems, type ScorecardWording } from './scorecard';
import type { InvariantWordingText } from '../schemas/page-wording';
import { definitionDocument, scorecardDocument, type SignableDocument } from './signable-document';

export interface DocumentsReportContent {
  invariants: readonly Invariant[];
  definition: DefinitionContent;
  scorecard: ScorecardContent;
  commitments: readonly PartnerCommitment[];
  verdict: PartnerVerdictContent;
  /**
   * The words the documents' pages print of these (their page files' `text`), so /report/, the
   * PDF and a saved result say what the documents' own pages say.
   */
  text: DocumentsReportText;
}

export interface DocumentsReportText {
  invariants: InvariantWordingText;
  definition: DefinitionWording;
  scorecard: ScorecardWording;
}

export interface DocumentsReport {
  invariants: {
    sentence: string;
    /** Invariants the programme has, out of `total`. */
    have: number;
    total: number;
    rows: { title: string; status: string; fromDiagnostic: boolean }[];
    notes: string;
  } | null;
  definition: { completeness: DefinitionCompleteness; document: SignableDocument; notes: string } | null;
  scorecard: { missing: FieldProblem[]; document: SignableDocument; notes: string } | null;
  partner: {
    proposal: string;
    /** The verdict's wording, or null while a commitment is unanswered. */
    verdict: string | null;
    askFor: { commitment: string; askFor: string }[];
    notes: string;
  } | null;
}

export function buildDocumentsReport(
  content: DocumentsReportContent,
  state: DocumentsState,
  answers: Answers,
  /** The scorecard's unit cost (see scorecard-unit-cost.ts), or null. */
  unitCost: string | null,
  now: Date,
): DocumentsReport {
  const { text } = content;
  const check = state.invariantCheck && buildInvariantCheck(content.invariants, state.invariantCheck, answers);
  const verdict = state.partnerCheck && partnerVerdict(content.commitments, state.partnerCheck);
  return {
    invariants:
      check && state.invariantCheck
        ? {
            sentence: invariantCountSentence(check, text.invariants),
            have: check.have,
            total: check.total,
            rows: check.rows.map((row) => ({
              title: row.title,
              status: invariantStatusLabel(text.invariants, row.status),
              fromDiagnostic: row.source === 'diagnostic',
            })),
            notes: state.invariantCheck.notes,
          }
        : null,
    definition: state.readinessDefinition && {
      completeness: definitionCompleteness(content.definition, state.readinessDefinition, text.definition),
      document: definitionDocument(content.definition, state.readinessDefinition, now, text.definition),
      notes: state.readinessDefinition.notes,
    },
    scorecard: state.scorecard && {
      missing: scorecardProblems(content.scorecard, state.scorecard, text.scorecard),
      document: scorecardDocument(content.scorecard, state.scorecard, unitCost, now, text.scorecard),
      notes: state.scorecard.notes,
    },
    partner:
      verdict && state.partnerCheck
        ? {
            proposal: state.partnerCheck.proposal,
            verdict:
              verdict.kind === 'incomplete'
                ? null
                : verdict.kind === 'system'
                  ? content.verdict.system
                  : content.verdict.pilot,
            askFor:
              verdict.kind === 'pilot'
                ? verdict.askFor.map(({ commitment }) => ({
                    commitment: commitment.commitment,
                    askFor: commitment.askFor,
                  }))
                : [],
            notes: state.partnerCheck.notes,
          }
        : null,
  };
}
