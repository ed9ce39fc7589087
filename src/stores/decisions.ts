/**
 * The two architecture decisions (use cases classified agent / automation / hybrid, and the
 * deployment steps), shared by the decide pages and the cost calculator's hints, persisted under
 * STORAGE_KEYS.decisions. Components call the actions exported here and never set the store.
 *
 * Persisted through the shared persistent store (cross-tab merge, size cap, unreadable text set
 * aside with a notice); the use-case list merges as a whole.
 */
import { computed } from 'nanostores';
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import { documentCodec } from '../domain/document-codec';
import {
  DecisionNoteSchema,
  EMPTY_DECISIONS,
  MAX_STORED_DECISIONS_LENGTH,
  MAX_USE_CASES,
  decodeDecisions,
  encodeDecisions,
  type DecisionsState,
  type UseCase,
} from '../domain/decisions-state';
import { createDocumentStore } from './document-store';

const store = createDocumentStore<DecisionsState>({
  key: STORAGE_KEYS.decisions.key,
  store: 'decisions',
  codec: documentCodec({
    maxLength: MAX_STORED_DECISIONS_LENGTH,
    empty: () => EMPTY_DECISIONS,
    encode: encodeDecisions,
    decode: (text) => {
      const decoded = decodeDecisions(text);
      // Another version's decisions are kept aside like unreadable ones, never overwritten.
      const problem = decoded.problem === 'unsupported-version' ? 'unreadable' : decoded.problem;
      return { state: decoded.state, problem, dropped: decoded.dropped.length };
    },
  }),
});

/** null until `initDecisions` has read what this device holds. */
export const $decisions = computed([store.$value, store.$loaded], (state, loaded) => (loaded ? state : null));

/** Loads the saved decisions once per page; later calls keep what is already loaded. */
export function initDecisions(): void {
  store.load();
}

function current(): DecisionsState {
  const state = $decisions.get();
  if (!state) throw new Error('initDecisions must run before the decisions actions');
  return state;
}

function newUseCaseId(taken: readonly UseCase[]): string {
  for (;;) {
    const id = `uc-${Math.random().toString(36).slice(2, 10)}`;
    if (!taken.some((u) => u.id === id)) return id;
  }
}

export type UseCaseInput = Pick<UseCase, 'name' | 'description' | 'answers'>;

/** Adds a use case, or replaces the one with `id`; returns its id, or null when the list is full. */
export function saveUseCase(input: UseCaseInput, id?: string): string | null {
  const state = current();
  const existing = id ? state.useCases.find((u) => u.id === id) : undefined;
  if (existing) {
    store.set({ ...state, useCases: state.useCases.map((u) => (u.id === id ? { ...u, ...input } : u)) });
    return existing.id;
  }
  if (state.useCases.length >= MAX_USE_CASES) return null;
  const added: UseCase = { id: newUseCaseId(state.useCases), note: '', ...input };
  store.set({ ...state, useCases: [...state.useCases, added] });
  return added.id;
}

export function removeUseCase(id: string): void {
  const state = current();
  store.set({ ...state, useCases: state.useCases.filter((u) => u.id !== id) });
}

/** Returns false (and changes nothing) when the note is over the length cap. */
export function setUseCaseNote(id: string, note: string): boolean {
  if (!DecisionNoteSchema.safeParse(note).success) return false;
  const state = current();
  store.set({ ...state, useCases: state.useCases.map((u) => (u.id === id ? { ...u, note } : u)) });
  return true;
}

/**
 * Answers one deployment step. Answers to later steps are kept: changing an early answer may
 * only change what they eliminate, and the trail shows it.
 */
export function answerDeploymentStep(step: Id, choice: Id): void {
  const state = current();
  store.set({
    ...state,
    deployment: { ...state.deployment, answers: { ...state.deployment.answers, [step]: choice } },
  });
}

export function setDeploymentNote(note: string): boolean {
  if (!DecisionNoteSchema.safeParse(note).success) return false;
  const state = current();
  store.set({ ...state, deployment: { ...state.deployment, note } });
  return true;
}

/** Clears the deployment answers (and keeps the note) to take the steps again. */
export function restartDeployment(): void {
  const state = current();
  store.set({ ...state, deployment: { answers: {}, note: state.deployment.note } });
}

/** Replaces every decision (an import, a share link); the caller has validated `state` with the codec. */
export function replaceDecisions(state: DecisionsState): void {
  store.replace(state);
}

/** Clears every decision and note ("New session", "Start over"); works before `initDecisions` too. */
export function clearDecisions(): void {
  replaceDecisions(EMPTY_DECISIONS);
}
