/**
 * Everything the cost results show, computed in one place so the components only render: the
 * estimate in US dollars (for warnings, build share and assumptions), the same estimate in the
 * display currency, unit cost per task, right cuts with their savings in the display currency, the
 * chart's axis, and the comparison of the two scenarios.
 *
 * Imported by the client island: pure, no dependencies beyond the domain.
 */
import type { CostInputs } from './cost-inputs';
import { estimateCost, type CostEstimate, type Range } from './cost-estimate';
import { rightCuts, type RightCut } from './cost-cuts';
import {
  compareScenarios,
  priceEstimate,
  type PricedEstimate,
  type ScenarioComparison,
  type Total,
} from './cost-scenarios';
import type { CostPricingContext, CostState, DisplayCurrency } from './cost-state';
import { divCeil, toSafeNumber } from './integer-math';

export interface UnitCostView {
  tasksPerYear: number;
  /** Whole cents (hundredths) of the display currency per task, rounded up. */
  totalPerTaskCents: Range;
  runPerTaskCents: Range;
}

export interface RightCutView {
  cut: RightCut;
  /** What the cut saves, in the display currency: the current total minus the cut's total. */
  savings: Range;
  /** Year one after the cut, in the display currency. */
  total: Total;
}

export interface ChartAxis {
  /** The right-hand end of the axis, at or above every line's high. */
  max: number;
  /** Evenly spaced from 0 to `max`. */
  ticks: number[];
}

export interface CostView {
  /** In US dollars: warnings, build share and the assumptions used come from here. */
  estimate: CostEstimate;
  /** In the display currency: every amount shown comes from here. */
  priced: PricedEstimate;
  unitCost: UnitCostView | null;
  rightCuts: RightCutView[];
  axis: ChartAxis;
}

/** Whole hundredths per task, rounded up so a unit cost is never understated. */
function perTask(range: Range, tasksPerYear: number): Range {
  const per = (amount: number) => toSafeNumber(divCeil(BigInt(amount) * 100n, BigInt(tasksPerYear)), 'cost per task');
  return { low: per(range.low), high: per(range.high) };
}

/** A round-numbered axis from 0 with about four steps (1, 2, 2.5 or 5 × a power of ten). */
export function niceAxis(max: number): ChartAxis {
  if (!(max > 0)) return { max: 1, ticks: [0] };
  const rough = max / 4;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const residual = rough / magnitude;
  const nice = residual <= 1 ? 1 : residual <= 2 ? 2 : residual <= 2.5 ? 2.5 : residual <= 5 ? 5 : 10;
  const step = Math.max(1, nice * magnitude);
  const steps = Math.ceil(max / step);
  return { max: steps * step, ticks: Array.from({ length: steps + 1 }, (_, i) => i * step) };
}

/** The results for one scenario's inputs (which must be valid) in the display currency. */
export function buildCostView(context: CostPricingContext, inputs: CostInputs, currency: DisplayCurrency): CostView {
  const estimate = estimateCost(context.content, inputs);
  const priced = priceEstimate(estimate, currency.ratePerUsd);
  const unit = estimate.unitCost;
  return {
    estimate,
    priced,
    unitCost: unit && {
      tasksPerYear: unit.tasksPerYear,
      totalPerTaskCents: perTask(priced.total, unit.tasksPerYear),
      runPerTaskCents: perTask(priced.run, unit.tasksPerYear),
    },
    rightCuts: rightCuts(context.content, inputs, estimate).map((cut) => {
      const total = priceEstimate(cut.estimate, currency.ratePerUsd).total;
      return { cut, total, savings: { low: priced.total.low - total.low, high: priced.total.high - total.high } };
    }),
    axis: niceAxis(Math.max(0, ...priced.lines.map((line) => line.high))),
  };
}

/** The second scenario compared with the first, in the display currency. */
export function compareCostScenarios(context: CostPricingContext, state: CostState): ScenarioComparison {
  const [a, b] = state.scenarios.map((scenario) =>
    priceEstimate(estimateCost(context.content, scenario.inputs), state.currency.ratePerUsd),
  ) as [PricedEstimate, PricedEstimate];
  return compareScenarios(a, b);
}
