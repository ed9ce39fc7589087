/**
 * Saved result snapshots and how two of them compare. A snapshot records what the user saw
 * (stage, score, cost range) as well as the answers, so old snapshots still read correctly after
 * the content changes; comparisons of answers only use questions that still exist. Since results
 * record the documents and decisions too (snapshot-parts.ts), a snapshot may carry `parts`; one
 * saved before has none and still reads, in storage and in history export files alike, so the
 * stored version stays 1.
 *
 * Imported by the client islands: keep it light (zod/mini only).
 */
import * as z from 'zod/mini';
import type { Id, Question, Stage } from './content-types';
import { answerOf, type Answers } from './answers';
import { decodeAnswers, encodeAnswers } from './answer-codec';
import { bySavedAt, clientKey } from './history-view';
import { decodeSnapshotParts, type SnapshotParts } from './snapshot-parts';

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
  /**
   * What the documents and decisions showed when it was saved; absent on results saved before
   * snapshots recorded them ({} when none was filled in).
   */
  parts?: SnapshotParts;
}

export type HistoryProblem =
  { kind: 'unreadable' } | { kind: 'too-long' } | { kind: 'dropped-snapshots'; count: number };

// Numbers, the id pattern, the date-time and the cost are checked by hand, not with zod's number,
// regex, date-time and refine checks: those would add ~1.5 KB gzip to the zod chunk that every
// island loads up front (scripts/budgets.json), for one page's sake. The rules are the same.
const SnapshotSchema = z.object({
  id: z.string(),
  savedAt: z.string(),
  clientLabel: z.string().check(z.maxLength(120)),
  answers: z.unknown(),
  stageId: z.string().check(z.maxLength(64)),
  stageName: z.string().check(z.maxLength(120)),
  score: z.unknown(),
  total: z.unknown(),
  cost: z.unknown(),
  parts: z.optional(z.unknown()),
});

const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;
/** A calendar date, leap years included (zod's own date pattern). */
const DATE_SOURCE =
  '(?:(?:\\d\\d[2468][048]|\\d\\d[13579][26]|\\d\\d0[48]|[02468][048]00|[13579][26]00)-02-29|\\d{4}-(?:(?:0[13578]|1[02])-(?:0[1-9]|[12]\\d|3[01])|(?:0[469]|11)-(?:0[1-9]|[12]\\d|30)|(?:02)-(?:0[1-9]|1\\d|2[0-8])))';
/** RFC 3339 with seconds and a Z or ±hh:mm offset: what z.iso.datetime({ offset: true }) accepts. */
const DATE_TIME_PATTERN = new RegExp(
  `^${DATE_SOURCE}T(?:[01]\\d|2[0-3]):[0-5]\\d:[0-5]\\d(?:\\.\\d+)?(?:Z|[+-](?:[01]\\d|2[0-3]):[0-5]\\d)$`,
);

const wholeIn = (value: unknown, min: number, max: number): value is number =>
  Number.isSafeInteger(value) && (value as number) >= min && (value as number) <= max;

/** A stored cost range: null, or whole non-negative dollars with low ≤ high; undefined if invalid. */
function decodeCost(raw: unknown): Snapshot['cost'] | undefined {
  if (raw === null) return null;
  if (typeof raw !== 'object' || Array.isArray(raw)) return undefined;
  const { low, high } = raw as Record<string, unknown>;
  if (!wholeIn(low, 0, Number.MAX_SAFE_INTEGER) || !wholeIn(high, 0, Number.MAX_SAFE_INTEGER) || low > high)
    return undefined;
  return { low, high };
}

const EnvelopeSchema = z.object({ v: z.literal(STORED_HISTORY_VERSION), snapshots: z.unknown() });

export function encodeSnapshot(snapshot: Snapshot, questionIds: readonly Id[]): Record<string, unknown> {
  return { ...snapshot, answers: encodeAnswers(snapshot.answers, questionIds) };
}

/** One snapshot from untrusted input, or null. Unknown answer ids are dropped silently (removed questions). */
export function decodeSnapshot(raw: unknown, questionIds: readonly Id[]): Snapshot | null {
  const parsed = SnapshotSchema.safeParse(raw);
  if (!parsed.success) return null;
  const { id, savedAt, clientLabel, stageId, stageName, score, total } = parsed.data;
  const cost = decodeCost(parsed.data.cost);
  if (!ID_PATTERN.test(id) || !DATE_TIME_PATTERN.test(savedAt) || cost === undefined) return null;
  if (!wholeIn(total, 1, 99) || !wholeIn(score, 0, total)) return null;
  const { answers } = decodeAnswers(parsed.data.answers, questionIds);
  // Parts that cannot be read are left out one by one; the snapshot itself is kept.
  const parts = decodeSnapshotParts(parsed.data.parts);
  return {
    id,
    savedAt,
    clientLabel,
    answers,
    stageId,
    stageName,
    score,
    total,
    cost,
    ...(parts && { parts }),
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
  snapshots.sort(bySavedAt);
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

// ---------- Merging an import ----------

export interface SnapshotMerge {
  /** What the history would hold: both sets, without duplicates, oldest first, capped. */
  snapshots: Snapshot[];
  /** Snapshots from the file that are not on the device yet. */
  added: number;
  /** Snapshots from the file already on the device (same id, or the same result saved at the same time). */
  duplicates: number;
  /** The oldest snapshots left out because the merged history would pass MAX_SNAPSHOTS. */
  overCap: number;
}

/** Same result saved at the same moment for the same client: a copy, whatever its id says. */
function sameResult(a: Snapshot, b: Snapshot): boolean {
  return (
    a.savedAt === b.savedAt &&
    clientKey(a.clientLabel) === clientKey(b.clientLabel) &&
    a.stageId === b.stageId &&
    a.score === b.score &&
    a.total === b.total &&
    JSON.stringify(Object.entries(a.answers).sort()) === JSON.stringify(Object.entries(b.answers).sort())
  );
}

/**
 * Adds imported snapshots to the device's own. A snapshot already here (by id, or the same result
 * saved at the same time) is a duplicate and the device's copy is kept, so importing one file twice
 * changes nothing. Past MAX_SNAPSHOTS the oldest are left out, and counted so the user is told.
 */
export function mergeSnapshots(current: readonly Snapshot[], incoming: readonly Snapshot[]): SnapshotMerge {
  const merged = [...current];
  const ids = new Set(current.map((s) => s.id));
  let added = 0;
  let duplicates = 0;
  for (const snapshot of incoming) {
    if (ids.has(snapshot.id) || merged.some((s) => sameResult(s, snapshot))) {
      duplicates++;
      continue;
    }
    ids.add(snapshot.id);
    merged.push(snapshot);
    added++;
  }
  merged.sort(bySavedAt);
  const kept = merged.slice(-MAX_SNAPSHOTS);
  return { snapshots: kept, added, duplicates, overCap: merged.length - kept.length };
}
