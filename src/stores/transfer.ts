/**
 * Export and import files, for the history page: the current session (answers, client label and
 * notes, cost inputs, documents and decisions) or every saved result, as versioned JSON. The
 * documents' and decisions' codecs (./transfer-documents) are loaded only when a session is
 * downloaded or imported. An import is planned first
 * (decoded and checked as a whole; nothing changes), and applied only after the user confirms.
 * Exports are made from what is in memory, which is what the user sees even when storage failed.
 *
 * Loaded lazily by the history island, after it has hydrated.
 */
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import { decodeExportFile, encodeExportFile, MAX_IMPORT_BYTES, type SessionExport } from '../domain/export-file';
import { encodeCostSection, type CostContext } from '../domain/cost-state';
import { costContextOf, type CostContent } from '../domain/cost-content';
import type { DocumentsContext } from '../domain/documents-section';
import { planImport, refusalMessage, type HistoryImportMode, type ImportPlan } from '../domain/import-plan';
import type { ImportPlanText } from '../schemas/page-wording';
import { $assessment, initAssessment, replaceAnswers } from './assessment';
import { $cost, costFits, initCost, isCostReference, replaceCost, resetCost } from './cost';
import { $history, historyFits, replaceHistory } from './history';
import { $session, initSession, replaceSession, sessionFits } from './session';
import { readStored } from './storage';

let questionIds: readonly Id[] = [];
let costContext: CostContext | undefined;
let documentsContext: DocumentsContext | undefined;
type DocumentsKit = typeof import('./transfer-documents');
/** Loaded by the first session download or import; an import plan is only made once it is here. */
let documentsKit: DocumentsKit | undefined;

async function loadDocumentsKit(): Promise<DocumentsKit> {
  documentsKit ??= await import('./transfer-documents');
  return documentsKit;
}

/**
 * Loads the diagnostic, cost and session stores this device holds (no share links here), and keeps
 * what the documents' decoders need to read an import.
 */
export function loadSessionStores(
  ids: readonly Id[],
  cost: CostContent,
  search: string,
  documents: DocumentsContext,
): void {
  questionIds = ids;
  costContext = costContextOf(cost);
  documentsContext = documents;
  initAssessment(ids, '');
  initCost(costContext, '');
  initSession(ids, search);
}

function context(): CostContext {
  if (!costContext) throw new Error('loadSessionStores must run before export or import');
  return costContext;
}

function documentsContextNow(): DocumentsContext {
  if (!documentsContext) throw new Error('loadSessionStores must run before export or import');
  return documentsContext;
}

/**
 * The current session, from memory, as an export file. The cost is included once the calculator
 * has been opened (it is stored), or when this tab holds a changed plan storage refused; the
 * documents and decisions always (empty sections say there are none).
 */
export async function sessionExportText(now: Date): Promise<string> {
  // Without the documents' codecs (they could not load), the file leaves both sections out:
  // importing it then keeps the importing device's documents and decisions, never clears them.
  const documents = await loadDocumentsKit().then(
    (kit) => kit.savedDocumentSections(documentsContextNow()),
    () => ({}),
  );
  const cost = $cost.get();
  const costUsed = readStored(STORAGE_KEYS.cost.key) !== null || (cost !== null && !isCostReference());
  const session: SessionExport = { answers: $assessment.get().answers, session: $session.get(), ...documents };
  if (cost && costUsed) session.cost = encodeCostSection(cost, context());
  return encodeExportFile({ kind: 'session', session }, questionIds, now);
}

export function historyExportText(now: Date): string {
  return encodeExportFile({ kind: 'history', snapshots: [...$history.get()] }, questionIds, now);
}

/**
 * Reads a chosen file into a plan (or a message saying why it cannot be imported). Changes
 * nothing. The file's saved results are added to this device's (`merge`) unless the user chose
 * `replace`. A file the stores would refuse to save (its encoding over their cap) is refused here,
 * so an import that is shown as done stays done after a reload. The plan is worded in `text`
 * (content/pages/history.md).
 */
export async function planImportFile(
  file: Blob,
  text: ImportPlanText,
  mode: HistoryImportMode = 'merge',
): Promise<ImportPlan> {
  // A file over the cap is refused on its size alone, without reading it.
  const fileText = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
  const decoded = decodeExportFile(fileText, file.size, questionIds);
  if (!decoded.ok) return { ok: false, message: refusalMessage(decoded.problem, text) };
  const documents =
    decoded.contents.kind === 'session'
      ? (await loadDocumentsKit()).decodeExportDocuments(decoded.contents.session, documentsContextNow())
      : undefined;
  const plan = planImport(
    decoded.contents,
    context(),
    questionIds,
    { snapshots: $history.get() },
    text,
    mode,
    documents,
  );
  if (!plan.ok) return plan;
  const fits =
    plan.kind === 'history'
      ? historyFits(plan.snapshots)
      : sessionFits(plan.session.session) && (plan.cost === null || costFits(plan.cost));
  return fits ? plan : { ok: false, message: text['import-over-storage'] };
}

/** Applies a confirmed plan. Returns false when the browser would not store it (it is kept for this tab). */
export function applyImport(plan: Extract<ImportPlan, { ok: true }>): boolean {
  if (plan.kind === 'history') return replaceHistory(plan.snapshots) === 'saved';
  replaceAnswers(plan.session.answers);
  if (plan.cost) replaceCost(plan.cost);
  else resetCost();
  // Loaded when the plan was made (a session plan only comes from planImportFile).
  documentsKit?.restoreImportedDocuments(plan.documents);
  const here = $session.get();
  return replaceSession({
    ...plan.session.session,
    // Notes show only in facilitator mode, so a file that brings notes turns it on; the type
    // size is a setting of this screen, not of the session.
    facilitator:
      plan.session.session.facilitator || here.facilitator || Object.keys(plan.session.session.notes).length > 0,
    presentation: here.presentation,
  });
}
