import { useSyncExternalStore } from 'react';

const subscribeToNothing = () => () => undefined;

/**
 * False while React hydrates the server's HTML, true from the render after (and at once where
 * nothing was server-rendered). What a store gained before hydration (the diagnostic loaded by
 * an answer kept in early-answers.ts) is shown only from then on, so the first render matches
 * the HTML.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    subscribeToNothing,
    () => true,
    () => false,
  );
}
