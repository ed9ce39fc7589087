/** Builders and fast-check arbitraries for answer sets, shared by unit and content tests. */
import fc from 'fast-check';
import { ANSWER_VALUES, type Answers } from '../../src/domain/answers';
import type { AnswerValue } from '../../src/domain/content-types';

/** Answers "yes" for the given ids and `rest` (default "no") for every other id in `ids`. */
export function answersWithYes(
  ids: readonly string[],
  yes: readonly string[],
  rest: AnswerValue | 'unanswered' = 'no',
): Answers {
  return Object.fromEntries(
    ids.flatMap((id) => (yes.includes(id) ? [[id, 'yes']] : rest === 'unanswered' ? [] : [[id, rest]])),
  );
}

/** The ids whose bit is set in `bits` (bit i ↔ ids[i]): enumerates every yes/not-yes pattern. */
export function idsInPattern(ids: readonly string[], bits: number): string[] {
  return ids.filter((_, i) => (bits >> i) & 1);
}

/** Any answer or none for each id, plus answers to ids that are not questions. */
export function arbitraryAnswers(ids: readonly string[]): fc.Arbitrary<Answers> {
  const value = fc.option(fc.constantFrom(...ANSWER_VALUES), { nil: undefined });
  const known = fc
    .tuple(...ids.map(() => value))
    .map((values) => Object.fromEntries(ids.flatMap((id, i) => (values[i] === undefined ? [] : [[id, values[i]]]))));
  const unknown = fc.dictionary(
    fc.string({ minLength: 1, maxLength: 12 }).filter((k) => !ids.includes(k)),
    fc.constantFrom(...ANSWER_VALUES),
    { maxKeys: 3 },
  );
  return fc.tuple(known, unknown).map(([k, u]) => ({ ...u, ...k }));
}
