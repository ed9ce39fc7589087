/**
 * The diagnostic's saved state (answers, where the user is, which view) as stored in
 * localStorage. Decoding is lenient the same way share links are: a bad part is dropped and
 * reported, the valid rest is kept, and nothing ever throws.
 *
 * Imported by the client islands: keep it light.
 */
import * as z from 'zod/mini';
import type { Id } from './content-types';
import type { Answers } from './answers';
import { decodeAnswers, encodeAnswers } from './answer-codec';
import { jsonEqual, mergeField, mergeRecord, type StoredCodec } from './persistence';

export const STORED_ASSESSMENT_VERSION = 1;
/** Stored values above this size are refused unread: ten answers need well under 1 KB. */
export const MAX_STORED_ASSESSMENT_LENGTH = 16 * 1024;

export type AssessmentScreen = { screen: 'question'; questionId: Id } | { screen: 'check' } | { screen: 'results' };

export type AssessmentView = 'step' | 'all';

export interface AssessmentState {
  answers: Answers;
  position: AssessmentScreen;
  view: AssessmentView;
}

export type StoredProblem = { kind: 'unreadable' } | { kind: 'too-long' } | { kind: 'dropped-answers'; count: number };

// Only the version is required; every other part is checked on its own so one bad part never
// costs the others.
const StoredEnvelopeSchema = z.object({
  v: z.literal(STORED_ASSESSMENT_VERSION),
  answers: z.optional(z.unknown()),
  at: z.optional(z.unknown()),
  view: z.optional(z.unknown()),
});
const ViewSchema = z.enum(['step', 'all']);

export function initialAssessmentState(questionIds: readonly Id[]): AssessmentState {
  return { answers: {}, position: firstQuestion(questionIds), view: 'step' };
}

function firstQuestion(questionIds: readonly Id[]): AssessmentScreen {
  const first = questionIds[0];
  return first === undefined ? { screen: 'check' } : { screen: 'question', questionId: first };
}

function encodePosition(position: AssessmentScreen): string {
  return position.screen === 'question' ? position.questionId : `@${position.screen}`;
}

function decodePosition(raw: unknown, questionIds: readonly Id[]): AssessmentScreen {
  if (raw === '@check') return { screen: 'check' };
  if (raw === '@results') return { screen: 'results' };
  if (typeof raw === 'string' && questionIds.includes(raw)) return { screen: 'question', questionId: raw };
  return firstQuestion(questionIds);
}

/** Whether every question has an answer: the only state a results screen may show. */
export function isComplete(answers: Answers, questionIds: readonly Id[]): boolean {
  return questionIds.length > 0 && questionIds.every((id) => Object.hasOwn(answers, id) && answers[id] !== undefined);
}

/** The screen to show: results only for a complete set of answers, otherwise the answers to check. */
export function visibleScreen(state: AssessmentState, questionIds: readonly Id[]): AssessmentScreen {
  if (state.position.screen === 'results' && !isComplete(state.answers, questionIds)) return { screen: 'check' };
  return state.position;
}

export function encodeStoredAssessment(state: AssessmentState, questionIds: readonly Id[]): string {
  return JSON.stringify({
    v: STORED_ASSESSMENT_VERSION,
    answers: encodeAnswers(state.answers, questionIds),
    at: encodePosition(state.position),
    view: state.view,
  });
}

export interface DecodedStoredAssessment {
  /** null when nothing was stored or nothing usable was found. */
  state: AssessmentState | null;
  problems: StoredProblem[];
}

export function decodeStoredAssessment(text: string | null, questionIds: readonly Id[]): DecodedStoredAssessment {
  if (text === null) return { state: null, problems: [] };
  if (text.length > MAX_STORED_ASSESSMENT_LENGTH) return { state: null, problems: [{ kind: 'too-long' }] };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return { state: null, problems: [{ kind: 'unreadable' }] };
  }
  const envelope = StoredEnvelopeSchema.safeParse(json);
  if (!envelope.success) return { state: null, problems: [{ kind: 'unreadable' }] };
  const { answers, dropped } = decodeAnswers(envelope.data.answers, questionIds);
  const position = decodePosition(envelope.data.at, questionIds);
  return {
    state: {
      answers,
      // A stored "results" with answers missing (edited by hand, or from an older page) opens the
      // answers to check: a results screen is only ever computed from every answer.
      position: position.screen === 'results' && !isComplete(answers, questionIds) ? { screen: 'check' } : position,
      view: ViewSchema.safeParse(envelope.data.view).data ?? 'step',
    },
    problems: dropped > 0 ? [{ kind: 'dropped-answers', count: dropped }] : [],
  };
}

/**
 * The codec the persistent store keeps the diagnostic with. Answers merge one by one; where the
 * user is (position, view) merges as a field. `questionIds` is read on each call: the store
 * exists before the island knows the questions.
 */
export function assessmentCodec(questionIds: () => readonly Id[]): StoredCodec<AssessmentState> {
  return {
    maxLength: MAX_STORED_ASSESSMENT_LENGTH,
    empty: () => initialAssessmentState(questionIds()),
    encode: (state) => encodeStoredAssessment(state, questionIds()),
    decode: (text) => {
      const { state, problems } = decodeStoredAssessment(text, questionIds());
      const problem = problems[0];
      if (!problem) return { value: state, problem: null };
      return {
        value: state,
        problem:
          problem.kind === 'dropped-answers' ? { kind: 'partial', count: problem.count } : { kind: problem.kind },
      };
    },
    merge: (base, older, newer) => ({
      answers: mergeRecord(base.answers, older.answers, newer.answers),
      position: mergeField(base.position, older.position, newer.position, jsonEqual),
      view: mergeField(base.view, older.view, newer.view),
    }),
    // A fresh state holds nothing worth keeping, so "Start over" leaves the device clean.
    isEmpty: (state) => Object.keys(state.answers).length === 0,
    equal: jsonEqual,
  };
}

/**
 * A screen of the diagnostic as the browser's history keeps it (in `history.state`, never in the
 * address): which screen and which view, never an answer. Back and Forward move between these.
 */
export interface AssessmentStep {
  position: AssessmentScreen;
  view: AssessmentView;
}

/** The key of the step in `history.state`. */
export const HISTORY_STEP_KEY = 'readinessStep';

/** "step:outcome-metric", "all:@check": a step as one comparable string. */
export function encodeHistoryStep(step: AssessmentStep): string {
  return `${step.view}:${encodePosition(step.position)}`;
}

/** The step a history entry holds, or null when it holds none (or one for questions no longer asked). */
export function decodeHistoryStep(raw: unknown, questionIds: readonly Id[]): AssessmentStep | null {
  if (typeof raw !== 'string') return null;
  const colon = raw.indexOf(':');
  const view = ViewSchema.safeParse(raw.slice(0, colon)).data;
  const at = raw.slice(colon + 1);
  if (colon < 0 || !view) return null;
  if (at !== '@check' && at !== '@results' && !questionIds.includes(at)) return null;
  return { view, position: decodePosition(at, questionIds) };
}
