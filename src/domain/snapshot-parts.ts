/**
 * What a saved result records of the documents and decisions: one small figure or name per part,
 * as the report showed it when the result was saved (the invariants self-check count, the readiness
 * definition's completeness, what the scorecard still lacks, the partner verdict, the use cases by
 * outcome and the deployment recommendation). Like a snapshot's stage name, it is kept as shown, so
 * it still reads correctly after the content changes, and it is a few dozen bytes, not the
 * documents themselves (50 of those would not fit the history's storage cap).
 *
 * A part the user never touched is absent. Built from the report's own view models
 * (documents-report.ts, decisions-report.ts, decisions-view.ts), never computed a second way.
 * Decoded by hand, without zod's number checks (see history.ts): imported by the client islands.
 */
import type { DecisionsContent } from './decision-content';
import type { DecisionsReportText } from '../schemas/page-wording';
import type { DecisionsReport } from './decisions-report';
import type { DecisionsView } from './decisions-view';
import type { DocumentsReport, DocumentsReportContent } from './documents-report';

/** The content the parts are computed against: what /report/ is given (no Markdown bodies). */
export interface SnapshotPartsContent {
  documents: DocumentsReportContent;
  decisions: DecisionsContent;
  /** How decisionsReport words the decisions: the counts from decisions.md, the rest from report.md. */
  decisionsText: DecisionsReportText;
}

export interface SnapshotParts {
  /** The seven-invariants self-check: invariants in place, out of `total`. */
  invariants?: { have: number; total: number };
  /** The readiness definition's completeness. */
  definition?: {
    elementsComplete: number;
    elementsTotal: number;
    signedOff: number;
    signOffsTotal: number;
    complete: boolean;
  };
  /** The scorecard: how many things it still lacks (0 when complete and signed off). */
  scorecard?: { missing: number };
  /** The partner check: the verdict as shown, or null while a commitment is unanswered. */
  partner?: { verdict: string | null; askFor: number };
  /** The use cases by outcome. */
  useCases?: { workflows: number; agents: number; hybrid: number; unclassified: number };
  /** The deployment recommendation's name as shown, or null while steps remain. */
  deployment?: { recommendation: string | null };
}

/** The longest verdict or recommendation name a snapshot keeps (the stage name's cap). */
export const MAX_PART_TEXT_LENGTH = 120;
/** Largest count a part may hold: more than any document has fields or the decisions use cases. */
const MAX_PART_COUNT = 999;

/** What the report showed of the documents and decisions, as a snapshot records it. */
export function snapshotParts(
  documents: DocumentsReport | null,
  decisions: { view: DecisionsView; report: DecisionsReport | null } | null,
): SnapshotParts {
  const parts: SnapshotParts = {};
  if (documents?.invariants) parts.invariants = { have: documents.invariants.have, total: documents.invariants.total };
  if (documents?.definition) {
    const c = documents.definition.completeness;
    parts.definition = {
      elementsComplete: c.elementsComplete,
      elementsTotal: c.elementsTotal,
      signedOff: c.signedOff,
      signOffsTotal: c.signOffsTotal,
      complete: c.complete,
    };
  }
  if (documents?.scorecard) parts.scorecard = { missing: documents.scorecard.missing.length };
  if (documents?.partner)
    parts.partner = {
      verdict: documents.partner.verdict?.slice(0, MAX_PART_TEXT_LENGTH) ?? null,
      askFor: documents.partner.askFor.length,
    };
  const report = decisions?.report;
  if (decisions && report && report.useCases.length > 0) {
    const outcomes = decisions.view.useCases.map((u) =>
      u.classification.status === 'classified' ? u.classification.outcome : null,
    );
    const count = (outcome: string | null) => outcomes.filter((o) => o === outcome).length;
    parts.useCases = {
      workflows: count('automation'),
      agents: count('agent'),
      hybrid: count('hybrid'),
      unclassified: count(null),
    };
  }
  if (report?.deployment)
    parts.deployment = { recommendation: report.deployment.recommendation?.slice(0, MAX_PART_TEXT_LENGTH) ?? null };
  return parts;
}

// ---------- Reading them back ----------

/** A count from untrusted input (a whole number 0–999, -0 read as 0), or undefined. */
function whole(value: unknown): number | undefined {
  return Number.isSafeInteger(value) && (value as number) >= 0 && (value as number) <= MAX_PART_COUNT
    ? Math.abs(value as number)
    : undefined;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** A shown name, or null; undefined when it is neither (too long, not text). */
function shownText(value: unknown): string | null | undefined {
  if (value === null) return null;
  return typeof value === 'string' && value.length <= MAX_PART_TEXT_LENGTH ? value : undefined;
}

/** "n of total" from untrusted input: two counts with n ≤ total, or undefined. */
function ofTotal(n: unknown, total: unknown): [number, number] | undefined {
  const a = whole(n);
  const b = whole(total);
  return a !== undefined && b !== undefined && a <= b ? [a, b] : undefined;
}

/**
 * A snapshot's parts from untrusted input. Undefined when the snapshot records none (saved before
 * snapshots recorded them, or not an object, or no part readable); each part that cannot be read
 * is left out on its own, the others kept. Never throws.
 */
export function decodeSnapshotParts(raw: unknown): SnapshotParts | undefined {
  if (!isRecord(raw)) return undefined;
  const parts: SnapshotParts = {};
  const { invariants, definition, scorecard, partner, useCases, deployment } = raw;
  if (isRecord(invariants)) {
    const counts = ofTotal(invariants.have, invariants.total);
    if (counts) parts.invariants = { have: counts[0], total: counts[1] };
  }
  if (isRecord(definition)) {
    const elements = ofTotal(definition.elementsComplete, definition.elementsTotal);
    const signOffs = ofTotal(definition.signedOff, definition.signOffsTotal);
    if (elements && signOffs && typeof definition.complete === 'boolean')
      parts.definition = {
        elementsComplete: elements[0],
        elementsTotal: elements[1],
        signedOff: signOffs[0],
        signOffsTotal: signOffs[1],
        complete: definition.complete,
      };
  }
  if (isRecord(scorecard)) {
    const missing = whole(scorecard.missing);
    if (missing !== undefined) parts.scorecard = { missing };
  }
  if (isRecord(partner)) {
    const verdict = shownText(partner.verdict);
    const askFor = whole(partner.askFor);
    if (verdict !== undefined && askFor !== undefined) parts.partner = { verdict, askFor };
  }
  if (isRecord(useCases)) {
    const [workflows, agents, hybrid, unclassified] = [
      useCases.workflows,
      useCases.agents,
      useCases.hybrid,
      useCases.unclassified,
    ].map(whole);
    if (workflows !== undefined && agents !== undefined && hybrid !== undefined && unclassified !== undefined)
      parts.useCases = { workflows, agents, hybrid, unclassified };
  }
  if (isRecord(deployment)) {
    const recommendation = shownText(deployment.recommendation);
    if (recommendation !== undefined) parts.deployment = { recommendation };
  }
  // Something was recorded but none of it can be read: say "not recorded", not "none filled in".
  return Object.keys(parts).length === 0 && Object.keys(raw).length > 0 ? undefined : parts;
}
