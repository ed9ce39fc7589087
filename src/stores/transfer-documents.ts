/**
 * The documents and decisions in session export files, for the history page: read from this
 * device on export, written on import. Loaded with import() only when the user downloads or
 * imports a session, so the history page's first load does not carry their codecs.
 */
import { STORAGE_KEYS } from '../consts';
import { decodeDecisions } from '../domain/decisions-state';
import type { DocumentsContext } from '../domain/documents-section';
import type { SessionExport } from '../domain/export-file';
import { encodeExportDocuments, type ImportedDocuments } from '../domain/export-documents';
import { $decisions, replaceDecisions } from './decisions';
import { readSavedDocuments, restoreDocuments } from './documents';
import { readStored } from './storage';

export { decodeExportDocuments } from '../domain/export-documents';

/** This device's documents and decisions as export sections (each absent when empty). */
export function savedDocumentSections(context: DocumentsContext): Pick<SessionExport, 'documents' | 'decisions'> {
  // The history page does not load the decisions store: what is stored is what the user has.
  const decisions = $decisions.get() ?? decodeDecisions(readStored(STORAGE_KEYS.decisions.key)).state;
  return encodeExportDocuments(readSavedDocuments(context), decisions);
}

/** Writes what a confirmed import brings; parts it left out keep this device's. */
export function restoreImportedDocuments(imported: ImportedDocuments): void {
  if (!imported.carried) return;
  restoreDocuments(imported.documents);
  if (imported.decisions) replaceDecisions(imported.decisions);
}
