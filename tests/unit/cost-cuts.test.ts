import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defaultCostInputs, estimateCost, type CostInputs } from '../../src/domain/cost';
import { cheaperTier, rightCuts } from '../../src/domain/cost-cuts';
import type { ModelTier } from '../../src/domain/content-types';
import { content, inputsArb } from './cost-arbitraries';

const defaults = defaultCostInputs(content);
const withInputs = (changes: Partial<CostInputs>): CostInputs => ({ ...defaults, ...changes });
const summary = (inputs: CostInputs) =>
  rightCuts(content, inputs).map((cut) => [cut.kind, cut.savings.low, cut.savings.high]);

describe('right cuts', () => {
  it.each<[string, Partial<CostInputs>, [string, number, number][]]>([
    // Narrowing the reference programme keeps the workflow and drops the agent build.
    ['the reference programme: narrow the scope to one workflow', {}, [['narrow-scope', 100_000, 180_000]]],
    ['nothing left to narrow', { workflows: 0, agents: 0 }, []],
    ['one system already: nothing to narrow', { workflows: 1, agents: 0 }, []],
    ['three agents: narrow to one agent', { workflows: 0, agents: 3 }, [['narrow-scope', 200_000, 360_000]]],
    [
      'two workflows and two agents: narrow to one workflow',
      { workflows: 2, agents: 2 },
      [['narrow-scope', 320_000, 560_000]],
    ],
    [
      'frontier tier at 100,000 tasks a month: the fast tier too',
      { inference: { mode: 'volume', tasksPerMonth: 100_000, modelTier: 'frontier' } },
      [
        ['narrow-scope', 100_000, 180_000],
        // 1,200,000 tasks a year × ($100 − $10) and × ($500 − $50) per 1,000.
        ['fast-tier', 108_000, 540_000],
      ],
    ],
    [
      'already on the fast tier: no tier cut',
      { workflows: 0, agents: 0, inference: { mode: 'volume', tasksPerMonth: 100_000, modelTier: 'fast' } },
      [],
    ],
    [
      'the deployment multiplier applies to the tier saving',
      {
        workflows: 0,
        agents: 0,
        deployment: 'on-prem',
        inference: { mode: 'volume', tasksPerMonth: 100_000, modelTier: 'frontier' },
      },
      [['fast-tier', 140_400, 702_000]],
    ],
    [
      'a quote on the agent line: dropping the agent saves nothing, so narrowing is not offered',
      { overrides: { 'agent-build': { low: 0, high: 0 } } },
      [],
    ],
    [
      'inference left to a quote: the tier makes no difference',
      {
        workflows: 0,
        agents: 0,
        inference: { mode: 'volume', tasksPerMonth: 1000, modelTier: 'frontier' },
        overrides: { inference: { low: 1, high: 2 } },
      },
      [],
    ],
  ])('%s', (_, changes, expected) => {
    expect(summary(withInputs(changes))).toEqual(expected);
  });

  it('every saving is exactly the difference of the two totals, never negative, and something', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        const base = estimateCost(content, inputs);
        for (const cut of rightCuts(content, inputs)) {
          const after = estimateCost(content, cut.inputs);
          expect(cut.estimate).toEqual(after);
          expect(cut.savings).toEqual({
            low: base.total.low - after.total.low,
            high: base.total.high - after.total.high,
          });
          expect(cut.savings.low).toBeGreaterThanOrEqual(0);
          expect(cut.savings.high).toBeGreaterThanOrEqual(0);
          expect(cut.savings.low + cut.savings.high).toBeGreaterThan(0);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('changes only the one input each cut is about', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        for (const cut of rightCuts(content, inputs)) {
          if (cut.kind === 'narrow-scope') {
            expect(cut.inputs).toEqual({ ...inputs, ...cut.to });
            expect(cut.to.workflows + cut.to.agents).toBe(1);
          }
          if (cut.kind === 'fast-tier') expect({ ...cut.inputs, inference: inputs.inference }).toEqual(inputs);
        }
      }),
    );
  });
});

describe('cheaperTier', () => {
  const tier = (id: string, low: number, high: number): ModelTier => ({
    id,
    label: id,
    perThousandTasksLow: low,
    perThousandTasksHigh: high,
    note: '',
  });
  it.each<[string, ModelTier[], ModelTier, string | null]>([
    ['the cheapest of several', [tier('a', 1, 5), tier('b', 5, 20), tier('c', 50, 100)], tier('c', 50, 100), 'a'],
    ['none cheaper', [tier('a', 1, 5), tier('b', 5, 20)], tier('a', 1, 5), null],
    ['cheaper at one end only is not a saving', [tier('a', 1, 500), tier('b', 5, 20)], tier('b', 5, 20), null],
    ['cheaper at one end, equal at the other, is', [tier('a', 5, 10), tier('b', 5, 20)], tier('b', 5, 20), 'a'],
  ])('%s', (_, tiers, current, expected) => {
    expect(cheaperTier(tiers, current)?.id ?? null).toBe(expected);
  });
});
