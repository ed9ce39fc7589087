/**
 * The year-one cost estimate: one range per cost line, the total, build share, unit cost and
 * wrong-cut warnings. Whole US dollars throughout, computed with integers, so the total is always
 * exactly the sum of the lines shown.
 */
import type { CostLineItem, Deployment, Id, ModelTier, SiteContent } from './content-types';
import { costInputProblems, type CostInputs } from './cost-inputs';
import { applyPercent, divCeil, divRoundHalfUp, sumExact, toSafeNumber } from './integer-math';

export interface CostLine {
  item: CostLineItem;
  /** Multiples of the item's reference range: 1 per programme, per workflow or per agent. Usage lines count 1 (a year of usage). */
  units: number;
  low: number;
  high: number;
  /** Where the figure came from; an excluded line is 0/0 whatever else was entered. */
  basis: 'reference' | 'volume' | 'override' | 'excluded';
  /** A protected line removed, or overridden below its reference low. */
  wrongCut: boolean;
}

export interface Range {
  low: number;
  high: number;
}

/** A protected line cut: put in words by the cost display (src/domain/cost-display.ts), from content. */
export interface WrongCut {
  item: CostLineItem;
  reason: 'excluded' | 'below-reference';
}

export interface UnitCost {
  tasksPerYear: number;
  /** Year-one total per task, whole US cents, rounded up. */
  totalPerTaskCents: Range;
  /** Run lines only (the cost that recurs), whole US cents, rounded up. */
  runPerTaskCents: Range;
}

export interface AssumptionUsed {
  kind: 'model-tier' | 'deployment';
  id: Id;
  label: string;
  note: string;
}

export interface CostEstimate {
  /** In content order. */
  lines: CostLine[];
  /** midpoint = floor((low + high) / 2). */
  total: Range & { midpoint: number };
  /** Sum of the build lines. */
  build: Range;
  /** Whole percents of the total; compared with the reference as displayed (rounded). */
  buildShare: { lowPercent: number; highPercent: number; withinReference: boolean };
  wrongCuts: WrongCut[];
  /** Only when inference is computed from a volume above zero. */
  unitCost: UnitCost | null;
  /** Every assumption (not reference figure) the estimate relied on, for labelling. */
  assumptionsUsed: AssumptionUsed[];
}

function unitsFor(item: CostLineItem, inputs: CostInputs): number {
  switch (item.scalesWith) {
    case 'workflow':
      return inputs.workflows;
    case 'agent':
      return inputs.agents;
    case 'programme':
    case 'usage':
      return 1;
  }
}

/** tasks × price per 1,000 tasks, rounded up to whole dollars. */
function volumeCost(tasksPerYear: number, perThousandTasks: number): number {
  return toSafeNumber(divCeil(BigInt(tasksPerYear) * BigInt(perThousandTasks), 1000n), 'inference cost');
}

/** What every line needs besides its own item, resolved once from the inputs. */
interface LineContext {
  /** The model tier when inference is computed from volume, else null. */
  tier: ModelTier | null;
  tasksPerYear: number;
  deployment: Deployment;
}

function computedLine(
  item: CostLineItem,
  units: number,
  { tier, tasksPerYear, deployment }: LineContext,
): Omit<CostLine, 'wrongCut'> {
  const useVolume = item.scalesWith === 'usage' && tier !== null;
  const low = useVolume ? volumeCost(tasksPerYear, tier.perThousandTasksLow) : item.low * units;
  const high = useVolume ? volumeCost(tasksPerYear, tier.perThousandTasksHigh) : item.high * units;
  const pct = item.deploymentSensitive ? deployment.multiplierPercent : 100;
  return {
    item,
    units,
    low: applyPercent(low, pct),
    high: applyPercent(high, pct),
    basis: useVolume ? 'volume' : 'reference',
  };
}

function buildLine(item: CostLineItem, inputs: CostInputs, context: LineContext): CostLine {
  const units = unitsFor(item, inputs);
  const override = Object.hasOwn(inputs.overrides, item.id) ? inputs.overrides[item.id] : undefined;
  if (inputs.excluded.includes(item.id)) {
    return { item, units, low: 0, high: 0, basis: 'excluded', wrongCut: item.protected };
  }
  if (override) {
    // The bar is the plain reference low, before any deployment multiplier: a quote below it is a cut.
    const belowReference = override.low < item.low * units;
    return {
      item,
      units,
      low: override.low,
      high: override.high,
      basis: 'override',
      wrongCut: item.protected && belowReference,
    };
  }
  return { ...computedLine(item, units, context), wrongCut: false };
}

function wrongCutOf(line: CostLine): WrongCut {
  return { item: line.item, reason: line.basis === 'excluded' ? 'excluded' : 'below-reference' };
}

function sumRange(lines: readonly Range[]): Range {
  return { low: sumExact(lines.map((l) => l.low)), high: sumExact(lines.map((l) => l.high)) };
}

function wholePercent(part: number, whole: number): number {
  return whole === 0 ? 0 : toSafeNumber(divRoundHalfUp(BigInt(part) * 100n, BigInt(whole)), 'percent');
}

/** Whole cents per task, rounded up so a unit cost is never understated. */
function centsPerTask(range: Range, tasksPerYear: number): Range {
  const per = (dollars: number) => toSafeNumber(divCeil(BigInt(dollars) * 100n, BigInt(tasksPerYear)), 'cost per task');
  return { low: per(range.low), high: per(range.high) };
}

/** Throws, listing every problem, when `inputs` fail `isValidCostInputs`. */
export function estimateCost(content: SiteContent, inputs: CostInputs): CostEstimate {
  const problems = costInputProblems(content, inputs);
  if (problems.length > 0) throw new RangeError(`Invalid cost inputs: ${problems.join('; ')}`);

  const { assumptions } = content;
  // Both lookups are guaranteed by costInputProblems above.
  const deployment = assumptions.deployments.find((d) => d.id === inputs.deployment) as Deployment;
  const volume = inputs.inference.mode === 'volume' ? inputs.inference : null;
  const tier = volume ? (assumptions.modelTiers.find((t) => t.id === volume.modelTier) as ModelTier) : null;
  const tasksPerYear = volume ? volume.tasksPerMonth * 12 : 0;

  const lines = content.costLines.map((item) => buildLine(item, inputs, { tier, tasksPerYear, deployment }));
  const total = sumRange(lines);
  const build = sumRange(lines.filter((l) => l.item.kind === 'build'));
  const reference = assumptions.buildShareReference;
  const lowPercent = wholePercent(build.low, total.low);
  const highPercent = wholePercent(build.high, total.high);
  const inReference = (p: number) => p >= reference.lowPercent && p <= reference.highPercent;
  // An empty plan has no build share to judge, so it is never "within" the reference.
  const withinReference = total.low > 0 && total.high > 0 && inReference(lowPercent) && inReference(highPercent);

  const assumptionsUsed: AssumptionUsed[] = [];
  if (tier) assumptionsUsed.push({ kind: 'model-tier', id: tier.id, label: tier.label, note: tier.note });
  assumptionsUsed.push({ kind: 'deployment', id: deployment.id, label: deployment.label, note: deployment.note });

  return {
    lines,
    // low + floor((high - low) / 2) is floor((low + high) / 2) without the sum passing 2^53.
    total: { ...total, midpoint: total.low + Math.floor((total.high - total.low) / 2) },
    build,
    buildShare: { lowPercent, highPercent, withinReference },
    wrongCuts: lines.filter((l) => l.wrongCut).map(wrongCutOf),
    unitCost:
      tasksPerYear > 0
        ? {
            tasksPerYear,
            totalPerTaskCents: centsPerTask(total, tasksPerYear),
            runPerTaskCents: centsPerTask(sumRange(lines.filter((l) => l.item.kind === 'run')), tasksPerYear),
          }
        : null,
    assumptionsUsed,
  };
}
