import { describe, expect, it } from 'vitest';
import {
  costInputProblems,
  defaultCostInputs,
  estimateCost,
  isValidCostInputs,
  type CostInputs,
} from '../../src/domain/cost';
import type { SiteContent } from '../../src/domain/content-types';
import { referenceContent } from '../helpers/reference-content';

const content = referenceContent();
const defaults = defaultCostInputs(content);
const withInputs = (changes: Partial<CostInputs>): CostInputs => ({ ...defaults, ...changes });
const lineOf = (inputs: CostInputs, id: string) => estimateCost(content, inputs).lines.find((l) => l.item.id === id)!;

describe('defaultCostInputs', () => {
  it('is the reference programme', () => {
    expect(defaults).toEqual({
      workflows: 1,
      agents: 1,
      inference: { mode: 'reference' },
      deployment: 'public-cloud',
      excluded: [],
      overrides: {},
    });
  });
});

describe('estimateCost totals', () => {
  it.each<[string, Partial<CostInputs>, number, number]>([
    ['defaults reproduce the reference', {}, 410_000, 925_000],
    ['two workflows', { workflows: 2 }, 530_000, 1_125_000],
    ['two agents', { agents: 2 }, 510_000, 1_105_000],
    ['no workflows, no agents', { workflows: 0, agents: 0 }, 190_000, 545_000],
    ['twenty of each', { workflows: 20, agents: 20 }, 4_590_000, 8_145_000],
    ['scoping excluded', { excluded: ['scoping-engagement'] }, 385_000, 850_000],
    ['sovereign cloud: +15% on inference and data platform', { deployment: 'sovereign-cloud' }, 416_750, 955_000],
    ['on-premises: +30% on inference and data platform', { deployment: 'on-prem' }, 423_500, 985_000],
    [
      'volume, fast tier, 100,000 tasks a month',
      { inference: { mode: 'volume', tasksPerMonth: 100_000, modelTier: 'fast' } },
      402_000,
      885_000,
    ],
    [
      'volume, frontier tier, 1,000 tasks a month',
      { inference: { mode: 'volume', tasksPerMonth: 1_000, modelTier: 'frontier' } },
      391_200,
      831_000,
    ],
    ['volume of zero tasks', { inference: { mode: 'volume', tasksPerMonth: 0, modelTier: 'fast' } }, 390_000, 825_000],
    [
      'an override replaces a line',
      { overrides: { 'data-platform': { low: 40_000, high: 40_000 } } },
      425_000,
      865_000,
    ],
  ])('%s (%j) → %i – %i', (_, changes, low, high) => {
    const { total } = estimateCost(content, withInputs(changes));
    expect([total.low, total.high]).toEqual([low, high]);
    expect(total.midpoint).toBe(Math.floor((low + high) / 2));
  });
});

describe('estimateCost lines', () => {
  it('lists every line in content order with its units and basis', () => {
    const { lines } = estimateCost(content, withInputs({ workflows: 3, agents: 0 }));
    expect(lines.map((l) => [l.item.id, l.units, l.low, l.high, l.basis, l.wrongCut])).toEqual([
      ['scoping-engagement', 1, 25_000, 75_000, 'reference', false],
      ['workflow-build', 3, 360_000, 600_000, 'reference', false],
      ['agent-build', 0, 0, 0, 'reference', false],
      ['governance-evaluation', 1, 60_000, 120_000, 'reference', false],
      ['inference', 1, 20_000, 100_000, 'reference', false],
      ['data-platform', 1, 25_000, 100_000, 'reference', false],
      ['operations', 1, 60_000, 150_000, 'reference', false],
    ]);
  });

  it('rounds usage up to whole dollars', () => {
    const line = lineOf(
      withInputs({ inference: { mode: 'volume', tasksPerMonth: 1, modelTier: 'fast' } }),
      'inference',
    );
    // 12 tasks × $10 or $50 per 1,000 = $0.12 – $0.60, shown as $1 – $1.
    expect([line.low, line.high, line.basis]).toEqual([1, 1, 'volume']);
  });

  it('rounds a deployment multiplier half up', () => {
    const odd: SiteContent = {
      ...content,
      costLines: content.costLines.map((l) => (l.id === 'data-platform' ? { ...l, low: 10, high: 30 } : l)),
    };
    const line = estimateCost(odd, { ...defaults, deployment: 'sovereign-cloud' }).lines.find(
      (l) => l.item.id === 'data-platform',
    )!;
    expect([line.low, line.high]).toEqual([12, 35]); // 11.5 → 12, 34.5 → 35
  });

  it('applies the multiplier to volume-based inference too', () => {
    const line = lineOf(
      withInputs({ deployment: 'on-prem', inference: { mode: 'volume', tasksPerMonth: 100_000, modelTier: 'fast' } }),
      'inference',
    );
    expect([line.low, line.high]).toEqual([15_600, 78_000]);
  });

  it('does not apply the multiplier to an override', () => {
    const line = lineOf(
      withInputs({ deployment: 'on-prem', overrides: { inference: { low: 1_000, high: 2_000 } } }),
      'inference',
    );
    expect([line.low, line.high, line.basis]).toEqual([1_000, 2_000, 'override']);
  });

  it('an excluded line is 0/0 even when also overridden', () => {
    const line = lineOf(
      withInputs({ excluded: ['inference'], overrides: { inference: { low: 1_000, high: 2_000 } } }),
      'inference',
    );
    expect([line.low, line.high, line.basis]).toEqual([0, 0, 'excluded']);
  });
});

describe('wrong cuts', () => {
  it.each<[string, Partial<CostInputs>, [string, string][]]>([
    ['none by default', {}, []],
    ['excluding a protected line', { excluded: ['operations'] }, [['operations', 'excluded']]],
    ['excluding an unprotected line is a right cut', { excluded: ['scoping-engagement'] }, []],
    [
      'overriding a protected line below its reference low',
      { overrides: { 'governance-evaluation': { low: 59_999, high: 200_000 } } },
      [['governance-evaluation', 'below-reference']],
    ],
    [
      'overriding a protected line at its reference low',
      { overrides: { 'governance-evaluation': { low: 60_000, high: 60_000 } } },
      [],
    ],
    ['overriding an unprotected line below reference', { overrides: { 'workflow-build': { low: 1, high: 2 } } }, []],
    [
      'both protected lines',
      { excluded: ['governance-evaluation'], overrides: { operations: { low: 0, high: 0 } } },
      [
        ['governance-evaluation', 'excluded'],
        ['operations', 'below-reference'],
      ],
    ],
  ])('%s', (_, changes, expected) => {
    const estimate = estimateCost(content, withInputs(changes));
    expect(estimate.wrongCuts.map((c) => [c.item.id, c.reason])).toEqual(expected);
    expect(estimate.lines.filter((l) => l.wrongCut).map((l) => l.item.id)).toEqual(expected.map(([id]) => id));
  });
});

describe('build share', () => {
  it.each<[string, Partial<CostInputs>, number, number, boolean]>([
    ['defaults: 245,000 / 410,000 and 455,000 / 925,000', {}, 60, 49, true],
    ['five workflows: build-heavy', { workflows: 5 }, 81, 73, false],
    ['no workflows or agents: run-heavy', { workflows: 0, agents: 0 }, 13, 14, false],
    ['everything excluded: nothing to judge', { excluded: content.costLines.map((l) => l.id) }, 0, 0, false],
  ])('%s', (_, changes, lowPercent, highPercent, withinReference) => {
    const { buildShare, build, total } = estimateCost(content, withInputs(changes));
    expect(buildShare).toEqual({ lowPercent, highPercent, withinReference });
    expect(build.low).toBeLessThanOrEqual(total.low);
  });
});

describe('unit cost', () => {
  it('is null in reference mode and for zero volume', () => {
    expect(estimateCost(content, defaults).unitCost).toBeNull();
    expect(
      estimateCost(content, withInputs({ inference: { mode: 'volume', tasksPerMonth: 0, modelTier: 'fast' } }))
        .unitCost,
    ).toBeNull();
  });

  it('gives whole cents per task, rounded up, for the total and for run lines', () => {
    const { unitCost } = estimateCost(
      content,
      withInputs({ inference: { mode: 'volume', tasksPerMonth: 100_000, modelTier: 'fast' } }),
    );
    // total 402,000 – 885,000 and run 97,000 – 310,000 over 1,200,000 tasks.
    expect(unitCost).toEqual({
      tasksPerYear: 1_200_000,
      totalPerTaskCents: { low: 34, high: 74 },
      runPerTaskCents: { low: 9, high: 26 },
    });
  });
});

describe('assumptions used', () => {
  it('lists the deployment only in reference mode', () => {
    expect(estimateCost(content, defaults).assumptionsUsed).toEqual([
      { kind: 'deployment', id: 'public-cloud', label: 'Public cloud', note: 'Neutral.' },
    ]);
  });

  it('lists the model tier, then the deployment, in volume mode', () => {
    const used = estimateCost(
      content,
      withInputs({ deployment: 'on-prem', inference: { mode: 'volume', tasksPerMonth: 5, modelTier: 'frontier' } }),
    ).assumptionsUsed;
    expect(used.map((a) => [a.kind, a.id, a.label])).toEqual([
      ['model-tier', 'frontier', 'Frontier tier'],
      ['deployment', 'on-prem', 'On-premises'],
    ]);
  });
});

describe('input validation', () => {
  it.each<[string, Partial<CostInputs>, string]>([
    ['too many workflows', { workflows: 21 }, 'workflows should be a whole number from 0 to 20'],
    ['negative agents', { agents: -1 }, 'agents should be a whole number from 0 to 20'],
    ['fractional workflows', { workflows: 1.5 }, 'workflows should be a whole number from 0 to 20'],
    ['not a number', { agents: Number.NaN }, 'agents should be a whole number from 0 to 20'],
    [
      'too many tasks',
      { inference: { mode: 'volume', tasksPerMonth: 100_000_001, modelTier: 'fast' } },
      'inference.tasksPerMonth should be a whole number from 0 to 100000000',
    ],
    [
      'unknown model tier',
      { inference: { mode: 'volume', tasksPerMonth: 1, modelTier: 'huge' } },
      'inference.modelTier "huge" is not a model tier in the content',
    ],
    [
      'unknown inference mode',
      { inference: { mode: 'guess' } as unknown as CostInputs['inference'] },
      'inference.mode should be "reference" or "volume"',
    ],
    ['unknown deployment', { deployment: 'moon' }, 'deployment "moon" is not a deployment option in the content'],
    ['unknown excluded line', { excluded: ['yacht'] }, 'excluded: "yacht" is not a cost line id'],
    [
      'override on an unknown line',
      { overrides: { yacht: { low: 1, high: 2 } } },
      'overrides: "yacht" is not a cost line id',
    ],
    [
      'override on a prototype name',
      { overrides: JSON.parse('{"constructor":{"low":1,"high":2}}') as CostInputs['overrides'] },
      'overrides: "constructor" is not a cost line id',
    ],
    [
      'override low above high',
      { overrides: { inference: { low: 3, high: 2 } } },
      'overrides.inference.low should not be more than its high',
    ],
    [
      'override in cents',
      { overrides: { inference: { low: 1.5, high: 2 } } },
      'overrides.inference should have whole-dollar low and high from 0 to 1000000000',
    ],
    [
      'override above the ceiling',
      { overrides: { inference: { low: 1, high: 1_000_000_001 } } },
      'overrides.inference should have whole-dollar low and high from 0 to 1000000000',
    ],
  ])('%s', (_, changes, problem) => {
    const inputs = withInputs(changes);
    expect(costInputProblems(content, inputs)).toEqual([problem]);
    expect(isValidCostInputs(content, inputs)).toBe(false);
    expect(() => estimateCost(content, inputs)).toThrow(`Invalid cost inputs: ${problem}`);
  });

  it('accepts the limits themselves', () => {
    const inputs = withInputs({
      workflows: 20,
      agents: 20,
      inference: { mode: 'volume', tasksPerMonth: 100_000_000, modelTier: 'frontier' },
      overrides: { 'data-platform': { low: 1_000_000_000, high: 1_000_000_000 } },
    });
    expect(isValidCostInputs(content, inputs)).toBe(true);
    expect(estimateCost(content, inputs).total.high).toBe(
      75_000 + 4_000_000 + 3_600_000 + 120_000 + 600_000_000 + 1_000_000_000 + 150_000,
    );
  });
});
