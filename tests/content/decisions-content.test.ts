/**
 * The real content/decisions/ validates, keeps the source's wording where the source gives it,
 * and a mistake is reported with the field and how to fix it.
 */
import { describe, expect, it } from 'vitest';
import { DecisionRubricSchema } from '../../src/schemas/decision-rubric';
import { DeploymentDecisionSchema } from '../../src/schemas/deployment-decision';
import { loadDecisionsContent, readDecisionFile } from '../helpers/decisions-content';

const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  result.success ? [] : (result.error?.issues ?? []).map((i) => `${i.path.join('.')}: ${i.message}`);

describe('content/decisions', () => {
  const content = loadDecisionsContent();

  it('asks the source’s rule first, and takes the deployment steps in the source’s order', () => {
    expect(content.rubric.questions[0]?.question).toBe('Is the path from input to output knowable in advance?');
    expect(content.deployment.steps.map((s) => s.title)).toEqual([
      'Regulatory constraint',
      'Latency envelope',
      'Model access',
      'Team operating maturity',
    ]);
  });

  it('marks every reason the source does not give as our reading', () => {
    const article = content.deployment.steps.flatMap((s) => s.choices).filter((c) => c.source === 'article');
    expect(article.map((c) => c.reason)).toEqual([
      'Frontier models are not available on-prem at frontier scale.',
      'On-prem inference needs real MLOps capability.',
    ]);
    for (const note of [
      content.rubric.thresholds.note,
      content.rubric.countsNote,
      content.rubric.hybridPatternsNote,
      content.deployment.preferNote,
      content.deployment.hybrid.note,
    ])
      expect(note).toMatch(/^Our reading: /);
  });

  it('names the field of a deployment answer that rules out an unknown option', () => {
    const { data } = readDecisionFile('deployment.md');
    const broken = structuredClone(data) as { steps: { choices: { eliminates: string[] }[] }[] };
    broken.steps[0]!.choices[1]!.eliminates = ['public-clod'];
    expect(issues(DeploymentDecisionSchema.safeParse(broken))).toEqual([
      'steps.0.choices.1.eliminates.0: "public-clod" is not one of the options: public-cloud, sovereign-cloud, on-prem',
    ]);
  });

  it('refuses a rubric whose first question is not the source’s rule, and an answer ruling out without a reason', () => {
    const rubric = structuredClone(readDecisionFile('agent-or-automation.md').data) as {
      questions: { source: string }[];
    };
    rubric.questions[0]!.source = 'our-reading';
    expect(issues(DecisionRubricSchema.safeParse(rubric))).toEqual([
      'questions.0.source: should be "article": the first question is the source\'s rule',
    ]);
    const deployment = structuredClone(readDecisionFile('deployment.md').data) as {
      steps: { choices: { reason?: string }[] }[];
    };
    delete deployment.steps[2]!.choices[1]!.reason;
    expect(issues(DeploymentDecisionSchema.safeParse(deployment))).toEqual([
      'steps.2.choices.1.reason: is needed, with a source, when the answer rules options out',
    ]);
  });
});
