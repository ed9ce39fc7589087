/**
 * A visitor's answers to the diagnostic, keyed by question id (never by position, so editors can
 * reorder questions without breaking stored answers or share links).
 *
 * Imported on server and client: keep it tiny and free of imports beyond types.
 */
import type { AnswerValue, Id } from './content-types';

export type { AnswerValue } from './content-types';

/** Answers by question id; a missing key means the question has not been answered yet. */
export type Answers = Readonly<Partial<Record<Id, AnswerValue>>>;

/** Every answer a visitor can give, in the order the buttons show them. */
export const ANSWER_VALUES = ['yes', 'no', 'unsure'] as const satisfies readonly AnswerValue[];

// Fails to compile if AnswerValue gains a value ANSWER_VALUES does not list.
type MissingAnswerValue = Exclude<AnswerValue, (typeof ANSWER_VALUES)[number]>;
const everyAnswerValueListed: MissingAnswerValue extends never ? true : false = true;
void everyAnswerValueListed;

export function isAnswerValue(value: unknown): value is AnswerValue {
  return (ANSWER_VALUES as readonly unknown[]).includes(value);
}

/**
 * The answer to one question, or undefined. Reads own keys only: answers decoded from a share
 * link are plain objects, and an id such as "constructor" must not pick up Object.prototype.
 */
export function answerOf(answers: Answers, questionId: Id): AnswerValue | undefined {
  if (!Object.hasOwn(answers, questionId)) return undefined;
  const value: unknown = answers[questionId];
  return isAnswerValue(value) ? value : undefined;
}
