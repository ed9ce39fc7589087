/**
 * The four documents and checks as one versioned section for export files, share links and
 * history snapshots (the way the cost feature hands those its own section). Each part is the same
 * versioned shape the stores save, decoded by the same lenient decoders and size caps, so a part
 * that cannot be read is dropped and counted, never thrown; an export or snapshot made before this
 * section existed simply has none.
 */
import type { Id } from './content-types';
import { decodeStoredInvariantCheck, encodeStoredInvariantCheck, type InvariantCheckState } from './invariant-check';
import { decodeStoredPartnerCheck, encodeStoredPartnerCheck, type PartnerCheckState } from './partner-check';
import {
  decodeStoredDefinition,
  encodeStoredDefinition,
  type DefinitionContent,
  type ReadinessDefinitionState,
} from './readiness-definition';
import { decodeStoredScorecard, encodeStoredScorecard, type ScorecardState } from './scorecard';
import type { SignOffRole } from './document-types';

export const DOCUMENTS_SECTION_VERSION = 1;

/** What the user has in each; null for one never filled in. */
export interface DocumentsState {
  invariantCheck: InvariantCheckState | null;
  readinessDefinition: ReadinessDefinitionState | null;
  scorecard: ScorecardState | null;
  partnerCheck: PartnerCheckState | null;
}

/** The ids each part's decoder needs to recognise what it reads. */
export interface DocumentsContext {
  invariantIds: readonly Id[];
  definition: DefinitionContent;
  scorecardRoles: readonly SignOffRole[];
  commitmentIds: readonly Id[];
}

/**
 * The decoders' context from the documents' content as /report/ and "Save this result" have it
 * (src/domain/documents-report.ts, DocumentsReportContent).
 */
export function documentsContextOf(content: {
  invariants: readonly { id: Id }[];
  definition: DefinitionContent;
  scorecard: { signOffRoles: readonly SignOffRole[] };
  commitments: readonly { id: Id }[];
}): DocumentsContext {
  return {
    invariantIds: content.invariants.map((invariant) => invariant.id),
    definition: content.definition,
    scorecardRoles: content.scorecard.signOffRoles,
    commitmentIds: content.commitments.map((commitment) => commitment.id),
  };
}

export const NO_DOCUMENTS: DocumentsState = {
  invariantCheck: null,
  readinessDefinition: null,
  scorecard: null,
  partnerCheck: null,
};

/** The section to put in an export, link or snapshot; undefined when there is nothing to carry. */
export function encodeDocumentsSection(state: DocumentsState): Record<string, unknown> | undefined {
  const parts: [string, string | null][] = [
    ['invariantCheck', state.invariantCheck && encodeStoredInvariantCheck(state.invariantCheck)],
    ['readinessDefinition', state.readinessDefinition && encodeStoredDefinition(state.readinessDefinition)],
    ['scorecard', state.scorecard && encodeStoredScorecard(state.scorecard)],
    ['partnerCheck', state.partnerCheck && encodeStoredPartnerCheck(state.partnerCheck)],
  ];
  const present = parts.filter((part): part is [string, string] => part[1] !== null);
  if (present.length === 0) return undefined;
  return { v: DOCUMENTS_SECTION_VERSION, ...Object.fromEntries(present.map(([key, text]) => [key, JSON.parse(text)])) };
}

/**
 * Reads a section from outside (import, link, snapshot). `dropped` counts parts and fields that
 * could not be read; an import that must be all or nothing refuses the file when it is above 0.
 */
export function decodeDocumentsSection(
  raw: unknown,
  context: DocumentsContext,
): { state: DocumentsState; dropped: number } {
  if (raw === undefined) return { state: NO_DOCUMENTS, dropped: 0 };
  if (typeof raw !== 'object' || raw === null || (raw as { v?: unknown }).v !== DOCUMENTS_SECTION_VERSION)
    return { state: NO_DOCUMENTS, dropped: 1 };
  const section = raw as Record<string, unknown>;
  let dropped = 0;
  // Each part goes back through its own decoder, size cap included, as if read from storage.
  function part<T>(key: string, decode: (text: string) => { state: T | null; dropped: number }): T | null {
    if (section[key] === undefined) return null;
    const decoded = decode(JSON.stringify(section[key]));
    dropped += decoded.state ? decoded.dropped : 1;
    return decoded.state;
  }
  return {
    state: {
      invariantCheck: part('invariantCheck', (t) => decodeStoredInvariantCheck(t, context.invariantIds)),
      readinessDefinition: part('readinessDefinition', (t) => decodeStoredDefinition(t, context.definition)),
      scorecard: part('scorecard', (t) => decodeStoredScorecard(t, { signOffRoles: context.scorecardRoles })),
      partnerCheck: part('partnerCheck', (t) => decodeStoredPartnerCheck(t, context.commitmentIds)),
    },
    dropped,
  };
}
