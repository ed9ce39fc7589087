import { useEffect, useState } from 'react';
import { STORAGE_KEYS } from '../../consts';
import { readStored } from '../../stores/storage';

/** The decisions' store and view: their own chunk, because most visitors of the cost page have none. */
export type DecisionsKit = typeof import('./decisions-kit');

let loading: Promise<DecisionsKit> | null = null;

function loadKit(): Promise<DecisionsKit> {
  loading ??= import('./decisions-kit').catch((error: unknown) => {
    // Offline, say: the next storage event tries again.
    loading = null;
    throw error;
  });
  return loading;
}

const holdsDecisions = () => readStored(STORAGE_KEYS.decisions.key) !== null;

/**
 * The decisions' code, once this device is known to hold decisions: 'unread' until storage has
 * been looked at (after hydration), 'none' while it holds none. Decisions saved in another tab
 * while the page is open load it then. Without decisions the hints need only the source's
 * warnings, which come without it.
 */
export function useDecisionsKit(): DecisionsKit | 'unread' | 'none' {
  const [kit, setKit] = useState<DecisionsKit | 'unread' | 'none'>('unread');
  useEffect(() => {
    let stopped = false;
    const load = () => {
      if (!holdsDecisions()) return;
      loadKit().then(
        (loaded) => !stopped && setKit(loaded),
        () => undefined,
      );
    };
    window.addEventListener('storage', load);
    // Storage exists only after hydration; it is read here once, in one render.
    if (holdsDecisions()) load();
    else setKit('none');
    return () => {
      stopped = true;
      window.removeEventListener('storage', load);
    };
  }, []);
  return kit;
}
