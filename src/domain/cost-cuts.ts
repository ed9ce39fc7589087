/**
 * Right cuts: the source article's two ways to make year one cheaper without weakening what keeps
 * a programme safe in production — narrowing the scope and defaulting to fast-tier models. Each is priced by re-running the estimate with the changed inputs, so its savings
 * are exactly the difference between the two totals — never a rule of thumb.
 *
 * Imported by the client island: pure, no dependencies beyond the domain.
 */
import type { ModelTier, SiteContent } from './content-types';
import type { CostInputs } from './cost-inputs';
import { estimateCost, type CostEstimate, type Range } from './cost-estimate';

/** How many of each system a plan builds. */
export interface Scope {
  workflows: number;
  agents: number;
}

export type RightCut =
  | { kind: 'narrow-scope'; from: Scope; to: Scope; inputs: CostInputs; estimate: CostEstimate; savings: Range }
  | {
      kind: 'fast-tier';
      from: ModelTier;
      to: ModelTier;
      inputs: CostInputs;
      estimate: CostEstimate;
      savings: Range;
    };

/**
 * The narrowed scope: one system, built first and proven before the next. A workflow is kept when
 * there is one, since a fixed sequence of steps is the narrower build; otherwise one agent. Null
 * when the plan already builds one system or none, so there is nothing to narrow.
 */
export function narrowedScope(scope: Scope): Scope | null {
  if (scope.workflows + scope.agents <= 1) return null;
  return scope.workflows > 0 ? { workflows: 1, agents: 0 } : { workflows: 0, agents: 1 };
}

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
 * The right cuts available from `inputs`, each with the estimate it leads to and what it saves:
 * narrowing the scope to one system, and the fast (cheapest) model tier when inference is
 * estimated from volume. Cuts that would save nothing (say, a line already replaced by a quote)
 * are left out. `inputs` must be valid (see costInputProblems).
 */
export function rightCuts(content: SiteContent, inputs: CostInputs, base = estimateCost(content, inputs)): RightCut[] {
  const cuts: RightCut[] = [];
  const price = (changed: CostInputs) => {
    const estimate = estimateCost(content, changed);
    return { inputs: changed, estimate, savings: savingsBetween(base, estimate) };
  };
  const from = { workflows: inputs.workflows, agents: inputs.agents };
  const to = narrowedScope(from);
  if (to) cuts.push({ kind: 'narrow-scope', from, to, ...price({ ...inputs, ...to }) });
  const { inference } = inputs;
  if (inference.mode === 'volume') {
    const tiers = content.assumptions.modelTiers;
    const current = tiers.find((tier) => tier.id === inference.modelTier);
    const cheaper = current ? cheaperTier(tiers, current) : null;
    if (current && cheaper) {
      cuts.push({
        kind: 'fast-tier',
        from: current,
        to: cheaper,
        ...price({ ...inputs, inference: { ...inference, modelTier: cheaper.id } }),
      });
    }
  }
  return cuts.filter((cut) => cut.savings.low > 0 || cut.savings.high > 0);
}
