import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { QuestionSchema } from './schemas/question';
import { StageSchema } from './schemas/stage';
import { CostAssumptionsSchema, CostLineItemSchema } from './schemas/cost';
import { PageSchema } from './schemas/page';
import { DecisionRubricSchema } from './schemas/decision-rubric';
import { DeploymentDecisionSchema } from './schemas/deployment-decision';

// Content lives in the top-level content/ folder so editors never need to open src/.
// Cross-file rules (unique ids, stage coverage, known question ids) are checked in
// src/lib/site-content.ts, which every page loads, so they fail the build too.
const questions = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/questions' }),
  schema: QuestionSchema,
});

const stages = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/stages' }),
  schema: StageSchema,
});

const costLines = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/cost/lines' }),
  schema: CostLineItemSchema,
});

const costAssumptions = defineCollection({
  loader: glob({ pattern: 'assumptions.md', base: './content/cost' }),
  schema: CostAssumptionsSchema,
});

const pages = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/pages' }),
  schema: PageSchema,
});

const decisionRubric = defineCollection({
  loader: glob({ pattern: 'agent-or-automation.md', base: './content/decisions' }),
  schema: DecisionRubricSchema,
});

const deploymentDecision = defineCollection({
  loader: glob({ pattern: 'deployment.md', base: './content/decisions' }),
  schema: DeploymentDecisionSchema,
});

export const collections = {
  questions,
  stages,
  costLines,
  costAssumptions,
  pages,
  decisionRubric,
  deploymentDecision,
};
