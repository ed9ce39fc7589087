import { useCallback, useSyncExternalStore } from 'react';
import type { ReadableAtom } from 'nanostores';

/**
 * A store's value as it changes, for a store that may not be here yet (its chunk still loading,
 * see use-chunk-when-stored.ts): null until it is, and on the server. @nanostores/react's
 * useStore needs the store itself from the first render.
 */
export function useOptionalStore<Value>(store: ReadableAtom<Value> | null): Value | null {
  const subscribe = useCallback((change: () => void) => store?.listen(change) ?? (() => undefined), [store]);
  const read = useCallback(() => store?.get() ?? null, [store]);
  return useSyncExternalStore(subscribe, read, serverValue);
}

const serverValue = () => null;
