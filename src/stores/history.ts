/**
 * Saved result snapshots, persisted under STORAGE_KEYS.history. Saving never silently loses
 * anything: when storage refuses, the snapshot stays in memory and the user is told.
 */
import { atom } from 'nanostores';
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import { MAX_SNAPSHOTS, decodeStoredHistory, encodeStoredHistory, type Snapshot } from '../domain/history';
import { readStored, removeStored, writeStored } from './storage';
import { showNotice } from './notices';

export const $history = atom<readonly Snapshot[]>([]);

let questionIds: readonly Id[] = [];

export function initHistory(ids: readonly Id[]): void {
  questionIds = ids;
  const stored = decodeStoredHistory(readStored(STORAGE_KEYS.history.key), ids);
  if (stored.problems.length > 0) {
    showNotice({
      id: 'stored-history',
      tone: 'info',
      message:
        stored.snapshots.length > 0
          ? 'Some saved results on this device could not be read and were left out.'
          : 'Saved results on this device could not be read.',
    });
  }
  $history.set(stored.snapshots);
}

function save(snapshots: readonly Snapshot[]): void {
  $history.set(snapshots);
  if (snapshots.length === 0) removeStored(STORAGE_KEYS.history.key);
  else writeStored(STORAGE_KEYS.history.key, encodeStoredHistory(snapshots, questionIds));
}

export type SaveOutcome = 'saved' | 'full';

export function saveSnapshot(snapshot: Snapshot): SaveOutcome {
  const current = $history.get();
  if (current.length >= MAX_SNAPSHOTS) return 'full';
  save([...current, snapshot]);
  return 'saved';
}

export function deleteSnapshot(id: string): void {
  save($history.get().filter((s) => s.id !== id));
}

export function deleteAllSnapshots(): void {
  save([]);
}

/** Replaces the history with imported snapshots (the caller has confirmed). */
export function replaceHistory(snapshots: readonly Snapshot[]): void {
  save(snapshots.slice(-MAX_SNAPSHOTS));
}
