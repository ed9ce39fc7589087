import { useEffect, useRef, type RefObject } from 'react';
import {
  HISTORY_STEP_KEY,
  decodeHistoryStep,
  encodeHistoryStep,
  visibleScreen,
  type AssessmentStep,
} from '../../domain/assessment-state';
import type { Id } from '../../domain/content-types';
import { $assessment, goTo, setView } from '../../stores/assessment';

/** The step kept in a history entry, as its string (null when the entry holds none). */
function entryStep(state: unknown): string | null {
  if (typeof state !== 'object' || state === null) return null;
  const raw = (state as Record<string, unknown>)[HISTORY_STEP_KEY];
  return typeof raw === 'string' ? raw : null;
}

/** The entry's other fields (another script's), kept when this one is rewritten. */
function otherFields(state: unknown): Record<string, unknown> {
  return typeof state === 'object' && state !== null ? { ...(state as Record<string, unknown>) } : {};
}

const FROM_KEY = `${HISTORY_STEP_KEY}From`;

/**
 * Goes back to `step` the way the browser's Back button would, when the entry before this one is
 * that step; false (and nothing done) when it is not, so the caller moves there itself.
 */
export function backToStep(step: AssessmentStep): boolean {
  if (otherFields(history.state)[FROM_KEY] !== encodeHistoryStep(step)) return false;
  history.back();
  return true;
}

/**
 * Every screen of the diagnostic (each question, the check and the results, in either view) is
 * an entry in the browser's history, kept in `history.state` (the address never changes, and no
 * entry holds an answer). Back and Forward move between them; a reload stays where it was.
 */
export function useHistorySteps(
  ready: boolean,
  step: AssessmentStep,
  questionIds: readonly Id[],
  /** Runs when Back or Forward has moved to another step. */
  onMoved: () => void,
  /** Set to true to have the next change of screen replace this entry (a change the user did not make). */
  replaceNextRef: RefObject<boolean>,
): void {
  const moved = useRef(onMoved);
  useEffect(() => {
    moved.current = onMoved;
  });
  const key = ready ? encodeHistoryStep(step) : null;
  const replacing = useRef(true);

  useEffect(() => {
    if (key === null) return;
    const current = entryStep(history.state);
    if (current === key) return;
    if (replacing.current || replaceNextRef.current || current === null) {
      history.replaceState({ ...otherFields(history.state), [HISTORY_STEP_KEY]: key }, '');
    } else {
      history.pushState({ [HISTORY_STEP_KEY]: key, [FROM_KEY]: current }, '');
    }
    replacing.current = false;
    replaceNextRef.current = false;
  }, [key, replaceNextRef]);

  useEffect(() => {
    if (!ready) return;
    const onPopState = (event: PopStateEvent) => {
      const popped = decodeHistoryStep(entryStep(event.state), questionIds);
      if (!popped) return;
      const state = $assessment.get();
      // Results need every answer: an entry for results reached with fewer (another tab, Start
      // over since) opens the answers to check, and the entry says so.
      const shown: AssessmentStep = {
        view: popped.view,
        position: visibleScreen({ ...state, position: popped.position }, questionIds),
      };
      const shownKey = encodeHistoryStep(shown);
      if (shownKey !== entryStep(event.state))
        history.replaceState({ ...otherFields(event.state), [HISTORY_STEP_KEY]: shownKey }, '');
      moved.current();
      setView(shown.view);
      goTo(shown.position);
    };
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, [ready, questionIds]);
}
