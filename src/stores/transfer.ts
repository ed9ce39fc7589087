/**
 * Export and import files, for the history page: the current session (answers, client label and
 * notes, cost inputs) or every saved result, as versioned JSON. An import is planned first
 * (decoded and checked as a whole; nothing changes), and applied only after the user confirms.
 *
 * Loaded lazily by the history island, after it has hydrated.
 */
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import { answerOf } from '../domain/answers';
import { decodeExportFile, encodeExportFile, MAX_IMPORT_BYTES, type SessionExport } from '../domain/export-file';
import { encodeCostSection, type CostContext, type CostState } from '../domain/cost-state';
import { costContextOf, type CostContent } from '../domain/cost-content';
import { planImport, type HistoryImportMode, type ImportPlan } from '../domain/import-plan';
import { $assessment, answerQuestion, goTo, initAssessment, startOver } from './assessment';
import { $cost, editScenario, initCost, resetCost, setDisplayCurrency, updateScenario } from './cost';
import { $history, replaceHistory } from './history';
import { $session, initSession, replaceSession } from './session';
import { readStored } from './storage';

let questionIds: readonly Id[] = [];
let costContext: CostContext | undefined;

/** Loads the diagnostic, cost and session stores this device holds (no share links here). */
export function loadSessionStores(ids: readonly Id[], cost: CostContent, search: string): void {
  questionIds = ids;
  costContext = costContextOf(cost);
  initAssessment(ids, '');
  initCost(costContext, '');
  initSession(ids, search);
}

function context(): CostContext {
  if (!costContext) throw new Error('loadSessionStores must run before export or import');
  return costContext;
}

/** The current session as an export file. The cost is included once the calculator has been used. */
export function sessionExportText(now: Date): string {
  const cost = $cost.get();
  const costUsed = readStored(STORAGE_KEYS.cost.key) !== null;
  const session: SessionExport = { answers: $assessment.get().answers, session: $session.get() };
  if (cost && costUsed) session.cost = encodeCostSection(cost, context());
  return encodeExportFile({ kind: 'session', session }, questionIds, now);
}

export function historyExportText(now: Date): string {
  return encodeExportFile({ kind: 'history', snapshots: [...$history.get()] }, questionIds, now);
}

/**
 * Reads a chosen file into a plan (or a message saying why it cannot be imported). Changes nothing.
 * Saved results in the file are added to this device's (`merge`) unless the user chose `replace`.
 */
export async function planImportFile(file: Blob, mode: HistoryImportMode = 'merge'): Promise<ImportPlan> {
  // A file over the cap is refused on its size alone, without reading it.
  const text = file.size > MAX_IMPORT_BYTES ? '' : await file.text();
  const decoded = decodeExportFile(text, file.size, questionIds);
  if (!decoded.ok) return decoded;
  return planImport(decoded.contents, context(), questionIds, { snapshots: $history.get() }, mode);
}

/**
 * Applies a confirmed plan. Returns false when the browser would not store imported results (they
 * are kept for this tab, and the storage notice says so).
 */
export function applyImport(plan: Extract<ImportPlan, { ok: true }>): boolean {
  if (plan.kind === 'history') return replaceHistory(plan.snapshots);
  replaceAnswers(plan.session);
  replaceCost(plan.cost);
  const here = $session.get();
  replaceSession({
    ...plan.session.session,
    // Notes show only in facilitator mode, so a file that brings notes turns it on; the type
    // size is a setting of this screen, not of the session.
    facilitator:
      plan.session.session.facilitator || here.facilitator || Object.keys(plan.session.session.notes).length > 0,
    presentation: here.presentation,
  });
  // Each store reports its own storage failure with the shared notice.
  return true;
}

function replaceAnswers({ answers }: SessionExport): void {
  startOver();
  let answered = 0;
  for (const id of questionIds) {
    const answer = answerOf(answers, id);
    if (answer === undefined) continue;
    answerQuestion(id, answer);
    answered++;
  }
  // Where the diagnostic opens next: the results when complete, otherwise the answers to check.
  if (answered === questionIds.length && answered > 0) goTo({ screen: 'results' });
  else if (answered > 0) goTo({ screen: 'check' });
}

function replaceCost(cost: CostState | null): void {
  resetCost();
  if (!cost) return;
  updateScenario(0, cost.scenarios[0]);
  updateScenario(1, cost.scenarios[1]);
  editScenario(cost.active);
  setDisplayCurrency(cost.currency);
}
