/**
 * The only code that touches localStorage. Every call is guarded: private browsing, a full quota
 * or a disabled store must never break the page, only downgrade it to memory with a notice.
 */
import { showNotice } from './notices';

function store(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    // Some browsers throw on mere access when storage is disabled.
    return null;
  }
}

export function readStored(key: string): string | null {
  try {
    return store()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

/** Returns false (after telling the user once) when the value could not be saved. */
export function writeStored(key: string, value: string): boolean {
  try {
    const storage = store();
    if (!storage) throw new Error('localStorage unavailable');
    storage.setItem(key, value);
    return true;
  } catch {
    showNotice({
      id: 'storage-unavailable',
      tone: 'warning',
      message:
        'This browser would not let us save on this device (private mode or full storage). Your work is kept while this tab stays open: to keep it, copy a share link or download it from the History page.',
    });
    return false;
  }
}

export function removeStored(key: string): void {
  try {
    store()?.removeItem(key);
  } catch {
    // Nothing to clear if storage is unavailable.
  }
}
