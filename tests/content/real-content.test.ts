/**
 * The real content/ as the site will see it: complete, consistent, and reproducing the reference
 * figures of the reference programme. A failure here is a content mistake the build would ship otherwise.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadSiteContent } from '../helpers/load-content';
import { answersWithYes, arbitraryAnswers, idsInPattern } from '../helpers/answers';
import { checkContentIntegrity } from '../../src/domain/content-integrity';
import { stageMatches } from '../../src/domain/stage-rules';
import { diagnose } from '../../src/domain/diagnosis';
import { defaultCostInputs, estimateCost } from '../../src/domain/cost';
import { formatMoneyRange } from '../../src/domain/format';
import type { Answers } from '../../src/domain/answers';

const content = loadSiteContent();
const ids = content.questions.map((q) => q.id);

describe('shape', () => {
  it('has 10 questions, 5 stages and 7 cost lines, and passes every cross-file check', () => {
    expect([content.questions.length, content.stages.length, content.costLines.length]).toEqual([10, 5, 7]);
    expect(checkContentIntegrity(content)).toEqual([]);
  });

  it.each(content.questions.map((q) => [q.id, q] as const))('question %s has guidance and a first step', (_, q) => {
    expect(q.guidance.trim()).not.toBe('');
    expect(q.firstStep.trim()).not.toBe('');
  });

  it.each(content.stages.map((s) => [s.id, s] as const))('stage %s has every section of a plan', (_, s) => {
    const headings = s.plan.split('\n').filter((line) => line.startsWith('## '));
    expect(headings).toEqual(
      expect.arrayContaining([
        '## What this stage looks like',
        '## The next 90 days',
        '## Stop condition',
        '## Reaching the next stage',
      ]),
    );
  });

  it('each stage points at the one above it, and the top at nothing', () => {
    const chain = content.stages.map((s, i) => [s.id, s.next, content.stages[i + 1]?.id ?? null]);
    for (const [id, next, above] of chain) expect({ id, next }).toEqual({ id, next: above });
  });
});

describe('stage rules', () => {
  it('every one of the 1,024 yes/not-yes patterns matches exactly one stage', () => {
    expect(2 ** ids.length).toBe(1_024);
    const unmatched: string[] = [];
    for (let bits = 0; bits < 2 ** ids.length; bits++) {
      const pattern = new Set(idsInPattern(ids, bits));
      const matching = content.stages.filter((s) => stageMatches(s.rule, pattern)).map((s) => s.id);
      if (matching.length !== 1) unmatched.push(`${[...pattern].join(',') || '(none)'} → [${matching.join(', ')}]`);
    }
    expect(unmatched).toEqual([]);
  });

  it.each([
    [0, [], 'experimentation'],
    [4, ['outcome-metric', 'evaluation-harness', 'security-review', 'unit-cost'], 'experimentation'],
    [1, ['production-owner'], 'selective-production'],
    [4, ['production-owner', 'outcome-metric', 'evaluation-harness', 'security-review'], 'selective-production'],
    [5, ids.slice(0, 5), 'distributed-delivery'],
    [7, ids.slice(0, 7), 'distributed-delivery'],
    [8, ids.slice(0, 8), 'operating-model-integration'],
    [9, ids.slice(1), 'operating-model-integration'],
    [10, ids, 'further-along'],
  ])('%i Yes (%j) → %s, as the stage rules say', (score, yes, stage) => {
    const d = diagnose(content, answersWithYes(ids, yes));
    expect([d.score, d.stage.id]).toEqual([score, stage]);
  });

  it('turning a No, Not sure or blank into Yes never lowers the stage', () => {
    fc.assert(
      fc.property(arbitraryAnswers(ids), fc.constantFrom(...ids), (answers, id) => {
        const raised: Answers = { ...answers, [id]: 'yes' };
        expect(diagnose(content, raised).stage.order).toBeGreaterThanOrEqual(diagnose(content, answers).stage.order);
      }),
    );
  });
});

describe('cost model', () => {
  const defaults = defaultCostInputs(content);

  it('defaults reproduce the reference year one, $410,000 – $925,000', () => {
    const { total } = estimateCost(content, defaults);
    expect(formatMoneyRange(total.low, total.high, 'USD')).toBe('$410,000 – $925,000');
  });

  it('two workflows give $530,000 – $1,125,000', () => {
    const { total } = estimateCost(content, { ...defaults, workflows: 2 });
    expect(formatMoneyRange(total.low, total.high, 'USD')).toBe('$530,000 – $1,125,000');
  });

  it('the default build share is within the 40–60% reference', () => {
    const { buildShare } = estimateCost(content, defaults);
    expect(content.assumptions.buildShareReference).toMatchObject({ lowPercent: 40, highPercent: 60 });
    expect(buildShare.withinReference).toBe(true);
  });

  it('protects governance & evaluation and operations, with a warning for each', () => {
    const protectedLines = content.costLines.filter((l) => l.protected);
    expect(protectedLines.map((l) => l.kind).sort()).toEqual(['governance', 'run']);
    for (const line of protectedLines) expect(line.cutWarning?.trim()).toBeTruthy();
  });

  it('offers USD at rate 1 and a neutral default deployment', () => {
    const { currencies, deployments, defaultDeployment } = content.assumptions;
    expect(currencies.find((c) => c.code === 'USD')?.ratePerUsd).toBe(1);
    expect(deployments.find((d) => d.id === defaultDeployment)?.multiplierPercent).toBe(100);
  });
});
