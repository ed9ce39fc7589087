import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCostInputs, estimateCost } from '../../src/domain/cost';
import { compareScenarios, priceEstimate } from '../../src/domain/cost-scenarios';
import { buildCostView, compareCostScenarios, niceAxis } from '../../src/domain/cost-view';
import { context, content, currencyArb, inputsArb, rateArb, stateArb } from './cost-arbitraries';

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0);

describe('currency conversion of a whole estimate', () => {
  it('the converted lines always add up to the converted total, and midpoint sits between', () => {
    fc.assert(
      fc.property(inputsArb, rateArb, (inputs, rate) => {
        const priced = priceEstimate(estimateCost(content, inputs), rate);
        expect(sum(priced.lines.map((l) => l.low))).toBe(priced.total.low);
        expect(sum(priced.lines.map((l) => l.high))).toBe(priced.total.high);
        expect(priced.total.midpoint).toBe(priced.total.low + Math.floor((priced.total.high - priced.total.low) / 2));
        for (const line of priced.lines)
          expect(Number.isSafeInteger(line.low) && Number.isSafeInteger(line.high)).toBe(true);
        const run = priced.lines.filter((l) => l.item.kind === 'run');
        expect(priced.run).toEqual({ low: sum(run.map((l) => l.low)), high: sum(run.map((l) => l.high)) });
      }),
      { numRuns: 2000 },
    );
  });

  it('is the identity in US dollars', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const estimate = estimateCost(content, inputs);
        const priced = priceEstimate(estimate, 1);
        expect(priced.total).toEqual(estimate.total);
        expect(priced.lines.map((l) => [l.low, l.high])).toEqual(estimate.lines.map((l) => [l.low, l.high]));
      }),
    );
  });

  it('converts the reference programme to euros at 0.92', () => {
    const priced = priceEstimate(estimateCost(content, defaultCostInputs(content)), 0.92);
    expect([priced.total.low, priced.total.high]).toEqual([377_200, 851_000]);
  });
});

describe('compareScenarios', () => {
  it('the difference is b − a on every line, in total and at the midpoint', () => {
    fc.assert(
      fc.property(inputsArb, inputsArb, rateArb, (first, second, rate) => {
        const a = priceEstimate(estimateCost(content, first), rate);
        const b = priceEstimate(estimateCost(content, second), rate);
        const comparison = compareScenarios(a, b);
        expect(comparison.lines.map((l) => l.id)).toEqual(a.lines.map((l) => l.item.id));
        comparison.lines.forEach((line, i) => {
          expect(line.a).toEqual({ low: a.lines[i]!.low, high: a.lines[i]!.high });
          expect(line.b).toEqual({ low: b.lines[i]!.low, high: b.lines[i]!.high });
          expect(line.difference).toEqual({ low: line.b.low - line.a.low, high: line.b.high - line.a.high });
        });
        expect(comparison.total.difference).toEqual({
          low: b.total.low - a.total.low,
          high: b.total.high - a.total.high,
          midpoint: b.total.midpoint - a.total.midpoint,
        });
        expect(sum(comparison.lines.map((l) => l.difference.low))).toBe(comparison.total.difference.low);
        expect(comparison.same).toBe(comparison.lines.every((l) => l.difference.low === 0 && l.difference.high === 0));
      }),
      { numRuns: 1000 },
    );
  });

  it('narrowing to no agents saves the agent line, and a scenario compared with itself is the same', () => {
    const planned = priceEstimate(estimateCost(content, defaultCostInputs(content)), 1);
    const narrowed = priceEstimate(estimateCost(content, { ...defaultCostInputs(content), agents: 0 }), 1);
    const comparison = compareScenarios(planned, narrowed);
    expect(comparison.total.difference).toEqual({ low: -100_000, high: -180_000, midpoint: -140_000 });
    expect(comparison.lines.find((l) => l.id === 'agent-build')?.difference).toEqual({ low: -100_000, high: -180_000 });
    expect(comparison.same).toBe(false);
    expect(compareScenarios(planned, planned).same).toBe(true);
  });

  it('counts a line missing on one side as zero', () => {
    const planned = priceEstimate(estimateCost(content, defaultCostInputs(content)), 1);
    const fewer = { ...planned, lines: planned.lines.slice(1) };
    // a's lines first, in a's order, then any only in b.
    expect(compareScenarios(fewer, planned).lines.at(-1)).toEqual({
      id: 'scoping-engagement',
      label: 'Scoping engagement',
      a: { low: 0, high: 0 },
      b: { low: 25_000, high: 75_000 },
      difference: { low: 25_000, high: 75_000 },
    });
  });

  it('compares the two scenarios of a state in its display currency', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const comparison = compareCostScenarios(context, state);
        const [a, b] = state.scenarios.map((s) =>
          priceEstimate(estimateCost(content, s.inputs), state.currency.ratePerUsd),
        );
        expect(comparison).toEqual(compareScenarios(a!, b!));
      }),
      { numRuns: 300 },
    );
  });
});

describe('buildCostView', () => {
  it('right-cut savings in the display currency are the difference of the converted totals', () => {
    fc.assert(
      fc.property(inputsArb, currencyArb, (inputs, currency) => {
        const view = buildCostView(context, inputs, currency);
        for (const { cut, savings, total } of view.rightCuts) {
          const after = priceEstimate(cut.estimate, currency.ratePerUsd).total;
          expect(total).toEqual(after);
          expect(savings).toEqual({
            low: view.priced.total.low - after.low,
            high: view.priced.total.high - after.high,
          });
          expect(savings.low).toBeGreaterThanOrEqual(0);
          expect(savings.high).toBeGreaterThanOrEqual(0);
        }
      }),
      { numRuns: 1000 },
    );
  });

  it('gives the unit cost per task from the converted totals, rounded up', () => {
    const inputs = {
      ...defaultCostInputs(content),
      inference: { mode: 'volume' as const, tasksPerMonth: 100_000, modelTier: 'fast' },
    };
    const usd = buildCostView(context, inputs, { code: 'USD', ratePerUsd: 1 });
    // $402,000 – $885,000 over 1,200,000 tasks: 33.5 → 34 cents and 73.75 → 74 cents.
    expect(usd.unitCost).toEqual({
      tasksPerYear: 1_200_000,
      totalPerTaskCents: { low: 34, high: 74 },
      // Running costs $97,000 – $310,000: 8.08 → 9 and 25.83 → 26 cents.
      runPerTaskCents: { low: 9, high: 26 },
    });
    expect(usd.unitCost?.totalPerTaskCents).toEqual(usd.estimate.unitCost?.totalPerTaskCents);
    const eur = buildCostView(context, inputs, { code: 'EUR', ratePerUsd: 0.92 });
    expect(eur.unitCost?.totalPerTaskCents).toEqual({ low: 31, high: 68 });
    expect(buildCostView(context, defaultCostInputs(content), { code: 'USD', ratePerUsd: 1 }).unitCost).toBeNull();
  });
});

describe('niceAxis', () => {
  it.each<[number, number, number[]]>([
    [200_000, 200_000, [0, 50_000, 100_000, 150_000, 200_000]],
    [2_400_000, 3_000_000, [0, 1_000_000, 2_000_000, 3_000_000]],
    [0, 1, [0]],
    [3, 3, [0, 1, 2, 3]],
  ])('%i → up to %i', (max, axisMax, ticks) => {
    expect(niceAxis(max)).toEqual({ max: axisMax, ticks });
  });

  it('always reaches the largest figure in a few round steps', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10 ** 15 }), (max) => {
        const axis = niceAxis(max);
        expect(axis.max).toBeGreaterThanOrEqual(max);
        expect(axis.ticks[0]).toBe(0);
        expect(axis.ticks.at(-1)).toBe(axis.max);
        expect(axis.ticks.length).toBeLessThanOrEqual(11);
      }),
    );
  });
});
