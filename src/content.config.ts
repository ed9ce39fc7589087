import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { QuestionSchema } from './schemas/question';
import { StageSchema } from './schemas/stage';
import { CostAssumptionsSchema, CostLineItemSchema } from './schemas/cost';
import { PageSchema } from './schemas/page';
import { SourceSchema } from './schemas/source';
import { InvariantSchema } from './schemas/invariant';
import { ReadinessDocumentSchema, ReadinessElementSchema } from './schemas/readiness-definition';
import { ScorecardContentSchema } from './schemas/scorecard';
import { PartnerCommitmentSchema, PartnerVerdictSchema } from './schemas/partner-commitment';
import { DecisionRubricSchema } from './schemas/decision-rubric';
import { DeploymentDecisionSchema } from './schemas/deployment-decision';

// Content lives in the top-level content/ folder so editors never need to open src/.
// Every other content rule (cross-file rules, Markdown, links, placeholders) is checked by
// src/lib/content-check.ts, from the astro.config integration and from src/lib/site-content.ts,
// which every page loads, so they fail the build and show in the dev overlay.
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

const source = defineCollection({
  loader: glob({ pattern: 'source.md', base: './content' }),
  schema: SourceSchema,
});

// The documents a programme signs, and the checks around them (loaded by src/lib/documents-content.ts).
const invariants = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/invariants' }),
  schema: InvariantSchema,
});

const readinessElements = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/readiness-definition/elements' }),
  schema: ReadinessElementSchema,
});

const readinessDocument = defineCollection({
  loader: glob({ pattern: 'document.md', base: './content/readiness-definition' }),
  schema: ReadinessDocumentSchema,
});

const scorecard = defineCollection({
  loader: glob({ pattern: 'scorecard.md', base: './content/scorecard' }),
  schema: ScorecardContentSchema,
});

const partnerCommitments = defineCollection({
  loader: glob({ pattern: '*.md', base: './content/partner-commitments/commitments' }),
  schema: PartnerCommitmentSchema,
});

const partnerVerdict = defineCollection({
  loader: glob({ pattern: 'verdict.md', base: './content/partner-commitments' }),
  schema: PartnerVerdictSchema,
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
  source,
  invariants,
  readinessElements,
  readinessDocument,
  scorecard,
  partnerCommitments,
  partnerVerdict,
  decisionRubric,
  deploymentDecision,
};
