/**
 * The history store, loaded once per page and kept in step with other tabs: re-read whenever
 * another tab changes it, so saving here never brings back a result deleted there.
 *
 * Imported by the history island up front and by "Save this result" lazily: keep it small.
 */
import { atom } from 'nanostores';
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import { initHistory } from './history';

const sameIds = (a: readonly Id[], b: readonly Id[]) => a.length === b.length && a.every((id, i) => id === b[i]);

/** False until loadHistory has read this device's saved results (the server renders "Loading…"). */
export const $historyLoaded = atom(false);

let loadedFor: readonly Id[] | null = null;
let stopWatching: (() => void) | undefined;

/** Loads saved results once per page, then follows changes other tabs make. */
export function loadHistory(questionIds: readonly Id[]): void {
  if (loadedFor && sameIds(loadedFor, questionIds)) return;
  loadedFor = questionIds;
  initHistory(questionIds);
  $historyLoaded.set(true);
  stopWatching?.();
  const onStorage = (event: StorageEvent) => {
    // key is null when another tab cleared all of this site's storage.
    if (event.key === STORAGE_KEYS.history.key || event.key === null) initHistory(questionIds);
  };
  window.addEventListener('storage', onStorage);
  stopWatching = () => window.removeEventListener('storage', onStorage);
}
