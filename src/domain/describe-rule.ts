/**
 * Stage rules in words, for /stages/ and /methodology/. Pure: content in, strings out.
 * "0–4 Yes, and “Production owner” is not Yes".
 */
import type { Question, StageCondition, StageRule } from './content-types';

const EN_DASH = '\u2013';

/** The Yes-count part of a rule: "0–4 Yes", "10 Yes", "any number of Yes answers". */
export function describeYesRange(rule: Pick<StageRule, 'minYes' | 'maxYes'>, totalQuestions: number): string {
  const { minYes, maxYes } = rule;
  if (minYes <= 0 && maxYes >= totalQuestions) return 'Any number of Yes answers';
  if (minYes === maxYes) {
    if (minYes === 0) return 'No Yes answers';
    if (minYes === totalQuestions) return `All ${totalQuestions} Yes`;
    return `${minYes} Yes`;
  }
  return `${minYes}${EN_DASH}${maxYes} Yes`;
}

/** One condition: "“Production owner” is Yes" / "“Production owner” is not Yes". Unknown ids are shown as-is. */
export function describeCondition(
  condition: StageCondition,
  questions: readonly Pick<Question, 'id' | 'label'>[],
): string {
  const label = questions.find((q) => q.id === condition.question)?.label ?? condition.question;
  return `\u201c${label}\u201d is ${condition.answer === 'yes' ? 'Yes' : 'not Yes'}`;
}

/** Every condition of a rule, in the order written; empty when the rule has none. */
export function describeConditions(
  rule: Pick<StageRule, 'when'>,
  questions: readonly Pick<Question, 'id' | 'label'>[],
): string[] {
  return rule.when.map((condition) => describeCondition(condition, questions));
}

/** The whole rule as one phrase: "0–4 Yes, and “Production owner” is not Yes". */
export function describeRule(rule: StageRule, questions: readonly Pick<Question, 'id' | 'label'>[]): string {
  const range = describeYesRange(rule, questions.length);
  const conditions = describeConditions(rule, questions);
  if (conditions.length === 0) return range;
  return `${range}, and ${joinWithAnd(conditions)}`;
}

function joinWithAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
