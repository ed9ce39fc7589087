/**
 * Right cuts: changes that make year one cheaper without weakening what keeps a programme safe in
 * production. Each is priced by re-running the estimate with the changed inputs, so its savings
 * are exactly the difference between the two totals — never a rule of thumb.
 *
 * Imported by the client island: pure, no dependencies beyond the domain.
 */
import type { ModelTier, SiteContent } from './content-types';
import type { CostInputs } from './cost-inputs';
import { estimateCost, type CostEstimate, type Range } from './cost-estimate';

export type RightCut =
  | { kind: 'fewer-workflows'; from: number; to: number; inputs: CostInputs; estimate: CostEstimate; savings: Range }
  | { kind: 'fewer-agents'; from: number; to: number; inputs: CostInputs; estimate: CostEstimate; savings: Range }
  | {
      kind: 'cheaper-tier';
      from: ModelTier;
      to: ModelTier;
      inputs: CostInputs;
      estimate: CostEstimate;
      savings: Range;
    };

/**
 * The cheapest tier that costs no more than `current` at either end, if it costs less at one of
 * them. A tier cheaper at one end and dearer at the other is not a clear saving, so not offered.
 */
export function cheaperTier(tiers: readonly ModelTier[], current: ModelTier): ModelTier | null {
  let best: ModelTier | null = null;
  for (const tier of tiers) {
    const noDearer =
      tier.perThousandTasksLow <= current.perThousandTasksLow &&
      tier.perThousandTasksHigh <= current.perThousandTasksHigh;
    const cheaper =
      tier.perThousandTasksLow < current.perThousandTasksLow ||
      tier.perThousandTasksHigh < current.perThousandTasksHigh;
    if (!noDearer || !cheaper) continue;
    if (
      !best ||
      tier.perThousandTasksHigh + tier.perThousandTasksLow < best.perThousandTasksHigh + best.perThousandTasksLow
    )
      best = tier;
  }
  return best;
}

const savingsBetween = (base: CostEstimate, cut: CostEstimate): Range => ({
  low: base.total.low - cut.total.low,
  high: base.total.high - cut.total.high,
});

/**
 * The right cuts available from `inputs`, each with the estimate it leads to and what it saves.
 * Narrow scope (one fewer workflow, one fewer agent) when there is one to drop, and a cheaper model
 * tier when inference is estimated from volume. Cuts that would save nothing (say, a line already
 * replaced by a quote) are left out. `inputs` must be valid (see costInputProblems).
 */
export function rightCuts(content: SiteContent, inputs: CostInputs, base = estimateCost(content, inputs)): RightCut[] {
  const cuts: RightCut[] = [];
  const price = (changed: CostInputs) => {
    const estimate = estimateCost(content, changed);
    return { inputs: changed, estimate, savings: savingsBetween(base, estimate) };
  };
  if (inputs.workflows > 0) {
    cuts.push({
      kind: 'fewer-workflows',
      from: inputs.workflows,
      to: inputs.workflows - 1,
      ...price({ ...inputs, workflows: inputs.workflows - 1 }),
    });
  }
  if (inputs.agents > 0) {
    cuts.push({
      kind: 'fewer-agents',
      from: inputs.agents,
      to: inputs.agents - 1,
      ...price({ ...inputs, agents: inputs.agents - 1 }),
    });
  }
  const { inference } = inputs;
  if (inference.mode === 'volume') {
    const tiers = content.assumptions.modelTiers;
    const current = tiers.find((tier) => tier.id === inference.modelTier);
    const cheaper = current ? cheaperTier(tiers, current) : null;
    if (current && cheaper) {
      cuts.push({
        kind: 'cheaper-tier',
        from: current,
        to: cheaper,
        ...price({ ...inputs, inference: { ...inference, modelTier: cheaper.id } }),
      });
    }
  }
  return cuts.filter((cut) => cut.savings.low > 0 || cut.savings.high > 0);
}
