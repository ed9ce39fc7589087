/**
 * The unit cost the scorecard quotes, from the cost calculator's saved estimate (the scenario being
 * edited, in its display currency), or null when that estimate has no volume to divide by.
 */
import { buildCostView } from './cost-view';
import type { CostPricingContext, CostState } from './cost-state';
import { formatCents } from './format';

export function scorecardUnitCost(context: CostPricingContext, state: CostState): string | null {
  const scenario = state.scenarios[state.active];
  const view = buildCostView(context, scenario.inputs, state.currency);
  if (!view.unitCost) return null;
  const { low, high } = view.unitCost.totalPerTaskCents;
  const code = state.currency.code;
  const range = low === high ? formatCents(low, code) : `${formatCents(low, code)} – ${formatCents(high, code)}`;
  return `${range} per task, year one (from the “${scenario.name}” cost estimate)`;
}
