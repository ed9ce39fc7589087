/**
 * fast-check arbitraries for the cost calculator's tests: valid inputs, scenarios and states on
 * the reference-shaped content (tests/helpers/reference-content.ts).
 */
import fc from 'fast-check';
import { CostInputsLimits, type CostInputs } from '../../src/domain/cost';
import {
  MAX_RATE,
  MIN_RATE,
  parseScenarioName,
  type CostContext,
  type CostState,
  type DisplayCurrency,
} from '../../src/domain/cost-state';
import { referenceContent } from '../helpers/reference-content';
import { loadScenarioNames } from '../helpers/load-content';

export const content = referenceContent();
export const REMOVABLE = ['scoping-engagement'];
export const context: CostContext = { content, removableLineIds: REMOVABLE, scenarioNames: loadScenarioNames(content) };
export const lineIds = content.costLines.map((line) => line.id);

const count = fc.integer({ min: 0, max: CostInputsLimits.maxCount });
const dollars = fc.integer({ min: 0, max: CostInputsLimits.maxDollars });
export const overrideArb = fc.tuple(dollars, dollars).map(([a, b]) => ({ low: Math.min(a, b), high: Math.max(a, b) }));

export const inputsArb: fc.Arbitrary<CostInputs> = fc.record({
  workflows: count,
  agents: count,
  inference: fc.oneof(
    fc.constant({ mode: 'reference' as const }),
    fc.record({
      mode: fc.constant('volume' as const),
      tasksPerMonth: fc.oneof(
        fc.integer({ min: 0, max: 1_000_000 }),
        fc.integer({ min: 0, max: CostInputsLimits.maxTasksPerMonth }),
      ),
      modelTier: fc.constantFrom(...content.assumptions.modelTiers.map((t) => t.id)),
    }),
  ),
  deployment: fc.constantFrom(...content.assumptions.deployments.map((d) => d.id)),
  excluded: fc.subarray(REMOVABLE),
  overrides: fc.dictionary(fc.constantFrom(...lineIds), overrideArb, { maxKeys: 4 }),
});

/** Names as the form produces them: trimmed, 1–40 characters, no control characters. */
export const nameArb = fc
  .oneof(fc.string({ minLength: 1, maxLength: 40 }), fc.string({ minLength: 1, maxLength: 12, unit: 'grapheme' }))
  .map((s) => s.trim())
  .filter((s) => {
    const parsed = parseScenarioName(s);
    return parsed.ok && parsed.value === s;
  });

export const rateArb = fc.double({ min: MIN_RATE, max: MAX_RATE, noNaN: true, noDefaultInfinity: true });

export const currencyArb: fc.Arbitrary<DisplayCurrency> = fc.oneof(
  fc.constant({ code: 'USD', ratePerUsd: 1 }),
  rateArb.map((ratePerUsd) => ({ code: 'EUR', ratePerUsd })),
);

export const stateArb: fc.Arbitrary<CostState> = fc.record(
  {
    scenarios: fc.tuple(
      fc.record({ name: nameArb, inputs: inputsArb }),
      fc.record({ name: nameArb, inputs: inputsArb }),
    ),
    active: fc.constantFrom(0 as const, 1 as const),
    // Absent means the first scenario; only the second is ever written.
    plan: fc.constant(1 as const),
    currency: currencyArb,
  },
  { requiredKeys: ['scenarios', 'active', 'currency'] },
);
