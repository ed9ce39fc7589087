/**
 * The seven-invariants self-check: per invariant, does the programme have it, partly, or not yet?
 * The diagnostic answers give a starting point (through each invariant's linked questions); what
 * the user chooses overrides it. Pure; imported by the /invariants/ island.
 */
import { answerOf, type Answers } from './answers';
import type { Id } from './content-types';
import type { Invariant } from './document-types';
import { FieldReader, parseStoredEnvelope, type StoredProblem } from './stored-json';
import { fillSlots } from './fill-slots';
import type { InvariantWordingText } from '../schemas/page-wording';

export const INVARIANT_STATUSES = ['have', 'partly', 'not-yet'] as const;
export type InvariantStatus = (typeof INVARIANT_STATUSES)[number];

/** A status's name as content/pages/invariants.md words it; null (not assessed) has one too. */
export function invariantStatusLabel(text: InvariantWordingText, status: InvariantStatus | null): string {
  return text[`status-${status ?? 'not-assessed'}`];
}

export const MAX_DOCUMENT_NOTE_LENGTH = 2000;
export const INVARIANT_CHECK_VERSION = 1;
export const MAX_STORED_INVARIANT_CHECK_LENGTH = 8 * 1024;

export interface InvariantCheckState {
  /** Only what the user chose; an invariant left out falls back to its starting point. */
  statuses: Readonly<Partial<Record<Id, InvariantStatus>>>;
  notes: string;
}

export const EMPTY_INVARIANT_CHECK: InvariantCheckState = { statuses: {}, notes: '' };

/**
 * Where the diagnostic puts an invariant: every linked question Yes → have; some Yes → partly;
 * answered but none Yes → not yet; none of them answered → no starting point.
 */
export function startingPoint(answers: Answers, questionIds: readonly Id[]): InvariantStatus | null {
  const given = questionIds.map((id) => answerOf(answers, id)).filter((a) => a !== undefined);
  if (given.length === 0) return null;
  const yeses = given.filter((a) => a === 'yes').length;
  if (yeses === questionIds.length) return 'have';
  return yeses > 0 ? 'partly' : 'not-yet';
}

export interface InvariantCheckRow {
  id: Id;
  title: string;
  /** What counts: the user's choice, else the starting point, else null (not assessed). */
  status: InvariantStatus | null;
  startingPoint: InvariantStatus | null;
  /** Where `status` comes from. */
  source: 'you' | 'diagnostic' | null;
}

export interface InvariantCheckView {
  rows: InvariantCheckRow[];
  have: number;
  partly: number;
  notYet: number;
  notAssessed: number;
  total: number;
}

export function buildInvariantCheck(
  invariants: readonly Invariant[],
  state: InvariantCheckState,
  answers: Answers,
): InvariantCheckView {
  const rows = invariants.map((invariant): InvariantCheckRow => {
    const start = startingPoint(answers, invariant.questions);
    const chosen = Object.hasOwn(state.statuses, invariant.id) ? state.statuses[invariant.id] : undefined;
    return {
      id: invariant.id,
      title: invariant.title,
      status: chosen ?? start,
      startingPoint: start,
      source: chosen ? 'you' : start ? 'diagnostic' : null,
    };
  });
  const count = (status: InvariantStatus | null) => rows.filter((row) => row.status === status).length;
  return {
    rows,
    have: count('have'),
    partly: count('partly'),
    notYet: count('not-yet'),
    notAssessed: count(null),
    total: rows.length,
  };
}

/** "You have 3 of the 7 invariants." */
export function invariantCountSentence(view: InvariantCheckView, text: InvariantWordingText): string {
  return fillSlots(text['count-sentence'], { have: view.have, total: view.total });
}

export function encodeStoredInvariantCheck(state: InvariantCheckState): string {
  return JSON.stringify({ v: INVARIANT_CHECK_VERSION, ...state });
}

export function decodeStoredInvariantCheck(
  text: string | null,
  invariantIds: readonly Id[],
): { state: InvariantCheckState | null; problem: StoredProblem | null; dropped: number } {
  const { data, problem } = parseStoredEnvelope(text, INVARIANT_CHECK_VERSION, MAX_STORED_INVARIANT_CHECK_LENGTH);
  if (!data) return { state: null, problem, dropped: 0 };
  const read = new FieldReader();
  const statuses: Partial<Record<Id, InvariantStatus>> = {};
  for (const [id, raw] of read.entries(data.statuses, invariantIds)) {
    const status = read.choice(raw, INVARIANT_STATUSES);
    if (status) statuses[id] = status;
  }
  const notes = read.text(data.notes, MAX_DOCUMENT_NOTE_LENGTH);
  return { state: { statuses, notes }, problem: null, dropped: read.dropped };
}
