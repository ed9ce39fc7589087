import { useEffect, useRef } from 'react';
import { useStore } from '@nanostores/react';
import type { Id } from '../../domain/content-types';
import { $decisions, initDecisions } from '../../stores/decisions';
import { initSession } from '../../stores/session';

/**
 * Loads the saved decisions and the facilitator session once the component has hydrated (a store
 * update reaching server HTML that React has not yet hydrated would make it throw that HTML
 * away), and marks the root ready for tests. Used by the lazy main components, so the stores and
 * their decoders stay out of the islands' initial JS.
 */
export function useDecisionsIsland(questionIds: readonly Id[]) {
  useEffect(() => {
    initSession(questionIds, window.location.search);
    initDecisions();
  }, [questionIds]);

  const ready = useStore($decisions) !== null;
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (ready && root.current) root.current.dataset.ready = 'true';
  }, [ready]);
  return root;
}
