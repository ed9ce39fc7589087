/**
 * The decisions content (content/decisions/), validated per file by the collection schemas and
 * here against the cost content, loaded once per build. A mismatch fails `astro build` with the
 * file and field named.
 */
import { getCollection } from 'astro:content';
import type { DecisionsContent } from '../domain/decision-content';
import { decisionContentProblems } from '../domain/decision-integrity';
import { getSiteContent } from './site-content';

let cached: Promise<DecisionsContent> | undefined;

async function only<T>(entries: T[], file: string): Promise<T> {
  const [entry] = entries;
  if (!entry || entries.length !== 1) throw new Error(`${file} should exist exactly once`);
  return entry;
}

export function getDecisionsContent(): Promise<DecisionsContent> {
  cached ??= (async () => {
    const rubric = await only(await getCollection('decisionRubric'), 'content/decisions/agent-or-automation.md');
    const deployment = await only(await getCollection('deploymentDecision'), 'content/decisions/deployment.md');
    const content: DecisionsContent = {
      rubric: {
        ...rubric.data,
        questions: [...rubric.data.questions].sort((a, b) => a.order - b.order),
        intro: rubric.body ?? '',
      },
      deployment: {
        ...deployment.data,
        steps: [...deployment.data.steps].sort((a, b) => a.order - b.order),
        intro: deployment.body ?? '',
      },
    };
    const problems = decisionContentProblems(content, (await getSiteContent()).assumptions);
    if (problems.length > 0)
      throw new Error(`Decisions content does not match the cost content:\n${problems.join('\n')}`);
    return content;
  })();
  return cached;
}
