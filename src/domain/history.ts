/**
 * Saved result snapshots and how two of them compare. A snapshot records what the user saw
 * (stage, score, cost range) as well as the answers, so old snapshots still read correctly after
 * the content changes; comparisons of answers only use questions that still exist.
 *
 * Imported by the client islands: keep it light (zod/mini only).
 */
import * as z from 'zod/mini';
import type { Id, Question, Stage } from './content-types';
import { answerOf, type Answers } from './answers';
import { decodeAnswers, encodeAnswers } from './answer-codec';

export const STORED_HISTORY_VERSION = 1;
/** Most snapshots kept; saving more asks the user to delete one first. */
export const MAX_SNAPSHOTS = 50;
/** Stored history above this size is refused unread. */
export const MAX_STORED_HISTORY_LENGTH = 512 * 1024;

export interface Snapshot {
  id: string;
  /** ISO date-time of saving. */
  savedAt: string;
  clientLabel: string;
  answers: Answers;
  stageId: Id;
  stageName: string;
  score: number;
  total: number;
  /** Year-one cost range in whole US dollars, when the cost calculator was used. */
  cost: { low: number; high: number } | null;
}

export type HistoryProblem =
  { kind: 'unreadable' } | { kind: 'too-long' } | { kind: 'dropped-snapshots'; count: number };

const DollarsSchema = z.int().check(z.minimum(0), z.maximum(Number.MAX_SAFE_INTEGER));

const SnapshotSchema = z.object({
  id: z.string().check(z.regex(/^[A-Za-z0-9_-]{1,64}$/)),
  savedAt: z.iso.datetime({ offset: true }),
  clientLabel: z.string().check(z.maxLength(120)),
  answers: z.unknown(),
  stageId: z.string().check(z.maxLength(64)),
  stageName: z.string().check(z.maxLength(120)),
  score: z.int().check(z.minimum(0), z.maximum(99)),
  total: z.int().check(z.minimum(1), z.maximum(99)),
  cost: z.nullable(
    z
      .object({ low: DollarsSchema, high: DollarsSchema })
      .check(z.refine((c) => c.low <= c.high, { message: 'low must not exceed high' })),
  ),
});

const EnvelopeSchema = z.object({ v: z.literal(STORED_HISTORY_VERSION), snapshots: z.unknown() });

export function encodeSnapshot(snapshot: Snapshot, questionIds: readonly Id[]): Record<string, unknown> {
  return { ...snapshot, answers: encodeAnswers(snapshot.answers, questionIds) };
}

/** One snapshot from untrusted input, or null. Unknown answer ids are dropped silently (removed questions). */
export function decodeSnapshot(raw: unknown, questionIds: readonly Id[]): Snapshot | null {
  const parsed = SnapshotSchema.safeParse(raw);
  if (!parsed.success || parsed.data.score > parsed.data.total) return null;
  const { answers } = decodeAnswers(parsed.data.answers, questionIds);
  const { id, savedAt, clientLabel, stageId, stageName, score, total, cost } = parsed.data;
  return {
    id,
    savedAt,
    clientLabel,
    answers,
    stageId,
    stageName,
    score,
    total,
    cost: cost ? { low: cost.low, high: cost.high } : null,
  };
}

/** Snapshots from untrusted input: each one kept or dropped on its own, capped, sorted oldest first. */
export function decodeSnapshots(raw: unknown, questionIds: readonly Id[]): { snapshots: Snapshot[]; dropped: number } {
  if (!Array.isArray(raw)) return { snapshots: [], dropped: raw === undefined ? 0 : 1 };
  const snapshots: Snapshot[] = [];
  const seen = new Set<string>();
  let dropped = 0;
  for (const item of raw.slice(0, MAX_SNAPSHOTS * 2)) {
    const snapshot = decodeSnapshot(item, questionIds);
    if (!snapshot || seen.has(snapshot.id)) {
      dropped++;
      continue;
    }
    seen.add(snapshot.id);
    snapshots.push(snapshot);
  }
  dropped += Math.max(0, raw.length - MAX_SNAPSHOTS * 2);
  snapshots.sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  const kept = snapshots.slice(-MAX_SNAPSHOTS);
  return { snapshots: kept, dropped: dropped + (snapshots.length - kept.length) };
}

export function encodeStoredHistory(snapshots: readonly Snapshot[], questionIds: readonly Id[]): string {
  return JSON.stringify({ v: STORED_HISTORY_VERSION, snapshots: snapshots.map((s) => encodeSnapshot(s, questionIds)) });
}

export function decodeStoredHistory(
  text: string | null,
  questionIds: readonly Id[],
): { snapshots: Snapshot[]; problems: HistoryProblem[] } {
  if (text === null) return { snapshots: [], problems: [] };
  if (text.length > MAX_STORED_HISTORY_LENGTH) return { snapshots: [], problems: [{ kind: 'too-long' }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { snapshots: [], problems: [{ kind: 'unreadable' }] };
  }
  const envelope = EnvelopeSchema.safeParse(json);
  if (!envelope.success) return { snapshots: [], problems: [{ kind: 'unreadable' }] };
  const { snapshots, dropped } = decodeSnapshots(envelope.data.snapshots, questionIds);
  return { snapshots, problems: dropped > 0 ? [{ kind: 'dropped-snapshots', count: dropped }] : [] };
}

export interface AnswerChange {
  question: Question;
  before: Answers[string];
  after: Answers[string];
}

export interface SnapshotComparison {
  /** Questions (still in the content) whose answer differs, in question order. */
  changedAnswers: AnswerChange[];
  stage: { before: string; after: string; direction: 'up' | 'down' | 'same' };
  scoreDelta: number;
  /** after − before, whole dollars; null unless both snapshots have a cost. */
  costDelta: { low: number; high: number } | null;
}

/** Compares an earlier snapshot with a later one. Stage movement uses the current ladder order. */
export function compareSnapshots(
  before: Snapshot,
  after: Snapshot,
  questions: readonly Question[],
  stages: readonly Stage[],
): SnapshotComparison {
  const orderOf = (id: Id) => stages.find((s) => s.id === id)?.order ?? 0;
  const changedAnswers = [...questions]
    .sort((a, b) => a.order - b.order)
    .map((question) => ({
      question,
      before: answerOf(before.answers, question.id),
      after: answerOf(after.answers, question.id),
    }))
    .filter((change) => change.before !== change.after);
  const delta = orderOf(after.stageId) - orderOf(before.stageId);
  return {
    changedAnswers,
    stage: {
      before: before.stageName,
      after: after.stageName,
      direction: delta > 0 ? 'up' : delta < 0 ? 'down' : 'same',
    },
    scoreDelta: after.score - before.score,
    costDelta:
      before.cost && after.cost
        ? { low: after.cost.low - before.cost.low, high: after.cost.high - before.cost.high }
        : null,
  };
}
