import { useEffect, useState, useSyncExternalStore } from 'react';
import { STORAGE_KEYS } from '../../consts';
import { readStored } from '../../stores/storage';

/** The decisions' store and view: their own chunk, because most visitors of the cost page have none. */
export type DecisionsKit = typeof import('./decisions-kit');

let loading: Promise<DecisionsKit> | null = null;

function loadKit(): Promise<DecisionsKit> {
  loading ??= import('./decisions-kit').catch((error: unknown) => {
    // Offline, say: the next attempt fetches it again.
    loading = null;
    throw error;
  });
  return loading;
}

const holdsDecisions = () => readStored(STORAGE_KEYS.decisions.key) !== null;

/** Another tab saving decisions while this page is open. */
function onStorage(change: () => void): () => void {
  window.addEventListener('storage', change);
  return () => window.removeEventListener('storage', change);
}

/**
 * The decisions' code, once this device is known to hold decisions: 'unread' until storage has
 * been looked at (the server page has none, and hydration renders what the server did) and while
 * the code loads, 'none' while it holds none (or the code could not be fetched). Decisions saved in
 * another tab while the page is open load it then. Without decisions the hints need only the
 * source's warnings, which come without it.
 */
export function useDecisionsKit(): DecisionsKit | 'unread' | 'none' {
  const holds = useSyncExternalStore(onStorage, holdsDecisions, () => null);
  const [kit, setKit] = useState<DecisionsKit | 'failed' | null>(null);
  useEffect(() => {
    if (!holds || (kit !== null && kit !== 'failed')) return;
    let stopped = false;
    loadKit().then(
      (loaded) => !stopped && setKit(loaded),
      () => !stopped && setKit('failed'),
    );
    return () => {
      stopped = true;
    };
  }, [holds, kit]);
  if (kit !== null && kit !== 'failed') return kit;
  if (holds === null || (holds && kit === null)) return 'unread';
  return 'none';
}
