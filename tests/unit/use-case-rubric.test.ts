import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { classifyUseCase, countsFromOutcomes, maxRubricScore } from '../../src/domain/use-case-rubric';
import { loadDecisionsContent } from '../helpers/decisions-content';

const { rubric } = loadDecisionsContent();

type Answers = Record<string, string>;
const answers = (
  path: string,
  paths: string,
  exceptions: string,
  tools: string,
  variability: string,
  evaluation: string,
): Answers => ({
  path,
  'distinct-paths': paths,
  exceptions,
  'tool-calls': tools,
  variability,
  evaluation,
});

describe('classifyUseCase: each outcome from representative answers', () => {
  it.each([
    [
      'invoice matching: fixed steps, exact checks',
      answers('known', 'one', 'rarely', 'fixed', 'low', 'expected-output'),
      'automation',
    ],
    [
      'report drafting: known path, a few paths, some exceptions',
      answers('known', 'several', 'sometimes', 'known-set', 'low', 'expected-output'),
      'automation',
    ],
    [
      'claims triage: known path, but judgement and varied tools',
      answers('known', 'several', 'often', 'known-set', 'some', 'rubric'),
      'hybrid',
    ],
    [
      'onboarding: mostly known, judgement at a few steps',
      answers('mostly', 'several', 'sometimes', 'known-set', 'some', 'expected-output'),
      'hybrid',
    ],
    [
      'research assistant: path decided at runtime, open tools',
      answers('runtime', 'open', 'often', 'open', 'high', 'rubric'),
      'agent',
    ],
    [
      'support resolution: runtime path, mostly open',
      answers('runtime', 'open', 'sometimes', 'open', 'some', 'rubric'),
      'agent',
    ],
    [
      'runtime path but tight cost and no evaluation yet',
      answers('runtime', 'one', 'rarely', 'fixed', 'low', 'not-yet'),
      'hybrid',
    ],
  ])('%s → %s', (_name, given, expected) => {
    const result = classifyUseCase(rubric, given);
    expect(result.status).toBe('classified');
    if (result.status !== 'classified') return;
    expect(result.outcome).toBe(expected);
    // The rule's reason comes first, then one per follow-up, each in plain words.
    expect(result.reasons).toHaveLength(rubric.questions.length);
    expect(result.reasons[0]?.label).toBe('Path from input to output');
    for (const reason of result.reasons) expect(reason.text.length).toBeGreaterThan(10);
  });

  it('names the risk of building it the other way', () => {
    const automation = classifyUseCase(rubric, answers('known', 'one', 'rarely', 'fixed', 'low', 'expected-output'));
    const agent = classifyUseCase(rubric, answers('runtime', 'open', 'often', 'open', 'high', 'rubric'));
    const hybrid = classifyUseCase(
      rubric,
      answers('mostly', 'several', 'sometimes', 'known-set', 'some', 'expected-output'),
    );
    expect(automation.status === 'classified' && automation.risks.map((r) => r.text)).toEqual([
      'Agent-ifying a workflow blows out inference cost and evaluation complexity.',
    ]);
    expect(agent.status === 'classified' && agent.risks.map((r) => r.text)).toEqual([
      'Automating a branchy task collapses into a rule engine.',
    ]);
    expect(hybrid.status === 'classified' && hybrid.risks).toHaveLength(2);
  });

  it('lists what is unanswered, and ignores answers the content does not know', () => {
    const result = classifyUseCase(rubric, { path: 'known', exceptions: 'no-such-option', 'not-a-question': 'one' });
    expect(result).toEqual({
      status: 'incomplete',
      missing: ['distinct-paths', 'exceptions', 'tool-calls', 'variability', 'evaluation'],
    });
  });
});

describe('the rule sets the direction (our weights and thresholds)', () => {
  const complete = fc.tuple(...rubric.questions.slice(1).map((q) => fc.constantFrom(...q.options.map((o) => o.id))));
  const withPath = (path: string, rest: string[]) =>
    Object.fromEntries([['path', path], ...rubric.questions.slice(1).map((q, i) => [q.id, rest[i] as string])]);

  it('a path knowable in advance is never classed an agent', () => {
    fc.assert(
      fc.property(complete, (rest) => {
        const result = classifyUseCase(rubric, withPath('known', rest));
        expect(result.status === 'classified' && result.outcome).not.toBe('agent');
      }),
    );
  });

  it('a path determined at runtime is never classed automation', () => {
    fc.assert(
      fc.property(complete, (rest) => {
        const result = classifyUseCase(rubric, withPath('runtime', rest));
        expect(result.status === 'classified' && result.outcome).not.toBe('automation');
      }),
    );
  });

  it('the score stays within 0 and the maximum', () => {
    fc.assert(
      fc.property(fc.constantFrom('known', 'mostly', 'runtime'), complete, (path, rest) => {
        const result = classifyUseCase(rubric, withPath(path, rest));
        if (result.status !== 'classified') throw new Error('complete answers must classify');
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(maxRubricScore(rubric));
      }),
    );
  });
});

describe('countsFromOutcomes', () => {
  it.each([
    [[], { workflows: 0, agents: 0, agentOrHybrid: 0, classified: 0 }],
    [['automation', 'automation', 'agent'], { workflows: 2, agents: 1, agentOrHybrid: 1, classified: 3 }],
    [['automation', 'hybrid', 'agent'], { workflows: 2, agents: 2, agentOrHybrid: 2, classified: 3 }],
  ] as const)('%j → %j', (outcomes, expected) => {
    expect(countsFromOutcomes(rubric, outcomes)).toEqual(expected);
  });
});
