/**
 * Estimates as shown: converted to the display currency line by line (so the rows always add up
 * to the total shown), and two scenarios compared line by line. A comparison is made between
 * amounts already converted, so every difference shown is exactly the subtraction of the two
 * figures beside it.
 *
 * Imported by the client island: pure, no dependencies beyond the domain.
 */
import type { Id } from './content-types';
import type { CostEstimate, CostLine, Range } from './cost-estimate';
import { convertLinesAndTotal } from './currency';

export interface Total extends Range {
  /** floor((low + high) / 2), computed without passing 2^53. */
  midpoint: number;
}

export function withMidpoint(range: Range): Total {
  return { ...range, midpoint: range.low + Math.floor((range.high - range.low) / 2) };
}

/** An estimate's lines and total in the display currency. */
export interface PricedEstimate {
  lines: (Omit<CostLine, 'low' | 'high'> & Range)[];
  total: Total;
  /** Sum of the run lines (the cost that recurs), in the display currency. */
  run: Range;
}

/** Converts every line, then totals the converted lines (no rounding drift). Rate 1 is the identity. */
export function priceEstimate(estimate: CostEstimate, ratePerUsd: number): PricedEstimate {
  const { lines, total } = convertLinesAndTotal(estimate.lines, ratePerUsd);
  const run = lines.filter((line) => line.item.kind === 'run');
  return {
    lines,
    total: withMidpoint(total),
    run: { low: run.reduce((sum, l) => sum + l.low, 0), high: run.reduce((sum, l) => sum + l.high, 0) },
  };
}

export interface LineComparison {
  id: Id;
  label: string;
  a: Range;
  b: Range;
  /** b − a, at each end. */
  difference: Range;
}

export interface ScenarioComparison {
  lines: LineComparison[];
  total: { a: Total; b: Total; difference: Total };
  /** Whether the two scenarios cost exactly the same, line by line. */
  same: boolean;
}

const ZERO: Range = { low: 0, high: 0 };
const minus = (b: Range, a: Range): Range => ({ low: b.low - a.low, high: b.high - a.high });

/**
 * Scenario b compared with scenario a: every line of either (in a's order, then any only in b),
 * with the difference b − a per line and for the total and midpoint. A line missing from one side
 * counts as zero there.
 */
export function compareScenarios(a: PricedEstimate, b: PricedEstimate): ScenarioComparison {
  const ids: Id[] = [];
  const labels = new Map<Id, string>();
  for (const line of [...a.lines, ...b.lines]) {
    if (!labels.has(line.item.id)) ids.push(line.item.id);
    labels.set(line.item.id, labels.get(line.item.id) ?? line.item.label);
  }
  const rangeIn = (estimate: PricedEstimate, id: Id): Range => {
    const line = estimate.lines.find((l) => l.item.id === id);
    return line ? { low: line.low, high: line.high } : ZERO;
  };
  const lines = ids.map((id) => {
    const ra = rangeIn(a, id);
    const rb = rangeIn(b, id);
    return { id, label: labels.get(id) ?? id, a: ra, b: rb, difference: minus(rb, ra) };
  });
  return {
    lines,
    total: {
      a: a.total,
      b: b.total,
      difference: { ...minus(b.total, a.total), midpoint: b.total.midpoint - a.total.midpoint },
    },
    same: lines.every((line) => line.difference.low === 0 && line.difference.high === 0),
  };
}
