/**
 * Saved result snapshots, persisted under STORAGE_KEYS.history through the persistent store.
 * Saving never silently loses anything: when storage refuses, the snapshot stays in memory and
 * the user is offered a download of what is in memory.
 */
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import { MAX_SNAPSHOTS, type Snapshot } from '../domain/history';
import { sameResult, savedResultsCodec } from '../domain/saved-results-codec';
import { createPersistentStore, registerUnsavedSource, reportUnsaved } from './persistent-store';
import { browserBackend, type StorageBackend } from './storage';

/**
 * 'memory-only': kept for this tab, but the browser would not store it. 'unchanged': the latest
 * saved result is this very result, so nothing was added. 'too-large': storage would refuse it.
 */
export type SaveOutcome = 'saved' | 'unchanged' | 'full' | 'too-large' | 'memory-only';

export function createHistoryStore(backend: StorageBackend = browserBackend) {
  let questionIds: readonly Id[] = [];
  const store = createPersistentStore<readonly Snapshot[]>({
    key: STORAGE_KEYS.history.key,
    codec: savedResultsCodec(() => questionIds),
    store: 'history',
    backend,
    onWriteFailed: () => reportUnsaved('history'),
  });
  const { $value: $history } = store;

  function save(snapshots: readonly Snapshot[]): 'saved' | 'too-large' | 'memory-only' {
    if (!store.set(snapshots)) return 'too-large';
    return store.saved() ? 'saved' : 'memory-only';
  }

  return {
    $history,
    $historyLoaded: store.$loaded,
    /** Loads saved results (once), then follows changes other tabs make. */
    initHistory(ids: readonly Id[]): void {
      questionIds = ids;
      registerUnsavedSource('history', () => $history.get());
      store.load();
    },
    saveSnapshot(snapshot: Snapshot): SaveOutcome {
      const current = $history.get();
      const latest = current.at(-1);
      if (latest && sameResult(latest, snapshot)) return 'unchanged';
      if (current.length >= MAX_SNAPSHOTS) return 'full';
      return save([...current, snapshot]);
    },
    deleteSnapshot(id: string): void {
      save($history.get().filter((s) => s.id !== id));
    },
    deleteAllSnapshots(): void {
      save([]);
    },
    /** Replaces the history with imported snapshots (the caller has confirmed). */
    replaceHistory(snapshots: readonly Snapshot[]): 'saved' | 'too-large' | 'memory-only' {
      return save(snapshots.slice(-MAX_SNAPSHOTS));
    },
    /** Whether these snapshots would fit in storage (imports are refused otherwise). */
    historyFits(snapshots: readonly Snapshot[]): boolean {
      return store.fits(snapshots);
    },
    reset: store.reset,
  };
}

const history = createHistoryStore();

export const {
  $history,
  $historyLoaded,
  initHistory,
  saveSnapshot,
  deleteSnapshot,
  deleteAllSnapshots,
  replaceHistory,
  historyFits,
} = history;
