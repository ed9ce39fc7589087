import { describe, expect, it } from 'vitest';
import { describeCondition, describeRule, describeYesRange } from '../../src/domain/describe-rule';
import type { StageRule } from '../../src/domain/content-types';

const questions = [
  { id: 'outcome-metric', label: 'Outcome metric' },
  { id: 'production-owner', label: 'Production owner' },
  { id: 'evaluation-harness', label: 'Evaluation harness' },
];

const rule = (minYes: number, maxYes: number, when: StageRule['when'] = []): StageRule => ({ minYes, maxYes, when });

describe('describeYesRange', () => {
  it.each([
    [0, 2, '0–2 Yes'],
    [1, 2, '1–2 Yes'],
    [2, 2, '2 Yes'],
    [3, 3, 'All 3 Yes'],
    [0, 0, 'No Yes answers'],
    [0, 3, 'Any number of Yes answers'],
  ])('%i–%i of 3 → %s', (minYes, maxYes, expected) => {
    expect(describeYesRange({ minYes, maxYes }, 3)).toBe(expected);
  });
});

describe('describeRule', () => {
  it.each([
    [rule(1, 2), '1–2 Yes'],
    [rule(0, 2, [{ question: 'production-owner', answer: 'not-yes' }]), '0–2 Yes, and “Production owner” is not Yes'],
    [rule(0, 2, [{ question: 'production-owner', answer: 'yes' }]), '0–2 Yes, and “Production owner” is Yes'],
    [
      rule(1, 2, [
        { question: 'outcome-metric', answer: 'yes' },
        { question: 'production-owner', answer: 'yes' },
        { question: 'evaluation-harness', answer: 'not-yes' },
      ]),
      '1–2 Yes, and “Outcome metric” is Yes, “Production owner” is Yes and “Evaluation harness” is not Yes',
    ],
  ])('%o → %s', (input, expected) => {
    expect(describeRule(input, questions)).toBe(expected);
  });

  it('shows an unknown question id as written rather than failing', () => {
    expect(describeCondition({ question: 'gone', answer: 'yes' }, questions)).toBe('“gone” is Yes');
  });
});
