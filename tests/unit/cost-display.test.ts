import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildCostDisplay, buildScenarioComparisonDisplay } from '../../src/domain/cost-display';
import { initialCostState, secondScenarioInUse, type CostState } from '../../src/domain/cost-state';
import { context, content, inputsArb } from './cost-arbitraries';
import { loadCostText } from '../helpers/load-content';

// The words the page passes, from content/pages/cost.md.
const text = loadCostText();

const usd = { code: 'USD', ratePerUsd: 1 };
const reference = () => initialCostState(context);
const withSecond = (state: CostState, change: Partial<CostState['scenarios'][1]['inputs']>): CostState => ({
  ...state,
  scenarios: [state.scenarios[0], { ...state.scenarios[1], inputs: { ...state.scenarios[1].inputs, ...change } }],
});

describe('the cost page leads with the answer', () => {
  it('has a compact line for the bar that stays on screen while editing', () => {
    const display = buildCostDisplay(context, reference().scenarios[0].inputs, usd, text);
    expect(display.total.barText).toBe('Year one: $410,000 – $925,000');
  });

  it('labels every bar with its figures, and the wrong-cut colour only when a line is one', () => {
    const inputs = reference().scenarios[0].inputs;
    const display = buildCostDisplay(context, inputs, usd, text);
    expect(display.lines.find((l) => l.id === 'workflow-build')?.chartValueText).toBe('$120K – $200K');
    expect(display.chart.legend.map((l) => l.kind)).toEqual(['range']);
    expect(display.chart.summary).toMatch(/The table under “Breakdown by line” has every figure\.$/);

    const cut = buildCostDisplay(
      context,
      { ...inputs, overrides: { operations: { low: 10_000, high: 20_000 } } },
      usd,
      text,
    );
    const operations = cut.lines.find((l) => l.id === 'operations')!;
    expect(operations.chartLabel).toMatch(/ — wrong cut$/);
    expect(operations.chartValueText).toBe('$10K – $20K');
    expect(cut.chart.legend.map((l) => l.kind)).toEqual(['range', 'wrong-cut']);
  });
});

describe("counts are the cost page's words", () => {
  it('every count with its noun comes from cost.md, one and many alike', () => {
    // Only the count keys marked: a noun written in code would show unmarked.
    const keys = [
      'count-workflow-one',
      'count-workflow-many',
      'count-agent-one',
      'count-agent-many',
      'count-task-one',
      'count-task-many',
    ] as const;
    const marked = { ...text, ...Object.fromEntries(keys.map((key) => [key, `«${key}» ${text[key]}`])) };
    const inputs = {
      ...reference().scenarios[0].inputs,
      workflows: 1,
      agents: 3,
      inference: { mode: 'volume' as const, tasksPerMonth: 1_000, modelTier: content.assumptions.modelTiers[0]!.id },
    };
    const display = buildCostDisplay(context, inputs, usd, marked);
    const shown = (label: string) => display.inputs.find((row) => row.label === label)?.value;
    expect(shown(text['input-workflows'])).toBe('«count-workflow-one» 1 workflow');
    expect(shown(text['input-agents'])).toBe('«count-agent-many» 3 agents');
    expect(display.lines.find((l) => l.id === 'workflow-build')?.unitsText).toBe('«count-workflow-one» 1 workflow');
    expect(display.lines.find((l) => l.id === 'agent-build')?.unitsText).toBe('«count-agent-many» 3 agents');
    expect(display.unitCost?.tasksPerYearText).toContain('«count-task-many» 12,000 tasks');
  });
});

describe('wrong cuts', () => {
  it('are explained with the line’s own warning', () => {
    const inputs = {
      ...reference().scenarios[0].inputs,
      excluded: ['operations'],
      overrides: { 'governance-evaluation': { low: 1, high: 1 } },
    };
    expect(buildCostDisplay(context, inputs, usd, text).warnings.map((w) => w.message)).toMatchInlineSnapshot(`
      [
        "Cutting Governance & evaluation harness below its reference low is a wrong cut: Cutting governance costs more later.",
        "Removing First-year operations is a wrong cut: Cutting hypercare costs more later.",
      ]
    `);
  });
});

describe('the scenario comparison', () => {
  it('says the two cost the same, with no lines, when nothing differs', () => {
    const comparison = buildScenarioComparisonDisplay(context, reference(), text);
    expect(comparison.same).toBe(true);
    expect(comparison.headline).toBe('The two scenarios cost the same. Change “Narrowed” to see the difference.');
    expect(comparison.lines).toEqual([]);
    expect(comparison.sameLinesText).toBe('Every line costs the same in both.');
  });

  it('lists only the lines that differ', () => {
    const comparison = buildScenarioComparisonDisplay(context, withSecond(reference(), { agents: 0 }), text);
    expect(comparison.lines.map((l) => l.id)).toEqual(['agent-build']);
    expect(comparison.lines[0]).toMatchObject({ lowChangeText: '−$100,000', highChangeText: '−$180,000' });
    expect(comparison.sameLinesText).toBe(`The other ${content.costLines.length - 1} lines cost the same in both.`);
    expect(comparison.total.lowChangeText).toBe('−$100,000');
  });

  it('never drops a line that differs, nor keeps one that does not', () => {
    fc.assert(
      fc.property(inputsArb, inputsArb, (a, b) => {
        const state: CostState = {
          ...reference(),
          scenarios: [
            { name: 'A', inputs: a },
            { name: 'B', inputs: b },
          ],
        };
        const all = buildCostDisplay(context, a, usd, text).lines;
        const other = buildCostDisplay(context, b, usd, text).lines;
        const differ = all.filter((line, i) => line.low !== other[i]!.low || line.high !== other[i]!.high);
        expect(buildScenarioComparisonDisplay(context, state, text).lines.map((l) => l.id)).toEqual(
          differ.map((l) => l.id),
        );
      }),
      { numRuns: 200 },
    );
  });
});

describe('whether the second scenario is shown', () => {
  it('is hidden on a fresh visit: two identical plans are one plan', () => {
    expect(secondScenarioInUse(reference(), context)).toBe(false);
    // Editing the first scenario does not bring up the second.
    const first = reference();
    const edited: CostState = {
      ...first,
      scenarios: [
        { ...first.scenarios[0], inputs: { ...first.scenarios[0].inputs, workflows: 4 } },
        first.scenarios[1],
      ],
    };
    expect(secondScenarioInUse(edited, context)).toBe(false);
  });

  it('shows once it is edited, chosen as the plan, or different', () => {
    expect(secondScenarioInUse({ ...reference(), active: 1 }, context)).toBe(true);
    expect(secondScenarioInUse({ ...reference(), plan: 1 }, context)).toBe(true);
    expect(secondScenarioInUse(withSecond(reference(), { workflows: 3 }), context)).toBe(true);
    const renamed = reference();
    expect(
      secondScenarioInUse(
        { ...renamed, scenarios: [renamed.scenarios[0], { ...renamed.scenarios[1], name: 'B' }] },
        context,
      ),
    ).toBe(true);
  });
});

describe('chart value labels', () => {
  it('sit after a bar ending in the left part, before one starting in the right part, else above', () => {
    fc.assert(
      fc.property(inputsArb, (inputs) => {
        for (const line of buildCostDisplay(context, inputs, usd, text).lines) {
          const expected = line.barHigh <= 0.6 ? 'after' : line.barLow >= 0.4 ? 'before' : 'above';
          expect(line.chartValuePlacement).toBe(expected);
        }
      }),
      { numRuns: 100 },
    );
  });
});
