/**
 * How the persistent store keeps saved results: the stored history format (history.ts), merged
 * result by result (by id), so a result saved in one tab and one deleted in another both stick.
 *
 * Imported by the client islands: keep it light.
 */
import type { Id } from './content-types';
import { MAX_STORED_HISTORY_LENGTH, decodeStoredHistory, encodeStoredHistory, type Snapshot } from './history';
import { jsonEqual, mergeRecord, type StoredCodec } from './persistence';
import { bySavedAt } from './history-view';

const byId = (snapshots: readonly Snapshot[]) => Object.fromEntries(snapshots.map((s) => [s.id, s]));

export function savedResultsCodec(questionIds: () => readonly Id[]): StoredCodec<readonly Snapshot[]> {
  return {
    maxLength: MAX_STORED_HISTORY_LENGTH,
    empty: () => [],
    encode: (snapshots) => encodeStoredHistory(snapshots, questionIds()),
    decode: (text) => {
      const { snapshots, problems } = decodeStoredHistory(text, questionIds());
      const problem = problems[0];
      if (!problem) return { value: snapshots, problem: null };
      if (problem.kind === 'dropped-snapshots')
        return { value: snapshots, problem: { kind: 'partial', count: problem.count } };
      return { value: null, problem: { kind: problem.kind } };
    },
    merge: (base, older, newer) =>
      Object.values(mergeRecord(byId(base), byId(older), byId(newer), jsonEqual)).sort(bySavedAt),
    isEmpty: (snapshots) => snapshots.length === 0,
    equal: jsonEqual,
  };
}

/**
 * What a snapshot says, apart from when it was saved: two saves of an unchanged result match. A
 * document or decision that changed in between makes it a new result.
 */
export function sameResult(a: Snapshot, b: Snapshot): boolean {
  return (
    a.clientLabel === b.clientLabel &&
    a.stageId === b.stageId &&
    a.score === b.score &&
    a.total === b.total &&
    jsonEqual(a.answers, b.answers) &&
    jsonEqual(a.cost, b.cost) &&
    jsonEqual(a.parts ?? null, b.parts ?? null)
  );
}
