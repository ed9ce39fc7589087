/**
 * Stage rules in words, for /stages/, /methodology/, the results and the report. Pure: content and
 * wording in, strings out. The words are content's (RULE_TEXT, content/pages/assessment.md `text`):
 * "0–4 Yes, and “Production owner” is not Yes".
 */
import type { Question, StageCondition, StageRule } from './content-types';
import { fillSlots } from './fill-slots';
import type { RuleText } from '../schemas/page-wording';

/** The Yes-count part of a rule: "0–4 Yes", "10 Yes", "Any number of Yes answers". */
export function describeYesRange(
  rule: Pick<StageRule, 'minYes' | 'maxYes'>,
  totalQuestions: number,
  text: RuleText,
): string {
  const { minYes, maxYes } = rule;
  if (minYes <= 0 && maxYes >= totalQuestions) return text['rule-any'];
  if (minYes === maxYes) {
    if (minYes === 0) return text['rule-none'];
    if (minYes === totalQuestions) return fillSlots(text['rule-all'], { total: totalQuestions });
    return fillSlots(text['rule-exact'], { count: minYes });
  }
  return fillSlots(text['rule-range'], { min: minYes, max: maxYes });
}

/** One condition: "“Production owner” is Yes" / "“Production owner” is not Yes". Unknown ids are shown as-is. */
export function describeCondition(
  condition: StageCondition,
  questions: readonly Pick<Question, 'id' | 'label'>[],
  text: RuleText,
): string {
  const label = questions.find((q) => q.id === condition.question)?.label ?? condition.question;
  return fillSlots(text[condition.answer === 'yes' ? 'rule-is-yes' : 'rule-is-not-yes'], { question: label });
}

/** Every condition of a rule, in the order written; empty when the rule has none. */
export function describeConditions(
  rule: Pick<StageRule, 'when'>,
  questions: readonly Pick<Question, 'id' | 'label'>[],
  text: RuleText,
): string[] {
  return rule.when.map((condition) => describeCondition(condition, questions, text));
}

/** The whole rule as one phrase: "0–4 Yes, and “Production owner” is not Yes". */
export function describeRule(
  rule: StageRule,
  questions: readonly Pick<Question, 'id' | 'label'>[],
  text: RuleText,
): string {
  const range = describeYesRange(rule, questions.length, text);
  const conditions = describeConditions(rule, questions, text);
  if (conditions.length === 0) return range;
  return fillSlots(text['rule-with-conditions'], { range, conditions: joinWithAnd(conditions) });
}

/** Grammar glue: "a, b and c". */
function joinWithAnd(parts: string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`;
}
