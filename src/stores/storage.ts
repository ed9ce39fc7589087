/**
 * The only code that touches localStorage. Every call is guarded: private browsing, a full quota
 * or a disabled store must never break the page, only downgrade it to memory with a notice.
 *
 * Stores reach storage through a `StorageBackend`, so unit tests can give them an in-memory
 * `Storage` and simulate the `storage` events another tab would cause.
 */

export interface StorageBackend {
  read(key: string): string | null;
  /** False when the value could not be saved (storage full, disabled or missing). */
  write(key: string, value: string): boolean;
  remove(key: string): void;
  /**
   * Calls back when another tab changes `key`, with its new text (null when removed). A `null`
   * key means another tab cleared all of this site's storage. Returns the unsubscribe.
   */
  watch(listener: (key: string | null, text: string | null) => void): () => void;
}

/** The event source a backend listens to for other tabs' changes (the window, in a browser). */
export interface StorageEventSource {
  addEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
  removeEventListener(type: 'storage', listener: (event: StorageEvent) => void): void;
}

/** A backend over any `Storage` (null when storage is unavailable: reads are empty, writes fail). */
export function storageBackend(resolve: () => Storage | null, events: () => StorageEventSource | null): StorageBackend {
  return {
    read(key) {
      try {
        return resolve()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    write(key, value) {
      try {
        const storage = resolve();
        if (!storage) return false;
        storage.setItem(key, value);
        return true;
      } catch {
        return false;
      }
    },
    remove(key) {
      try {
        resolve()?.removeItem(key);
      } catch {
        // Nothing to clear if storage is unavailable.
      }
    },
    watch(listener) {
      const source = events();
      if (!source) return () => undefined;
      const onStorage = (event: StorageEvent) => listener(event.key, event.newValue);
      source.addEventListener('storage', onStorage);
      return () => source.removeEventListener('storage', onStorage);
    },
  };
}

function browserStorage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on mere access when storage is disabled.
    return null;
  }
}

/** This browser's localStorage, and the window's `storage` events. */
export const browserBackend: StorageBackend = storageBackend(browserStorage, () =>
  typeof window === 'undefined' ? null : window,
);

/** Reads a key without loading its store (the report checks whether the calculator was opened). */
export function readStored(key: string): string | null {
  return browserBackend.read(key);
}
