import { describe, expect, it } from 'vitest';
import { stageMatches } from '../../src/domain/stage-rules';
import type { StageRule } from '../../src/domain/content-types';

const owner: StageRule = { minYes: 0, maxYes: 4, when: [{ question: 'production-owner', answer: 'yes' }] };
const noOwner: StageRule = { minYes: 0, maxYes: 4, when: [{ question: 'production-owner', answer: 'not-yes' }] };
const range: StageRule = { minYes: 5, maxYes: 7, when: [] };

describe('stageMatches', () => {
  it.each<[string, StageRule, string[], boolean]>([
    ['below the range', range, ['a', 'b', 'c', 'd'], false],
    ['at the range low', range, ['a', 'b', 'c', 'd', 'e'], true],
    ['at the range high', range, ['a', 'b', 'c', 'd', 'e', 'f', 'g'], true],
    ['above the range', range, ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'], false],
    ['"yes" condition met', owner, ['production-owner'], true],
    ['"yes" condition not met', owner, ['a'], false],
    ['"not-yes" condition met', noOwner, ['a'], true],
    ['"not-yes" condition not met', noOwner, ['production-owner'], false],
    ['condition met but count out of range', owner, ['production-owner', 'a', 'b', 'c', 'd'], false],
  ])('%s', (_, rule, yeses, expected) => {
    expect(stageMatches(rule, new Set(yeses))).toBe(expected);
  });
});
