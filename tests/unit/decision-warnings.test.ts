import { describe, expect, it } from 'vitest';
import { decisionWarnings, type CalculatorChoice } from '../../src/domain/decision-warnings';
import { buildDecisionsView, costPrefill, describeCounts } from '../../src/domain/decisions-view';
import { EMPTY_DECISIONS, type DecisionsState } from '../../src/domain/decisions-state';
import { decisionContentProblems } from '../../src/domain/decision-integrity';
import { loadDecisionsContent } from '../helpers/decisions-content';
import { loadDecisionCountsText, loadSiteContent } from '../helpers/load-content';
import { AUTOMATION_ANSWERS } from './decisions-fixtures';

const content = loadDecisionsContent();
const tierLabel = (id: string) => (id === 'frontier' ? 'Frontier tier' : 'Fast tier');

const automation = AUTOMATION_ANSWERS;
const agent = {
  path: 'runtime',
  'distinct-paths': 'open',
  exceptions: 'often',
  'tool-calls': 'open',
  variability: 'high',
  evaluation: 'rubric',
};
const useCase = (id: string, answers: Record<string, string>) => ({ id, name: id, description: '', answers, note: '' });

function state(answers: Record<string, string>[], deployment: Record<string, string> = {}): DecisionsState {
  return { useCases: answers.map((a, i) => useCase(`uc-${i}`, a)), deployment: { answers: deployment, note: '' } };
}

const choice = (over: Partial<CalculatorChoice> = {}): CalculatorChoice => ({
  agents: 1,
  deployment: 'public-cloud',
  modelTier: null,
  ...over,
});

const ids = (c: CalculatorChoice, s: DecisionsState | null) =>
  decisionWarnings(content, s && buildDecisionsView(content, s), c, tierLabel).map((w) => w.id);

describe('decisionWarnings', () => {
  it.each([
    ['nothing contradicts', choice(), state([automation, agent]), []],
    [
      'on-prem with the frontier tier',
      choice({ deployment: 'on-prem', modelTier: 'frontier' }),
      null,
      ['frontier-on-prem'],
    ],
    ['on-prem with the fast tier', choice({ deployment: 'on-prem', modelTier: 'fast' }), null, []],
    ['public cloud with the frontier tier', choice({ modelTier: 'frontier' }), null, []],
    [
      'two agents, one use case classed agent',
      choice({ agents: 2 }),
      state([automation, agent]),
      ['agents-over-decisions'],
    ],
    ['one agent, all automation', choice({ agents: 1 }), state([automation, automation]), ['agents-over-decisions']],
    ['agents with no use case classified yet', choice({ agents: 3 }), state([{ path: 'known' }]), []],
    [
      'real-time voice, then on-prem',
      choice({ deployment: 'on-prem', agents: 0 }),
      state([], { regulatory: 'none', latency: 'real-time-voice' }),
      ['eliminated-deployment'],
    ],
    [
      'real-time voice, on-prem and the frontier tier',
      choice({ deployment: 'on-prem', modelTier: 'frontier', agents: 0 }),
      state([], { regulatory: 'none', latency: 'real-time-voice' }),
      ['frontier-on-prem', 'eliminated-deployment'],
    ],
    ['real-time voice, public cloud', choice(), state([], { regulatory: 'none', latency: 'real-time-voice' }), []],
  ])('%s', (_name, c, s, expected) => {
    expect(ids(c, s)).toEqual(expected);
  });

  it('words the counts in the agents warning from content, one and many, none and some', () => {
    const words = {
      ...content,
      rubric: {
        ...content.rubric,
        warning: {
          ...content.rubric.warning,
          text: '{agents} planned; {classified} classified.',
          agentsOne: '{count} robot',
          agentsMany: '{count} robots',
          classifiedNone: 'no use case',
          classifiedSome: 'just {count}',
        },
      },
    };
    const agentsWarning = (agents: number, s: DecisionsState) =>
      decisionWarnings(words, buildDecisionsView(words, s), choice({ agents }), tierLabel).find(
        (w) => w.id === 'agents-over-decisions',
      )?.text;
    expect(agentsWarning(1, state([automation]))).toMatch(/^1 robot planned; no use case classified\. /);
    expect(agentsWarning(3, state([automation, agent]))).toMatch(/^3 robots planned; just 1 classified\. /);
  });

  it('explains each warning in words, with the source’s reason', () => {
    const s = state([automation, automation], { regulatory: 'none', latency: 'real-time-voice' });
    const warnings = decisionWarnings(
      content,
      buildDecisionsView(content, s),
      choice({ agents: 2, deployment: 'on-prem', modelTier: 'frontier' }),
      tierLabel,
    );
    expect(warnings.map((w) => [w.title, w.text, w.href])).toEqual([
      [
        'Frontier tier on a platform without frontier models',
        'Frontier models are not available on-prem at frontier scale, so On-premises cannot run what the frontier tier prices. Choose a smaller tier, or a hybrid that sends frontier calls to a cloud.',
        '/decide/deployment/',
      ],
      [
        'More agents than your decisions support',
        'You plan 2 agents in this estimate, but none of your use cases came out as an agent or a hybrid. Agent-ifying a workflow blows out inference cost and evaluation complexity.',
        '/decide/agent-or-automation/',
      ],
      [
        'A deployment your decision ruled out',
        expect.stringMatching(
          /^On-premises was ruled out at the latency envelope \(“Real-time voice.*”\) step: Real-time voice needs/,
        ),
        '/decide/deployment/',
      ],
    ]);
  });
});

describe('costPrefill', () => {
  it('is nothing until something is decided', () => {
    expect(costPrefill(buildDecisionsView(content, EMPTY_DECISIONS))).toBeNull();
  });

  it('counts the classified use cases and takes a single recommended option', () => {
    const s = state([automation, automation, agent, { path: 'known' }], {
      regulatory: 'sovereign',
      latency: 'batch',
      'model-access': 'frontier',
      maturity: 'not-yet',
    });
    const prefill = costPrefill(buildDecisionsView(content, s));
    expect(prefill).toEqual({ counts: { workflows: 2, agents: 1 }, deployment: 'sovereign-cloud' });
    expect(describeCounts(prefill?.counts ?? { workflows: 0, agents: 0 }, loadDecisionCountsText())).toBe(
      '2 workflows, 1 agent',
    );
  });

  it('leaves the deployment alone when the answer is a hybrid', () => {
    const s = state([agent], {
      regulatory: 'own-infrastructure',
      latency: 'batch',
      'model-access': 'frontier',
      maturity: 'mature',
    });
    expect(costPrefill(buildDecisionsView(content, s))).toEqual({
      counts: { workflows: 0, agents: 1 },
      deployment: null,
    });
  });
});

describe('decisions content against the cost content', () => {
  it('the real content agrees', () => {
    expect(decisionContentProblems(content, loadSiteContent().assumptions)).toEqual([]);
  });

  it('names the file and field of an unknown deployment or tier', () => {
    const broken = {
      ...content,
      deployment: {
        ...content.deployment,
        options: content.deployment.options.map((o, i) => (i === 2 ? { ...o, costDeployment: 'on-premises' } : o)),
        frontierTiers: ['frontier-tier'],
      },
    };
    expect(decisionContentProblems(broken, loadSiteContent().assumptions)).toMatchInlineSnapshot(`
      [
        "content/decisions/deployment.md → options.2.costDeployment: "on-premises" is not a deployment in content/cost/assumptions.md (public-cloud, sovereign-cloud, on-prem)",
        "content/decisions/deployment.md → frontierTiers.0: "frontier-tier" is not a model tier in content/cost/assumptions.md (fast, frontier)",
      ]
    `);
  });
});
