/**
 * Reads answers from untrusted input (a share link, localStorage) without ever throwing: each
 * entry is kept only if its key is a known question id and its value a known answer, so a
 * tampered or outdated payload still yields whatever part of it was valid.
 *
 * Imported by the client islands: keep it free of heavy dependencies (zod/mini only).
 */
import * as z from 'zod/mini';
import type { AnswerValue, Id } from './content-types';
import { answerOf, type Answers } from './answers';

/** Answers as written in share links and storage: one letter each, to keep links short. */
const CODE_BY_ANSWER = { yes: 'y', no: 'n', unsure: 'u' } as const satisfies Record<AnswerValue, string>;
const ANSWER_BY_CODE: Readonly<Record<string, AnswerValue>> = { y: 'yes', n: 'no', u: 'unsure' };

export const AnswerCodeSchema = z.enum(['y', 'n', 'u']);

/**
 * A JSON object, checked by hand rather than with z.record: a record schema copies entries into a
 * new object, where a "__proto__" key would silently set the prototype instead of being counted.
 */
function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function encodeAnswers(answers: Answers, questionIds: readonly Id[]): Record<string, string> {
  const encoded: Record<string, string> = {};
  for (const id of questionIds) {
    const answer = answerOf(answers, id);
    if (answer) encoded[id] = CODE_BY_ANSWER[answer];
  }
  return encoded;
}

export interface DecodedAnswers {
  answers: Answers;
  /** How many entries were present but unusable (unknown id or bad value). */
  dropped: number;
}

export function decodeAnswers(raw: unknown, questionIds: readonly Id[]): DecodedAnswers {
  if (!isJsonObject(raw)) return { answers: {}, dropped: raw === undefined ? 0 : 1 };
  const known = new Set(questionIds);
  // Built on a null prototype so a "__proto__" key in hostile input is just an ignored entry.
  const answers: Partial<Record<Id, AnswerValue>> = Object.create(null) as Partial<Record<Id, AnswerValue>>;
  let dropped = 0;
  for (const [key, value] of Object.entries(raw)) {
    const code = AnswerCodeSchema.safeParse(value);
    if (!known.has(key) || !code.success) {
      dropped++;
      continue;
    }
    answers[key] = ANSWER_BY_CODE[code.data];
  }
  return { answers: { ...answers }, dropped };
}
