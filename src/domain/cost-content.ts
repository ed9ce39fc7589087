/**
 * The cost content an island needs to price cost inputs saved on this device, outside the cost
 * page: "Save this result" (the snapshot's cost range) and the history page's import checks.
 *
 * Imported by the client islands: types and one small function only.
 */
import type { CostAssumptions, CostLineItem, Id } from './content-types';
import type { CostContext, DefaultScenarioNames } from './cost-state';

export interface CostContent {
  /** In content order; guidance may be left empty (it is never shown here). */
  costLines: CostLineItem[];
  assumptions: CostAssumptions;
  /** Lines the calculator lets a visitor leave out; the stored-state decoder needs the same list. */
  removableLineIds: Id[];
  /** What a fresh estimate names its two scenarios (content/pages/cost.md), as /cost/ has them. */
  scenarioNames: DefaultScenarioNames;
}

/** The cost store's context for this content (questions and stages are not needed to price). */
export function costContextOf(cost: CostContent): CostContext {
  return {
    content: { questions: [], stages: [], costLines: cost.costLines, assumptions: cost.assumptions },
    removableLineIds: cost.removableLineIds,
    scenarioNames: cost.scenarioNames,
  };
}
