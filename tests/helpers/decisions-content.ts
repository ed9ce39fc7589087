/**
 * Reads content/decisions/ from disk the way the Astro glob loaders do, parses it with the same
 * schemas and maps it like src/lib/decisions-content.ts, so tests run on the real content.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DecisionRubricSchema } from '../../src/schemas/decision-rubric';
import { DeploymentDecisionSchema } from '../../src/schemas/deployment-decision';
import type { DecisionsContent } from '../../src/domain/decision-content';
import { PROJECT_ROOT, splitFrontmatter } from './load-content';

export function readDecisionFile(name: string): { data: unknown; body: string } {
  return splitFrontmatter(readFileSync(join(PROJECT_ROOT, 'content', 'decisions', name), 'utf8'));
}

export function loadDecisionsContent(): DecisionsContent {
  const rubric = readDecisionFile('agent-or-automation.md');
  const deployment = readDecisionFile('deployment.md');
  const rubricData = DecisionRubricSchema.parse(rubric.data);
  const deploymentData = DeploymentDecisionSchema.parse(deployment.data);
  return {
    rubric: {
      ...rubricData,
      questions: [...rubricData.questions].sort((a, b) => a.order - b.order),
      intro: rubric.body,
    },
    deployment: {
      ...deploymentData,
      steps: [...deploymentData.steps].sort((a, b) => a.order - b.order),
      intro: deployment.body,
    },
  };
}
