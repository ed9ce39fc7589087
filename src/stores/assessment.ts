/**
 * The diagnostic's state: answers, the screen the user is on, and the view. Components call the
 * actions exported here and never set the store directly. Persisted under
 * STORAGE_KEYS.answers; a share link in the URL fragment takes precedence when present.
 */
import { atom } from 'nanostores';
import { STORAGE_KEYS } from '../consts';
import type { AnswerValue, Id } from '../domain/content-types';
import {
  decodeStoredAssessment,
  encodeStoredAssessment,
  initialAssessmentState,
  type AssessmentScreen,
  type AssessmentState,
  type AssessmentView,
} from '../domain/assessment-state';
import { answerOf, type Answers } from '../domain/answers';
import { decodeShareFragment, encodeShareFragment, isShareFragment } from '../domain/share-codec';
import { readStored, removeStored, writeStored } from './storage';
import { showNotice } from './notices';

export const $assessment = atom<AssessmentState>({ answers: {}, position: { screen: 'check' }, view: 'step' });

/**
 * False until initAssessment has read this device's copy. Until then the island renders what the
 * server rendered (question 1), so hydration matches.
 */
export const $assessmentLoaded = atom(false);

let questionIds: readonly Id[] = [];
let unsubscribePersistence: (() => void) | undefined;

/**
 * Loads saved state (or a share link) once the island knows the question ids, then keeps
 * localStorage in step. Safe to call again; later calls only re-read.
 */
export function initAssessment(ids: readonly Id[], fragment: string): void {
  questionIds = ids;
  unsubscribePersistence?.();
  $assessment.set(loadInitialState(fragment));
  $assessmentLoaded.set(true);
  unsubscribePersistence = $assessment.listen((state) => {
    // A fresh state holds nothing worth keeping, so "Start over" leaves the device clean.
    if (Object.keys(state.answers).length === 0) removeStored(STORAGE_KEYS.answers.key);
    else writeStored(STORAGE_KEYS.answers.key, encodeStoredAssessment(state, questionIds));
  });
}

function loadInitialState(fragment: string): AssessmentState {
  const stored = decodeStoredAssessment(readStored(STORAGE_KEYS.answers.key), questionIds);
  if (stored.problems.length > 0) {
    removeStored(STORAGE_KEYS.answers.key);
    showNotice({
      id: 'stored-answers',
      tone: 'info',
      message: stored.state
        ? 'Some answers saved on this device could not be read and were left out. Everything else is as you left it.'
        : 'Answers saved on this device could not be read, so the diagnostic starts afresh.',
    });
  }
  const base = stored.state ?? initialAssessmentState(questionIds);
  if (!isShareFragment(fragment)) return base;

  const shared = decodeShareFragment(fragment, questionIds);
  // A link that carries no answers (e.g. a cost-only link) leaves the diagnostic alone.
  if (shared.payload && shared.payload.answers === undefined) return base;
  if (!shared.payload?.answers) {
    showNotice({
      id: 'share-link',
      tone: 'warning',
      message:
        shared.problems[0]?.kind === 'unsupported-version'
          ? 'This share link comes from a different version of Readiness and could not be opened. Your own answers are unchanged.'
          : 'This share link could not be read — it may have been cut short when copied. Your own answers are unchanged.',
    });
    return base;
  }
  const dropped = shared.problems.find((p) => p.kind === 'dropped-answers');
  showNotice({
    id: 'share-link',
    tone: dropped ? 'warning' : 'info',
    message: dropped
      ? `Opened answers from a share link. ${dropped.count} part${dropped.count === 1 ? '' : 's'} of the link could not be read and ${dropped.count === 1 ? 'was' : 'were'} left out.`
      : 'Opened answers from a share link. They are now saved on this device only.',
  });
  const complete = questionIds.every((id) => answerOf(shared.payload?.answers ?? {}, id) !== undefined);
  return { ...base, answers: shared.payload.answers, position: complete ? { screen: 'results' } : { screen: 'check' } };
}

export function answerQuestion(questionId: Id, value: AnswerValue): void {
  const state = $assessment.get();
  $assessment.set({ ...state, answers: { ...state.answers, [questionId]: value } });
}

export function goTo(position: AssessmentScreen): void {
  $assessment.set({ ...$assessment.get(), position });
}

export function setView(view: AssessmentView): void {
  $assessment.set({ ...$assessment.get(), view });
}

/** Clears every answer (the caller confirms with the user first). */
export function startOver(): void {
  removeStored(STORAGE_KEYS.answers.key);
  $assessment.set(initialAssessmentState(questionIds));
}

/** The share fragment for the current answers (with leading '#'). */
export function shareFragment(): string {
  return `#${encodeShareFragment({ answers: $assessment.get().answers }, questionIds)}`;
}

/**
 * The answers saved on this device, read without loading the diagnostic (for the PDF made on
 * /cost/). Unreadable parts are simply left out: the diagnostic page reports them.
 */
export function readSavedAnswers(ids: readonly Id[]): Answers | null {
  return decodeStoredAssessment(readStored(STORAGE_KEYS.answers.key), ids).state?.answers ?? null;
}
