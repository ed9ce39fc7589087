import { describe, expect, it } from 'vitest';
import type { CostInputs } from '../../src/domain/cost-inputs';
import { applyPrefill, prefillAction } from '../../src/domain/decision-prefill';

const reference: CostInputs = {
  workflows: 1,
  agents: 1,
  inference: { mode: 'volume', tasksPerMonth: 1000, modelTier: 'fast' },
  deployment: 'public-cloud',
  excluded: ['scoping'],
  overrides: { operations: { low: 1, high: 2 } },
};

describe('prefillAction', () => {
  it.each([
    ['nothing decided', reference, null, 'none'],
    [
      'the reference programme is filled',
      reference,
      { counts: { workflows: 3, agents: 1 }, deployment: null },
      'apply',
    ],
    ['only a deployment decided', reference, { counts: null, deployment: 'on-prem' }, 'apply'],
    [
      'already what the decisions say',
      { ...reference, workflows: 3 },
      { counts: { workflows: 3, agents: 1 }, deployment: null },
      'none',
    ],
    [
      'a changed scenario is only offered',
      { ...reference, agents: 4 },
      { counts: { workflows: 3, agents: 1 }, deployment: null },
      'offer',
    ],
    [
      'a changed deployment is only offered',
      { ...reference, deployment: 'sovereign-cloud' },
      { counts: { workflows: 2, agents: 0 }, deployment: null },
      'offer',
    ],
  ] as const)('%s → %s', (_name, inputs, prefill, expected) => {
    expect(prefillAction(inputs, prefill, 'public-cloud')).toBe(expected);
  });
});

describe('applyPrefill', () => {
  it('changes only what the decisions speak to', () => {
    expect(applyPrefill(reference, { counts: { workflows: 3, agents: 0 }, deployment: 'on-prem' })).toEqual({
      ...reference,
      workflows: 3,
      agents: 0,
      deployment: 'on-prem',
    });
    expect(applyPrefill(reference, { counts: null, deployment: 'on-prem' })).toEqual({
      ...reference,
      deployment: 'on-prem',
    });
  });
});
