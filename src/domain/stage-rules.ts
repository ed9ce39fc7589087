/** Whether a stage rule matches a pattern of Yes answers. Pure; shared by scoring and content checks. */
import type { Id, StageRule } from './content-types';

/** The ids of the questions answered Yes; every other question counts as not-yes. */
export type YesPattern = ReadonlySet<Id>;

export function stageMatches(rule: StageRule, yeses: YesPattern): boolean {
  const count = yeses.size;
  if (count < rule.minYes || count > rule.maxYes) return false;
  return rule.when.every((condition) => yeses.has(condition.question) === (condition.answer === 'yes'));
}
