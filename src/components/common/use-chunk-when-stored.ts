import { useEffect, useState, useSyncExternalStore } from 'react';

/**
 * A chunk imported at most once per page: every caller gets the same promise, and a failed import
 * (offline, say) is forgotten, so the next call fetches it again.
 */
export function lazyChunk<Chunk>(importChunk: () => Promise<Chunk>): () => Promise<Chunk> {
  let loading: Promise<Chunk> | null = null;
  return () =>
    (loading ??= importChunk().catch((error: unknown) => {
      loading = null;
      throw error;
    }));
}

/**
 * Calls `change` whenever another tab saves (or clears) something while this page is open: the
 * `subscribe` of a `useSyncExternalStore` that reads storage.
 */
export function onStorage(change: () => void): () => void {
  window.addEventListener('storage', change);
  return () => window.removeEventListener('storage', change);
}

/**
 * Code a page needs only when this device holds some saved data: most visitors hold none, so it
 * is its own chunk, loaded once `holds()` is true — at hydration, or later, when another tab saves
 * the data while the page is open.
 *
 * 'unread' until storage has been looked at (the server page has no storage, and hydration renders
 * what the server did) and, when it held the data then, while the chunk loads; after that, 'none'
 * until the chunk is here — so a page already shown without the data is never taken back to
 * 'unread' when another tab saves some — and when the chunk could not be fetched (the next change
 * in another tab tries again). `holds` and `load` must be stable: module-level functions, not
 * ones made in a render.
 */
export function useChunkWhenStored<Chunk>(holds: () => boolean, load: () => Promise<Chunk>): Chunk | 'unread' | 'none' {
  const holding = useSyncExternalStore(onStorage, holds, () => null);
  const [loaded, setLoaded] = useState<{ chunk: Chunk } | null>(null);
  const [failed, setFailed] = useState(false);
  useEffect(() => {
    if (!holding || loaded) return;
    let stopped = false;
    const attempt = () =>
      load().then(
        (chunk) => !stopped && setLoaded((before) => before ?? { chunk }),
        () => !stopped && setFailed(true),
      );
    void attempt();
    const stopListening = onStorage(attempt);
    return () => {
      stopped = true;
      stopListening();
    };
  }, [holding, loaded, load]);
  // Whether a render has answered something other than 'unread': React's pattern for keeping
  // information from earlier renders, set during the render that first answers.
  const [answered, setAnswered] = useState(false);
  if (loaded) return loaded.chunk;
  const unread = holding === null || (holding && !failed);
  if (!unread && !answered) setAnswered(true);
  return unread && !answered ? 'unread' : 'none';
}
