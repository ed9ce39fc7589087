import { describe, expect, it } from 'vitest';
import { initialCostState, type CostContext, type CostState } from '../../src/domain/cost-state';
import { scorecardUnitCost } from '../../src/domain/scorecard-unit-cost';
import { referenceContent } from '../helpers/reference-content';
import { loadPageText, loadScenarioNames } from '../helpers/load-content';

const content = referenceContent();
const context: CostContext = {
  content,
  removableLineIds: ['scoping-engagement'],
  scenarioNames: loadScenarioNames(content),
};
// The words are content/pages/scorecard.md's, as the scorecard and /report/ pass them.
const text = { 'unit-cost-per-task': loadPageText('scorecard')['unit-cost-per-task'] };

function withVolume(state: CostState, tasksPerMonth: number): CostState {
  const [first, second] = state.scenarios;
  return {
    ...state,
    scenarios: [
      { ...first, inputs: { ...first.inputs, inference: { mode: 'volume', tasksPerMonth, modelTier: 'fast' } } },
      second,
    ],
  };
}

describe('the unit cost the scorecard quotes', () => {
  it('is absent while the estimate has no volume to divide by', () => {
    expect(scorecardUnitCost(context, initialCostState(context), text)).toBeNull();
  });

  it('is the edited scenario’s year-one cost per task, low to high, naming the scenario', () => {
    const quoted = scorecardUnitCost(context, withVolume(initialCostState(context), 100_000), text);
    const match =
      /^\$([\d,]+\.\d{2}) – \$([\d,]+\.\d{2}) per task, year one \(from the “As planned” cost estimate\)$/.exec(
        quoted ?? '',
      );
    expect(match, quoted ?? 'null').not.toBeNull();
    const [low, high] = [match![1]!, match![2]!].map((n) => Number(n.replace(/,/g, '')));
    expect(low).toBeLessThan(high!);
    // More tasks spread the same fixed costs thinner.
    const busier = scorecardUnitCost(context, withVolume(initialCostState(context), 1_000_000), text);
    expect(Number(/^\$([\d,]+\.\d{2})/.exec(busier ?? '')![1]!.replace(/,/g, ''))).toBeLessThan(low!);
  });

  it('is worded by the scorecard page’s words: an edit there changes what it says', () => {
    const state = withVolume(initialCostState(context), 100_000);
    const edited = scorecardUnitCost(context, state, { 'unit-cost-per-task': 'Per task: {cost} ({scenario})' });
    expect(edited).toMatch(/^Per task: \$[\d,]+\.\d{2} – \$[\d,]+\.\d{2} \(As planned\)$/);
  });
});
