/**
 * The two architecture decisions (use cases classified agent / automation / hybrid, and the
 * deployment steps), shared by the decide pages and the cost calculator's hints, persisted under
 * STORAGE_KEYS.decisions. Components call the actions exported here and never set the store.
 *
 * Persistence is the two small functions `load` and `save`, so the store can move onto a shared
 * persistent-store primitive by replacing them alone.
 */
import { atom } from 'nanostores';
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import {
  DecisionNoteSchema,
  EMPTY_DECISIONS,
  MAX_USE_CASES,
  decodeDecisions,
  encodeDecisions,
  isEmptyDecisions,
  type DecisionsState,
  type UseCase,
} from '../domain/decisions-state';
import { showNotice } from './notices';
import { readStored, removeStored, writeStored } from './storage';

/** null until `initDecisions` has read what this device holds. */
export const $decisions = atom<DecisionsState | null>(null);

let unsubscribe: (() => void) | undefined;

function load(): DecisionsState {
  const decoded = decodeDecisions(readStored(STORAGE_KEYS.decisions.key));
  if (decoded.problem || decoded.dropped.length > 0) {
    showNotice({
      id: 'stored-decisions',
      tone: 'info',
      message: decoded.state
        ? `Some of the decisions saved on this device could not be read and were left out (${decoded.dropped.join(', ')}). Everything else is as you left it.`
        : 'The decisions saved on this device could not be read, so you start afresh. Nothing else is affected.',
    });
  }
  return decoded.state ?? EMPTY_DECISIONS;
}

function save(state: DecisionsState | null): void {
  if (!state) return;
  if (isEmptyDecisions(state)) removeStored(STORAGE_KEYS.decisions.key);
  else writeStored(STORAGE_KEYS.decisions.key, encodeDecisions(state));
}

/** Loads the saved decisions once per page; later calls keep what is already loaded. */
export function initDecisions(): void {
  if ($decisions.get()) return;
  const state = load();
  $decisions.set(state);
  // A saved value with unreadable parts is replaced by its cleaned-up form at once.
  save(state);
  unsubscribe?.();
  unsubscribe = $decisions.listen(save);
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
    $decisions.set({ ...state, useCases: state.useCases.map((u) => (u.id === id ? { ...u, ...input } : u)) });
    return existing.id;
  }
  if (state.useCases.length >= MAX_USE_CASES) return null;
  const added: UseCase = { id: newUseCaseId(state.useCases), note: '', ...input };
  $decisions.set({ ...state, useCases: [...state.useCases, added] });
  return added.id;
}

export function removeUseCase(id: string): void {
  const state = current();
  $decisions.set({ ...state, useCases: state.useCases.filter((u) => u.id !== id) });
}

/** Returns false (and changes nothing) when the note is over the length cap. */
export function setUseCaseNote(id: string, note: string): boolean {
  if (!DecisionNoteSchema.safeParse(note).success) return false;
  const state = current();
  $decisions.set({ ...state, useCases: state.useCases.map((u) => (u.id === id ? { ...u, note } : u)) });
  return true;
}

/**
 * Answers one deployment step. Answers to later steps are kept: changing an early answer may
 * only change what they eliminate, and the trail shows it.
 */
export function answerDeploymentStep(step: Id, choice: Id): void {
  const state = current();
  $decisions.set({
    ...state,
    deployment: { ...state.deployment, answers: { ...state.deployment.answers, [step]: choice } },
  });
}

export function setDeploymentNote(note: string): boolean {
  if (!DecisionNoteSchema.safeParse(note).success) return false;
  const state = current();
  $decisions.set({ ...state, deployment: { ...state.deployment, note } });
  return true;
}

/** Clears the deployment answers (and keeps the note) to take the steps again. */
export function restartDeployment(): void {
  const state = current();
  $decisions.set({ ...state, deployment: { answers: {}, note: state.deployment.note } });
}

/** Replaces every decision (an import, a share link); the caller has validated `state` with the codec. */
export function replaceDecisions(state: DecisionsState): void {
  if ($decisions.get()) $decisions.set(state);
  else save(state);
}

/** Clears every decision and note ("New session", "Start over"); works before `initDecisions` too. */
export function clearDecisions(): void {
  replaceDecisions(EMPTY_DECISIONS);
}
