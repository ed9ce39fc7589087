/**
 * The diagnostic's state: answers, the screen the user is on, and the view. Components call the
 * actions exported here and never set the store directly. Persisted under STORAGE_KEYS.answers
 * through the persistent store; a share link in the URL fragment is saved at once on a device
 * with no answers, and otherwise offered beside the device's own answers until the user chooses
 * (with the documents and decisions it carries, if any: ./share-link).
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
import { encodeShareFragment } from '../domain/share-codec';
import { isShareFragment } from '../domain/share-fragment';
import { createPersistentStore, registerUnsavedSource, reportUnsaved } from './persistent-store';
import { browserBackend, type StorageBackend } from './storage';
import type { SessionLinkText } from './share-link';
import type { QuestionName } from '../domain/share-choice';

export interface InitAssessmentOptions {
  /** Called once a share link in the fragment has been dealt with (saved, declined or unreadable). */
  onShareSettled?: () => void;
  /** The diagnostic's words for the notices a share link brings (./answers-link, ./share-link). */
  text?: SessionLinkText;
  /** The questions' labels, in the ids' order: a link's notice names the questions that differ. */
  questions?: readonly QuestionName[];
}

export function createAssessmentStore(backend: StorageBackend = browserBackend) {
  let questionIds: readonly Id[] = [];
  const store = createPersistentStore<AssessmentState>({
    key: STORAGE_KEYS.answers.key,
    codec: assessmentCodec(() => questionIds),
    store: 'answers',
    backend,
    onWriteFailed: () => reportUnsaved('session'),
    // Where this tab is (question, view) is its own: another tab answering does not move it.
    keepLocal: (merged, mine) => ({ ...merged, position: mine.position, view: mine.view }),
  });
  const { $value: $assessment, $loaded: $assessmentLoaded } = store;

  const update = (change: (state: AssessmentState) => AssessmentState) => store.set(change($assessment.get()));

  return {
    $assessment,
    $assessmentLoaded,
    /**
     * Loads saved state once the island knows the question ids. What was answered before this
     * ran (a click while the page loaded) stays on top of what was stored. Then a share link in
     * the fragment, if any, is saved or offered (resolved once it has been). Safe to call again.
     */
    initAssessment(ids: readonly Id[], fragment: string, options: InitAssessmentOptions = {}): Promise<void> {
      questionIds = ids;
      registerUnsavedSource('questionIds', () => questionIds);
      registerUnsavedSource('answers', () => $assessment.get().answers);
      if (!$assessmentLoaded.get()) {
        // The placeholder was made before the ids were known: start from question 1, keeping any answer.
        store.set({ ...initialAssessmentState(ids), answers: $assessment.get().answers });
        store.load();
      }
      if (!isShareFragment(fragment)) return Promise.resolve();
      const { text, questions } = options;
      if (!text) throw new Error('initAssessment: opening a share link needs the page’s words (options.text)');
      if (questions?.map((q) => q.id).join() !== ids.join())
        throw new Error('initAssessment: opening a share link needs every question’s label (options.questions)');
      return import('./answers-link').then(({ openAnswersLink }) =>
        openAnswersLink(fragment, {
          questions,
          answers: () => $assessment.get().answers,
          replace: (answers) =>
            update((current) => ({
              ...current,
              answers,
              position: isComplete(answers, questionIds) ? { screen: 'results' } : { screen: 'check' },
            })),
          saved: store.saved,
          onSettled: options.onShareSettled ?? (() => undefined),
          text,
        }),
      );
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
    /**
     * The results' link: the answers with the documents and decisions this device holds (what
     * does not fit a link is left out), and the message saying what it carries. Loads its code on
     * the click, so the diagnostic's first load does not carry it.
     */
    async shareLink(text: SessionLinkText): Promise<{ fragment: string; copiedMessage: string }> {
      const { resultsShareLink } = await import('./share-link');
      return resultsShareLink($assessment.get().answers, questionIds, text);
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
  shareLink,
} = assessment;

/**
 * The answers saved on this device, read without loading the diagnostic (for the PDF made on
 * /cost/). Unreadable parts are simply left out: the diagnostic page reports them.
 */
export function readSavedAnswers(ids: readonly Id[]): Answers | null {
  return decodeStoredAssessment(browserBackend.read(STORAGE_KEYS.answers.key), ids).state?.answers ?? null;
}
