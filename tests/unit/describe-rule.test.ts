import { describe, expect, it } from 'vitest';
import { describeCondition, describeRule, describeYesRange } from '../../src/domain/describe-rule';
import type { StageRule } from '../../src/domain/content-types';
import { ruleTextFromFile } from '../../src/lib/rule-text';
import { RULE_TEXT, type RuleText } from '../../src/schemas/page-wording';
import { PROJECT_ROOT } from '../helpers/load-content';

/** The rule words as the pages pass them: content/pages/assessment.md's. */
const text = ruleTextFromFile(PROJECT_ROOT);

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
    expect(describeYesRange({ minYes, maxYes }, 3, text)).toBe(expected);
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
    expect(describeRule(input, questions, text)).toBe(expected);
  });

  it('shows an unknown question id as written rather than failing', () => {
    expect(describeCondition({ question: 'gone', answer: 'yes' }, questions, text)).toBe('“gone” is Yes');
  });
});

describe("the words are content's", () => {
  // Every key marked: any word describe-rule wrote itself would show unmarked.
  const marked = Object.fromEntries(
    Object.keys(RULE_TEXT).map((key) => [key, `«${key}» ${text[key as keyof RuleText]}`]),
  ) as RuleText;

  it('each range and condition is the wording given, slots filled', () => {
    expect(describeYesRange({ minYes: 0, maxYes: 3 }, 3, marked)).toBe('«rule-any» Any number of Yes answers');
    expect(describeYesRange({ minYes: 0, maxYes: 0 }, 3, marked)).toBe('«rule-none» No Yes answers');
    expect(describeYesRange({ minYes: 3, maxYes: 3 }, 3, marked)).toBe('«rule-all» All 3 Yes');
    expect(describeYesRange({ minYes: 2, maxYes: 2 }, 3, marked)).toBe('«rule-exact» 2 Yes');
    expect(describeYesRange({ minYes: 1, maxYes: 2 }, 3, marked)).toBe('«rule-range» 1–2 Yes');
    expect(describeRule(rule(1, 2, [{ question: 'production-owner', answer: 'not-yes' }]), questions, marked)).toBe(
      '«rule-with-conditions» «rule-range» 1–2 Yes, and «rule-is-not-yes» “Production owner” is not Yes',
    );
    expect(describeCondition({ question: 'outcome-metric', answer: 'yes' }, questions, marked)).toBe(
      '«rule-is-yes» “Outcome metric” is Yes',
    );
  });
});
