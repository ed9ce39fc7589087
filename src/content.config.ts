import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { QuestionSchema } from './schemas/question';
import { StageSchema } from './schemas/stage';
import { CostAssumptionsSchema, CostLineItemSchema } from './schemas/cost';
import { PageSchema } from './schemas/page';
import { SourceSchema } from './schemas/source';

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

export const collections = { questions, stages, costLines, costAssumptions, pages, source };
