/**
 * The partner-commitments check: for a proposal under review, is each of the six commitments in
 * it? The verdict ("selling you a system" / "selling you a pilot") and what to ask for are
 * computed here. Pure; imported by the /partner-check/ island.
 */
import type { Id } from './content-types';
import type { PartnerCommitment } from './document-types';
import { MAX_DOCUMENT_NOTE_LENGTH } from './invariant-check';
import { MAX_NAME_LENGTH } from './sign-off';
import { FieldReader, parseStoredEnvelope, type StoredProblem } from './stored-json';
import type { CommitmentAnswerText } from '../schemas/page-wording';

export const PARTNER_CHECK_VERSION = 1;
export const MAX_STORED_PARTNER_CHECK_LENGTH = 8 * 1024;

export const COMMITMENT_ANSWERS = ['yes', 'no', 'unclear'] as const;
export type CommitmentAnswer = (typeof COMMITMENT_ANSWERS)[number];
/** An answer's name as content/pages/partner-check.md words it. */
export function commitmentAnswerLabel(text: CommitmentAnswerText, answer: CommitmentAnswer): string {
  return text[`answer-${answer}`];
}

export interface PartnerCheckState {
  proposal: string;
  answers: Readonly<Partial<Record<Id, CommitmentAnswer>>>;
  notes: string;
}

export const EMPTY_PARTNER_CHECK: PartnerCheckState = { proposal: '', answers: {}, notes: '' };

export type PartnerVerdict =
  | { kind: 'incomplete'; unanswered: PartnerCommitment[] }
  | { kind: 'system' }
  | { kind: 'pilot'; askFor: { commitment: PartnerCommitment; answer: Exclude<CommitmentAnswer, 'yes'> }[] };

export function commitmentAnswer(state: PartnerCheckState, id: Id): CommitmentAnswer | undefined {
  return Object.hasOwn(state.answers, id) ? state.answers[id] : undefined;
}

/**
 * A system only when every commitment is in the proposal; any missing or unclear one makes it a
 * pilot, and each becomes something to ask for, in checklist order.
 */
export function partnerVerdict(commitments: readonly PartnerCommitment[], state: PartnerCheckState): PartnerVerdict {
  const unanswered = commitments.filter((c) => commitmentAnswer(state, c.id) === undefined);
  if (unanswered.length > 0) return { kind: 'incomplete', unanswered };
  const askFor = commitments.flatMap((commitment) => {
    const answer = commitmentAnswer(state, commitment.id);
    return answer === 'no' || answer === 'unclear' ? [{ commitment, answer }] : [];
  });
  return askFor.length === 0 ? { kind: 'system' } : { kind: 'pilot', askFor };
}

export function encodeStoredPartnerCheck(state: PartnerCheckState): string {
  return JSON.stringify({ v: PARTNER_CHECK_VERSION, ...state });
}

export function decodeStoredPartnerCheck(
  text: string | null,
  commitmentIds: readonly Id[],
): { state: PartnerCheckState | null; problem: StoredProblem | null; dropped: number } {
  const { data, problem } = parseStoredEnvelope(text, PARTNER_CHECK_VERSION, MAX_STORED_PARTNER_CHECK_LENGTH);
  if (!data) return { state: null, problem, dropped: 0 };
  const read = new FieldReader();
  const answers: Partial<Record<Id, CommitmentAnswer>> = {};
  for (const [id, raw] of read.entries(data.answers, commitmentIds)) {
    const answer = read.choice(raw, COMMITMENT_ANSWERS);
    if (answer) answers[id] = answer;
  }
  const state: PartnerCheckState = {
    proposal: read.text(data.proposal, MAX_NAME_LENGTH),
    answers,
    notes: read.text(data.notes, MAX_DOCUMENT_NOTE_LENGTH),
  };
  return { state, problem: null, dropped: read.dropped };
}
