/**
 * The documents and decisions in a session export file: the sections written on export, and
 * what an import would write, decided part by part. Each of the four documents, and the decisions
 * as a whole, is one part: a part the file carries and this site can read completely replaces
 * this device's; a part the file carries but that is damaged (or from another version) is left
 * out, listed by what it is (the page names it in its own words), and this device's is kept; a document missing from a documents section was empty
 * when exported, so it is cleared. A file with no section at all (version 1, or a download made
 * where they were not loaded) says nothing about them, so nothing is changed.
 *
 * Imported lazily (with the documents' and decisions' codecs) only when the user exports or
 * imports a session on the history page.
 */
import {
  DOCUMENTS_SECTION_VERSION,
  NO_DOCUMENTS,
  decodeDocumentsSection,
  encodeDocumentsSection,
  type DocumentsContext,
  type DocumentsState,
} from './documents-section';
import { EMPTY_DECISIONS, decodeDecisions, encodeDecisions, type DecisionsState } from './decisions-state';
import type { SessionExport } from './export-file';

export type DocumentKey = keyof DocumentsState;

export const DOCUMENT_KEYS: readonly DocumentKey[] = [
  'invariantCheck',
  'readinessDefinition',
  'scorecard',
  'partnerCheck',
];

export interface ImportedDocuments {
  /** False for a file that says nothing about documents or decisions (no section): nothing is written. */
  carried: boolean;
  /** The documents the import writes (null clears one); a key not here keeps this device's. */
  documents: Partial<DocumentsState>;
  /** The decisions the import writes; null keeps this device's. */
  decisions: DecisionsState | null;
  /** Parts the file carries but that could not be read, by what they are, for a page to name in its own words. */
  leftOutParts: LeftOutPart[];
}

/** A part of a file or link that could not be read: all the documents, one of them, or the decisions. */
export type LeftOutPart = 'documents' | DocumentKey | 'decisions';

/** What an import that says nothing about documents or decisions writes: nothing. */
export const NOTHING_CARRIED: ImportedDocuments = {
  carried: false,
  documents: {},
  decisions: null,
  leftOutParts: [],
};

/**
 * The two sections for a session export, always both: an empty one says "none", so importing it
 * clears this device's, as the rest of a session import replaces the session.
 */
export function encodeExportDocuments(
  documents: DocumentsState,
  decisions: DecisionsState | null,
): Required<Pick<SessionExport, 'documents' | 'decisions'>> {
  return {
    documents: encodeDocumentsSection(documents) ?? { v: DOCUMENTS_SECTION_VERSION },
    decisions: JSON.parse(encodeDecisions(decisions ?? EMPTY_DECISIONS)),
  };
}

/** Reads the two sections of an export the file decoder accepted. Never throws. */
export function decodeExportDocuments(
  session: Pick<SessionExport, 'documents' | 'decisions'>,
  context: DocumentsContext,
): ImportedDocuments {
  if (session.documents === undefined && session.decisions === undefined) return NOTHING_CARRIED;
  const leftOutParts: LeftOutPart[] = [];

  let documents: Partial<DocumentsState> = {};
  const raw = session.documents;
  if (raw !== undefined) {
    documents = { ...NO_DOCUMENTS };
    if (
      typeof raw !== 'object' ||
      raw === null ||
      Array.isArray(raw) ||
      !('v' in raw) ||
      raw.v !== DOCUMENTS_SECTION_VERSION
    ) {
      documents = {};
      leftOutParts.push('documents');
    } else {
      const section = raw as Record<string, unknown>;
      for (const key of DOCUMENT_KEYS) {
        if (section[key] === undefined) continue;
        // One part at a time, so a damaged part is named and left out on its own.
        const decoded = decodeDocumentsSection({ v: DOCUMENTS_SECTION_VERSION, [key]: section[key] }, context);
        if (decoded.dropped === 0 && decoded.state[key] !== null) {
          documents = { ...documents, [key]: decoded.state[key] };
        } else {
          delete documents[key];
          leftOutParts.push(key);
        }
      }
    }
  }

  let decisions: DecisionsState | null = null;
  if (session.decisions !== undefined) {
    const decoded = decodeDecisions(JSON.stringify(session.decisions) ?? null);
    if (decoded.state && decoded.problem === null && decoded.dropped.length === 0) decisions = decoded.state;
    else leftOutParts.push('decisions');
  }
  return { carried: true, documents, decisions, leftOutParts };
}
