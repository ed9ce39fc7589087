/**
 * The history store, loaded once per page; the persistent store under it follows other tabs, so
 * saving here never brings back a result deleted there.
 *
 * Imported by the history island up front and by "Save this result" lazily: keep it small.
 */
import type { Id } from '../domain/content-types';
import { $historyLoaded, initHistory } from './history';

export { $historyLoaded };

/** Loads saved results once per page, then follows changes other tabs make. */
export function loadHistory(questionIds: readonly Id[]): void {
  initHistory(questionIds);
}
