/**
 * The unit cost the scorecard quotes, from the cost calculator's saved estimate (the scenario being
 * edited, in its display currency), or null when that estimate has no volume to divide by. Worded
 * by content/pages/scorecard.md's `unit-cost-per-task`.
 */
import { buildCostView } from './cost-view';
import type { CostPricingContext, CostState } from './cost-state';
import { fillSlots } from './fill-slots';
import { formatCents } from './format';
import type { ScorecardWordingText } from '../schemas/page-wording';

/** The words the unit cost is quoted in: `unit-cost-per-task`, with the `{cost}` and `{scenario}` slots. */
export type UnitCostText = Pick<ScorecardWordingText, 'unit-cost-per-task'>;

export function scorecardUnitCost(context: CostPricingContext, state: CostState, text: UnitCostText): string | null {
  const scenario = state.scenarios[state.active];
  const view = buildCostView(context, scenario.inputs, state.currency);
  if (!view.unitCost) return null;
  const { low, high } = view.unitCost.totalPerTaskCents;
  const code = state.currency.code;
  // A low–high range with a spaced en dash, as formatMoneyRange writes whole amounts.
  const cost = low === high ? formatCents(low, code) : `${formatCents(low, code)} – ${formatCents(high, code)}`;
  return fillSlots(text['unit-cost-per-task'], { cost, scenario: scenario.name });
}
