import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { DeploymentContent } from '../../src/domain/decision-content';
import { deploymentReason, evaluateDeployment } from '../../src/domain/deployment-flow';
import { loadDecisionsContent } from '../helpers/decisions-content';
import { loadPageText } from '../helpers/load-content';

const { deployment } = loadDecisionsContent();
// Why, in content/pages/decisions.md's words, as the deployment page and the report pass them.
const reasonText = loadPageText('decisions');

const path = (regulatory: string, latency: string, modelAccess: string, maturity: string) => ({
  regulatory,
  latency,
  'model-access': modelAccess,
  maturity,
});

describe('evaluateDeployment: the source order, one elimination at a time', () => {
  it.each([
    ['no constraints at all', path('none', 'interactive', 'small-or-open', 'mature'), 'public-cloud'],
    ['sovereignty required', path('sovereign', 'batch', 'frontier', 'not-yet'), 'sovereign-cloud'],
    [
      'own infrastructure, open models, a mature team',
      path('own-infrastructure', 'batch', 'small-or-open', 'mature'),
      'on-prem',
    ],
    [
      'real-time voice with no regulatory constraint',
      path('none', 'real-time-voice', 'frontier', 'not-yet'),
      'public-cloud',
    ],
    [
      'own infrastructure but frontier models',
      path('own-infrastructure', 'interactive', 'frontier', 'mature'),
      'hybrid',
    ],
    ['own infrastructure but no MLOps yet', path('own-infrastructure', 'batch', 'small-or-open', 'not-yet'), 'hybrid'],
    ['sovereignty and real-time voice', path('sovereign', 'real-time-voice', 'frontier', 'mature'), 'hybrid'],
  ])('%s → %s', (_name, answers, expected) => {
    const result = evaluateDeployment(deployment, answers);
    expect(result.next).toBeNull();
    const recommendation = result.recommendation;
    expect(recommendation).not.toBeNull();
    expect(recommendation?.kind === 'option' ? recommendation.option : 'hybrid').toBe(expected);
    expect(deploymentReason(recommendation!, reasonText).length).toBeGreaterThan(20);
  });

  it('says at which step each option went, and why, in the source order', () => {
    const result = evaluateDeployment(deployment, path('sovereign', 'real-time-voice', 'frontier', 'mature'));
    expect(result.trail.map((t) => [t.stepTitle, t.eliminated.map((e) => e.option)])).toEqual([
      ['Regulatory constraint', ['public-cloud']],
      ['Latency envelope', ['sovereign-cloud', 'on-prem']],
    ]);
    // Nothing is left after the latency envelope, so the flow stops asking.
    expect(result.recommendation).toEqual({
      kind: 'hybrid',
      ruledOut: [
        { stepTitle: 'Regulatory constraint', options: ['Public cloud'] },
        { stepTitle: 'Latency envelope', options: ['Sovereign cloud', 'On-premises'] },
      ],
    });
    expect(deploymentReason(result.recommendation!, reasonText)).toBe(
      'No single option passes every step: the regulatory constraint ruled out Public cloud; the latency envelope ruled out Sovereign cloud and On-premises.',
    );
  });

  it('quotes the source where the source gives the reason', () => {
    const result = evaluateDeployment(deployment, path('none', 'batch', 'frontier', 'not-yet'));
    expect(result.trail[2]?.eliminated).toEqual([
      {
        option: 'on-prem',
        optionLabel: 'On-premises',
        reason: 'Frontier models are not available on-prem at frontier scale.',
        source: 'article',
      },
    ]);
    // Already gone: the maturity step does not eliminate it a second time.
    expect(result.trail[3]?.eliminated).toEqual([]);
  });

  it('breaks a tie by what asks least of the team, and says so', () => {
    const result = evaluateDeployment(deployment, path('none', 'batch', 'small-or-open', 'mature'));
    expect(result.recommendation).toMatchObject({ kind: 'option', option: 'public-cloud', tieBreak: true });
    expect(deploymentReason(result.recommendation!, reasonText)).toBe(
      'Public cloud, Sovereign cloud and On-premises pass every step; of those, Public cloud asks least of your team to run.',
    );
  });

  it('says why in decisions.md’s words: an edit there changes the reason', () => {
    const edited = {
      ...reasonText,
      'reason-only': 'Only {option} is left.',
      'reason-tie': '{options} all pass; {option} is the lightest.',
      'reason-hybrid': 'Hybrid — {ruled-out}.',
      'reason-ruled-out': '{step}: not {options}',
    };
    const only = evaluateDeployment(deployment, path('sovereign', 'batch', 'frontier', 'not-yet')).recommendation!;
    expect(deploymentReason(only, reasonText)).toBe('Sovereign cloud is the only option that passes every step.');
    expect(deploymentReason(only, edited)).toBe('Only Sovereign cloud is left.');
    const tie = evaluateDeployment(deployment, path('none', 'batch', 'small-or-open', 'mature')).recommendation!;
    expect(deploymentReason(tie, edited)).toBe(
      'Public cloud, Sovereign cloud and On-premises all pass; Public cloud is the lightest.',
    );
    const hybrid = evaluateDeployment(
      deployment,
      path('sovereign', 'real-time-voice', 'frontier', 'mature'),
    ).recommendation!;
    expect(deploymentReason(hybrid, edited)).toBe(
      'Hybrid — regulatory constraint: not Public cloud; latency envelope: not Sovereign cloud and On-premises.',
    );
  });

  it('asks the first unanswered step and recommends nothing yet', () => {
    const result = evaluateDeployment(deployment, { regulatory: 'none', 'model-access': 'frontier' });
    expect(result).toMatchObject({
      next: 'latency',
      recommendation: null,
      remaining: ['public-cloud', 'sovereign-cloud', 'on-prem'],
    });
  });
});

/** Every combination of answers the content allows, or none, per step. */
function answersFor(content: DeploymentContent) {
  return fc.record(
    Object.fromEntries(content.steps.map((s) => [s.id, fc.constantFrom(...s.choices.map((c) => c.id))])),
  ) as fc.Arbitrary<Record<string, string>>;
}

describe('every path ends in a recommendation with a reason', () => {
  it('complete answers always end the flow', () => {
    fc.assert(
      fc.property(answersFor(deployment), (answers) => {
        const result = evaluateDeployment(deployment, answers);
        expect(result.next).toBeNull();
        expect(deploymentReason(result.recommendation!, reasonText)).toMatch(/\w/);
        for (const step of result.trail) for (const e of step.eliminated) expect(e.reason).toMatch(/\w/);
      }),
    );
  });

  it('the recommendation never includes an option eliminated earlier', () => {
    fc.assert(
      fc.property(answersFor(deployment), (answers) => {
        const result = evaluateDeployment(deployment, answers);
        const eliminated = result.trail.flatMap((t) => t.eliminated.map((e) => e.option));
        const recommendation = result.recommendation;
        if (recommendation?.kind === 'option') expect(eliminated).not.toContain(recommendation.option);
        else expect(result.remaining).toEqual([]);
        // Nothing comes back once eliminated: each step's survivors are a subset of the last.
        result.trail.forEach((step, i) => {
          const before = i === 0 ? deployment.options.map((o) => o.id) : (result.trail[i - 1]?.remaining ?? []);
          for (const id of step.remaining) expect(before).toContain(id);
        });
      }),
    );
  });

  it('holds for any content: random eliminations over random steps', () => {
    const ids = ['a', 'b', 'c', 'd'];
    const content = fc
      .array(fc.array(fc.subarray(ids), { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 })
      .map((steps): DeploymentContent => ({
        ...deployment,
        options: ids.map((id) => ({ id, label: id.toUpperCase(), costDeployment: id, frontierAtScale: true })),
        prefer: [...ids].reverse(),
        steps: steps.map((choices, s) => ({
          id: `s${s}`,
          order: s + 1,
          title: `Step ${s}`,
          question: 'Q',
          hint: 'H',
          choices: choices.map((eliminates, c) => ({
            id: `c${c}`,
            label: `C${c}`,
            eliminates,
            reason: 'because',
            source: 'our-reading' as const,
          })),
        })),
      }));
    fc.assert(
      fc.property(
        content.chain((c) => fc.tuple(fc.constant(c), answersFor(c))),
        ([c, answers]) => {
          const result = evaluateDeployment(c, answers);
          expect(result.recommendation).not.toBeNull();
          const eliminated = new Set(result.trail.flatMap((t) => t.eliminated.map((e) => e.option)));
          const recommendation = result.recommendation;
          if (recommendation?.kind === 'option') expect(eliminated.has(recommendation.option)).toBe(false);
          else expect(eliminated.size).toBe(ids.length);
        },
      ),
    );
  });
});
