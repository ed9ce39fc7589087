/**
 * The diagnostic's state: answers, the screen the user is on, and the view. Components call the
 * actions exported here and never set the store directly. Persisted under STORAGE_KEYS.answers
 * through the persistent store; a share link in the URL fragment is saved at once on a device
 * with no answers, and otherwise offered beside the device's own answers until the user chooses.
 */
import { STORAGE_KEYS } from '../consts';
import type { AnswerValue, Id } from '../domain/content-types';
import {
  assessmentCodec,
  decodeStoredAssessment,
  initialAssessmentState,
  isComplete,
  type AssessmentScreen,
  type AssessmentState,
  type AssessmentView,
} from '../domain/assessment-state';
import type { Answers } from '../domain/answers';
import { jsonEqual } from '../domain/persistence';
import { answerDifferences, shareOutcome } from '../domain/share-choice';
import { decodeShareFragment, encodeShareFragment, isShareFragment } from '../domain/share-codec';
import { createPersistentStore } from './persistent-store';
import { browserBackend, type StorageBackend } from './storage';
import { dismissNotice, showNotice } from './notices';
import { registerUnsavedSource, reportUnsaved } from './unsaved-work';

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export interface InitAssessmentOptions {
  /** Called once a share link in the fragment has been dealt with (saved, declined or unreadable). */
  onShareSettled?: () => void;
}

export function createAssessmentStore(backend: StorageBackend = browserBackend) {
  let questionIds: readonly Id[] = [];
  const store = createPersistentStore<AssessmentState>({
    key: STORAGE_KEYS.answers.key,
    codec: assessmentCodec(() => questionIds),
    label: 'answers',
    backend,
    onWriteFailed: () => reportUnsaved('session'),
    // Where this tab is (question, view) is its own: another tab answering does not move it.
    keepLocal: (merged, mine) => ({ ...merged, position: mine.position, view: mine.view }),
  });
  const { $value: $assessment, $loaded: $assessmentLoaded } = store;

  const update = (change: (state: AssessmentState) => AssessmentState) => store.set(change($assessment.get()));

  function openShared(shared: Answers, onSettled: () => void): void {
    const state = $assessment.get();
    const complete = isComplete(shared, questionIds);
    const replace = () => {
      update((current) => ({
        ...current,
        answers: shared,
        position: complete ? { screen: 'results' } : { screen: 'check' },
      }));
      onSettled();
    };
    const mine = state.answers;
    const outcome = shareOutcome(mine, shared, Object.keys(mine).length === 0, jsonEqual);
    if (outcome === 'adopt') {
      replace();
      showNotice({
        id: 'share-link',
        tone: 'info',
        message: store.saved()
          ? 'Opened answers from a share link and saved them on this device (nowhere else).'
          : 'Opened answers from a share link. This browser would not save them on this device, so they are kept in this tab only.',
      });
      return;
    }
    if (outcome === 'same') {
      onSettled();
      showNotice({
        id: 'share-link',
        tone: 'info',
        message: 'This share link holds the same answers as this device, so nothing changed.',
      });
      return;
    }
    const differences = answerDifferences(questionIds, mine, shared);
    showNotice({
      id: 'share-link',
      tone: 'warning',
      dismissible: false,
      message: `This share link holds different answers from the ones saved on this device (${plural(differences.length, 'question differs', 'questions differ')}). Nothing has changed yet: your own answers are shown until you choose.`,
      details: differences,
      actions: [
        {
          kind: 'run',
          label: 'Replace my answers with the link’s',
          run: () => {
            replace();
            showNotice({
              id: 'share-link',
              tone: 'info',
              message: 'Your answers were replaced by the share link’s, and saved on this device.',
            });
          },
        },
        {
          kind: 'run',
          label: 'Keep my answers',
          run: () => {
            onSettled();
            dismissNotice('share-link');
            showNotice({
              id: 'share-link',
              tone: 'info',
              message: 'Kept your own answers; the share link was not saved.',
            });
          },
        },
      ],
    });
  }

  function openFragment(fragment: string, onSettled: () => void): void {
    const shared = decodeShareFragment(fragment, questionIds);
    // A link that carries no answers (a cost-only link) leaves the diagnostic alone.
    if (shared.payload && shared.payload.answers === undefined) return;
    if (!shared.payload?.answers) {
      onSettled();
      showNotice({
        id: 'share-link',
        tone: 'warning',
        message:
          shared.problems[0]?.kind === 'unsupported-version'
            ? 'This share link comes from a different version of Readiness and could not be opened. Your own answers are unchanged.'
            : 'This share link could not be read — it may have been cut short when copied. Your own answers are unchanged.',
      });
      return;
    }
    const dropped = shared.problems.find((p) => p.kind === 'dropped-answers');
    if (dropped)
      showNotice({
        id: 'share-link-dropped',
        tone: 'warning',
        message: `${plural(dropped.count, 'part', 'parts')} of the link could not be read and ${dropped.count === 1 ? 'was' : 'were'} left out.`,
      });
    openShared(shared.payload.answers, onSettled);
  }

  return {
    $assessment,
    $assessmentLoaded,
    /**
     * Loads saved state once the island knows the question ids. What was answered before this
     * ran (a click while the page loaded) stays on top of what was stored. Then a share link in
     * the fragment, if any, is saved or offered. Safe to call again.
     */
    initAssessment(ids: readonly Id[], fragment: string, options: InitAssessmentOptions = {}): void {
      questionIds = ids;
      registerUnsavedSource('questionIds', () => questionIds);
      registerUnsavedSource('answers', () => $assessment.get().answers);
      if (!$assessmentLoaded.get()) {
        // The placeholder was made before the ids were known: start from question 1, keeping any answer.
        store.set({ ...initialAssessmentState(ids), answers: $assessment.get().answers });
        store.load();
      }
      if (isShareFragment(fragment)) openFragment(fragment, options.onShareSettled ?? (() => undefined));
    },
    answerQuestion(questionId: Id, value: AnswerValue): void {
      update((state) => ({ ...state, answers: { ...state.answers, [questionId]: value } }));
    },
    goTo(position: AssessmentScreen): void {
      update((state) => ({ ...state, position }));
    },
    setView(view: AssessmentView): void {
      update((state) => ({ ...state, view }));
    },
    /** Replaces every answer (an import): the results when complete, otherwise the answers to check. */
    replaceAnswers(answers: Answers): void {
      const some = Object.keys(answers).length > 0;
      store.set({
        ...initialAssessmentState(questionIds),
        answers,
        ...(some ? { position: isComplete(answers, questionIds) ? { screen: 'results' } : { screen: 'check' } } : {}),
      });
    },
    /**
     * Clears every answer (the caller confirms with the user first). Works on any page: where the
     * diagnostic was never loaded (New session on /cost/), the stored answers are removed directly.
     */
    startOver(): void {
      store.set(initialAssessmentState(questionIds));
      if (!$assessmentLoaded.get()) backend.remove(STORAGE_KEYS.answers.key);
    },
    /** The share fragment for the current answers (with leading '#'). */
    shareFragment(): string {
      return `#${encodeShareFragment({ answers: $assessment.get().answers }, questionIds)}`;
    },
    /** The question ids the store was initialised with. */
    questionIds: () => questionIds,
    /** Tests only: back to a store that has loaded nothing. */
    reset: store.reset,
  };
}

const assessment = createAssessmentStore();

export const {
  $assessment,
  $assessmentLoaded,
  initAssessment,
  answerQuestion,
  goTo,
  setView,
  startOver,
  replaceAnswers,
  shareFragment,
} = assessment;

/**
 * The answers saved on this device, read without loading the diagnostic (for the PDF made on
 * /cost/). Unreadable parts are simply left out: the diagnostic page reports them.
 */
export function readSavedAnswers(ids: readonly Id[]): Answers | null {
  return decodeStoredAssessment(browserBackend.read(STORAGE_KEYS.answers.key), ids).state?.answers ?? null;
}
