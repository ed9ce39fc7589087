/**
 * What the scorecard reads from the rest of the site: the diagnostic answers (to offer marking
 * the outcome-metric and stop-condition questions Yes) and the saved cost estimate (for its unit
 * cost). Loaded with `import()` after the page is interactive: the assessment and cost code would
 * otherwise push the page's initial JavaScript over budget.
 */
import type { Answers } from '../../domain/answers';
import type { Id } from '../../domain/content-types';
import type { CostContext } from '../../domain/cost-state';
import { scorecardUnitCost, type UnitCostText } from '../../domain/scorecard-unit-cost';
import { $assessment, answerQuestion, initAssessment } from '../../stores/assessment';
import { readSavedCost } from '../../stores/saved-cost';

export interface DiagnosticLink {
  /** "$1.20 – $2.40 per task, year one (…)", or null without a saved estimate that has a volume. */
  unitCost: string | null;
  answers: () => Answers;
  /** Answers Yes to each question; the diagnostic saves it as if answered there. */
  markYes: (questionIds: readonly Id[]) => void;
}

export function connectDiagnostic(
  questionIds: readonly Id[],
  costContext: CostContext,
  /** The unit cost's words (content/pages/scorecard.md). */
  text: UnitCostText,
): DiagnosticLink {
  initAssessment(questionIds, '');
  const saved = readSavedCost(costContext);
  return {
    unitCost: saved ? scorecardUnitCost(costContext, saved, text) : null,
    answers: () => $assessment.get().answers,
    markYes: (ids) => {
      for (const id of ids) answerQuestion(id, 'yes');
    },
  };
}
