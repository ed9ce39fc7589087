/**
 * A signable document or check kept on this device: the persistent store (cross-tab merge, size
 * cap, unreadable text set aside with a notice) plus `replace`, which also works on a page that
 * never loaded the document — "New session" on the diagnostic clears the scorecard without
 * loading the scorecard's page.
 */
import type { StoredCodec } from '../domain/persistence';
import type { StoreName } from '../domain/storage-notice';
import { createPersistentStore, reportUnsaved } from './persistent-store';
import { browserBackend, type StorageBackend } from './storage';

export function createDocumentStore<T>(options: {
  key: string;
  codec: StoredCodec<T>;
  /** Which store this is, named in its notices by the page's words. */
  store: StoreName;
  backend?: StorageBackend;
}) {
  const backend = options.backend ?? browserBackend;
  const store = createPersistentStore<T>({ ...options, backend, onWriteFailed: () => reportUnsaved('session') });
  return {
    ...store,
    /** Replaces the document (null: back to empty). False, and nothing changes, when it would not fit. */
    replace(value: T | null): boolean {
      if (store.$loaded.get()) return store.set(value ?? options.codec.empty());
      if (value === null || options.codec.isEmpty(value)) {
        backend.remove(options.key);
        return true;
      }
      return store.fits(value) && backend.write(options.key, options.codec.encode(value));
    },
  };
}
