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

/** Returns false when storage refused the write (the snapshots are kept in memory all the same). */
function save(snapshots: readonly Snapshot[]): boolean {
  $history.set(snapshots);
  if (snapshots.length > 0) return writeStored(STORAGE_KEYS.history.key, encodeStoredHistory(snapshots, questionIds));
  removeStored(STORAGE_KEYS.history.key);
  return true;
}

/** 'memory-only': saved for this tab, but the browser would not store it (writeStored told the user). */
export type SaveOutcome = 'saved' | 'full' | 'memory-only';

export function saveSnapshot(snapshot: Snapshot): SaveOutcome {
  const current = $history.get();
  if (current.length >= MAX_SNAPSHOTS) return 'full';
  return save([...current, snapshot]) ? 'saved' : 'memory-only';
}

export function deleteSnapshot(id: string): void {
  save($history.get().filter((s) => s.id !== id));
}

export function deleteAllSnapshots(): void {
  save([]);
}

/** Replaces the history with imported snapshots (the caller has confirmed). False if only in memory. */
export function replaceHistory(snapshots: readonly Snapshot[]): boolean {
  return save(snapshots.slice(-MAX_SNAPSHOTS));
}
