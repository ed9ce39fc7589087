/** Properties of the cost estimate over any valid inputs, on reference-shaped content. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CostInputsLimits, estimateCost, isValidCostInputs, type CostInputs } from '../../src/domain/cost';
import { referenceContent } from '../helpers/reference-content';

const content = referenceContent();
const lineIds = content.costLines.map((l) => l.id);

const count = fc.integer({ min: 0, max: CostInputsLimits.maxCount });
const dollars = fc.integer({ min: 0, max: CostInputsLimits.maxDollars });
const override = fc.tuple(dollars, dollars).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }));

const inference: fc.Arbitrary<CostInputs['inference']> = fc.oneof(
  fc.constant({ mode: 'reference' as const }),
  fc.record({
    mode: fc.constant('volume' as const),
    tasksPerMonth: fc.oneof(
      fc.integer({ min: 0, max: 1_000_000 }),
      fc.integer({ min: 0, max: CostInputsLimits.maxTasksPerMonth }),
    ),
    modelTier: fc.constantFrom(...content.assumptions.modelTiers.map((t) => t.id)),
  }),
);

const inputs: fc.Arbitrary<CostInputs> = fc.record({
  workflows: count,
  agents: count,
  inference,
  deployment: fc.constantFrom(...content.assumptions.deployments.map((d) => d.id)),
  excluded: fc.subarray(lineIds),
  overrides: fc.dictionary(fc.constantFrom(...lineIds), override, { maxKeys: 3 }),
});

describe('cost estimate properties', () => {
  it('generated inputs are valid', () => {
    fc.assert(fc.property(inputs, (i) => isValidCostInputs(content, i)));
  });

  it('every figure is a whole, non-negative number and low ≤ high, per line and in total', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const e = estimateCost(content, i);
        for (const range of [...e.lines, e.total, e.build]) {
          expect(Number.isSafeInteger(range.low) && Number.isSafeInteger(range.high)).toBe(true);
          expect(range.low).toBeGreaterThanOrEqual(0);
          expect(range.low).toBeLessThanOrEqual(range.high);
        }
        expect(Number.isSafeInteger(e.total.midpoint)).toBe(true);
        expect(e.total.midpoint).toBeGreaterThanOrEqual(e.total.low);
        expect(e.total.midpoint).toBeLessThanOrEqual(e.total.high);
        for (const p of [e.buildShare.lowPercent, e.buildShare.highPercent])
          expect(Number.isInteger(p) && p >= 0 && p <= 100).toBe(true);
      }),
    );
  });

  it('the total is exactly the sum of the lines', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const e = estimateCost(content, i);
        expect(e.total.low).toBe(e.lines.reduce((s, l) => s + l.low, 0));
        expect(e.total.high).toBe(e.lines.reduce((s, l) => s + l.high, 0));
      }),
    );
  });

  it.each(['workflows', 'agents'] as const)('never decreases as %s grow', (field) => {
    fc.assert(
      fc.property(inputs, (i) => {
        fc.pre(i[field] < CostInputsLimits.maxCount);
        const before = estimateCost(content, i).total;
        const after = estimateCost(content, { ...i, [field]: i[field] + 1 }).total;
        expect(after.low).toBeGreaterThanOrEqual(before.low);
        expect(after.high).toBeGreaterThanOrEqual(before.high);
      }),
    );
  });

  it('respects overrides exactly and zeroes excluded lines', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        for (const line of estimateCost(content, i).lines) {
          const id = line.item.id;
          if (i.excluded.includes(id)) {
            expect([line.low, line.high, line.basis]).toEqual([0, 0, 'excluded']);
          } else if (i.overrides[id]) {
            expect({ low: line.low, high: line.high, basis: line.basis }).toEqual({
              ...i.overrides[id],
              basis: 'override',
            });
          }
        }
      }),
    );
  });

  it('flags a wrong cut exactly when a protected line is removed or quoted below its reference low', () => {
    fc.assert(
      fc.property(inputs, (i) => {
        const e = estimateCost(content, i);
        for (const line of e.lines) {
          const { item } = line;
          const cut = i.excluded.includes(item.id) || (i.overrides[item.id]?.low ?? Infinity) < item.low * line.units;
          expect(line.wrongCut).toBe(item.protected && cut);
        }
        expect(e.wrongCuts.map((c) => c.item)).toEqual(e.lines.filter((l) => l.wrongCut).map((l) => l.item));
      }),
    );
  });
});
