/**
 * "Save this result" from any page: a dated snapshot of the diagnosis, the client label, when
 * the calculator has been used, the year-one cost range, and what the documents and decisions
 * show (snapshot-parts.ts) when the page passes their content.
 *
 * Loaded lazily by the diagnostic and report islands, never up front.
 */
import type { Question, Stage } from '../domain/content-types';
import type { Answers } from '../domain/answers';
import { diagnose } from '../domain/diagnosis';
import { estimateCost } from '../domain/cost';
import type { CostContext } from '../domain/cost-state';
import { costContextOf, type CostContent } from '../domain/cost-content';
import { createSnapshot, snapshotId } from '../domain/history-view';
import { saveSnapshot, type SaveOutcome } from './history';
import { loadHistory } from './history-sync';
import { $session } from './session';
import { $cost, readSavedCost } from './cost';
import type { SnapshotPartsContent } from '../domain/snapshot-parts';

/**
 * The year-one range (US dollars) of the scenario the cost calculator last showed, or null when
 * the calculator was never opened on this device (the same rule the report follows). What this
 * tab holds comes first: it is what the user sees, even when storage refused it.
 */
export function storedCostTotal(context: CostContext): { low: number; high: number } | null {
  const saved = readSavedCost(context);
  const state = saved ? ($cost.get() ?? saved) : null;
  if (!state) return null;
  const { total } = estimateCost(context.content, state.scenarios[state.active].inputs);
  return { low: total.low, high: total.high };
}

export interface SaveResultInput {
  questions: Question[];
  stages: Stage[];
  answers: Answers;
  /**
   * Cost lines and assumptions, to price the stored cost inputs, or a way to fetch them on the
   * click (a failure fails the save: the device's estimate is not left out unsaid); null leaves
   * the cost out.
   */
  cost: CostContent | (() => Promise<CostContent>) | null;
  /**
   * The documents' and decisions' content, to record what they show, or a way to fetch it on the
   * click; null or left out records none.
   */
  parts?: SnapshotPartsContent | (() => Promise<SnapshotPartsContent>) | null;
}

function randomId(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return snapshotId(bytes);
}

/** Saves a dated snapshot of the current result (answers, stage, score, cost, label, documents and decisions). */
export async function saveResult({ questions, stages, answers, cost, parts }: SaveResultInput): Promise<SaveOutcome> {
  const now = new Date();
  // The documents' decoders, the decisions' rubric and (on /assessment/) their content load only
  // now, on the click. If they cannot load (offline, say), the result is still saved, and History
  // says it recorded none. The cost content fetched on the click (/assessment/) must load: a
  // result saved without the estimate this device holds would say no cost was estimated.
  const [content, source, costContent] = await Promise.all([
    parts ? (typeof parts === 'function' ? parts().catch(() => null) : parts) : null,
    parts ? import('./snapshot-parts-source').catch(() => null) : null,
    typeof cost === 'function' ? cost() : cost,
  ]);
  const recorded = content && source ? source.currentSnapshotParts(content, answers, now) : undefined;
  const ids = questions.map((q) => q.id);
  loadHistory(ids);
  const diagnosis = diagnose({ questions, stages }, answers);
  const snapshot = createSnapshot(
    {
      answers,
      stage: diagnosis.stage,
      score: diagnosis.score,
      total: diagnosis.total,
      clientLabel: $session.get().clientLabel,
      cost: costContent ? storedCostTotal(costContextOf(costContent)) : null,
      parts: recorded,
    },
    now,
    randomId(),
  );
  return saveSnapshot(snapshot);
}
