/**
 * Which documents the diagnostic's results should point to, and why: the invariants from every
 * result, the scorecard when the outcome-metric or stop-condition question is not Yes, the
 * readiness definition when the security-review question is not Yes. The results screen and the
 * report render these; the wording of each link belongs to them.
 */
import { answerOf, type Answers } from './answers';
import type { Id } from './content-types';
import { OUTCOME_METRIC_QUESTION, STOP_CONDITION_QUESTION } from './scorecard';

export const SECURITY_REVIEW_QUESTION = 'security-review';

export interface DocumentLink {
  href: '/invariants/' | '/scorecard/' | '/readiness-definition/';
  /** The questions not answered Yes that this document helps with (none for the invariants). */
  gaps: Id[];
}

export function documentLinks(answers: Answers): DocumentLink[] {
  const notYes = (ids: Id[]) => ids.filter((id) => answerOf(answers, id) !== 'yes');
  const links: DocumentLink[] = [];
  const scorecardGaps = notYes([OUTCOME_METRIC_QUESTION, STOP_CONDITION_QUESTION]);
  if (scorecardGaps.length > 0) links.push({ href: '/scorecard/', gaps: scorecardGaps });
  const definitionGaps = notYes([SECURITY_REVIEW_QUESTION]);
  if (definitionGaps.length > 0) links.push({ href: '/readiness-definition/', gaps: definitionGaps });
  links.push({ href: '/invariants/', gaps: [] });
  return links;
}
