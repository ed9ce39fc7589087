/**
 * The content the domain works on, as plain data: each type is its schema's output (what the
 * build validated) plus what the loader adds from the Markdown body and the file path. No second,
 * hand-written set of shapes to drift from the schemas. Built from the validated `content/`
 * collections (src/lib/site-content.ts at build time, tests/helpers/load-content.ts in tests).
 *
 * Imported on server and client: types only (the schema imports are erased).
 */
import type { z } from 'zod';
import type {
  CostAssumptionsSchema,
  CostLineItemSchema,
  CurrencySchema,
  DeploymentSchema,
  ModelTierSchema,
} from '../schemas/cost';
import type { QuestionSchema } from '../schemas/question';
import type { StageConditionSchema, StageRuleSchema, StageSchema } from '../schemas/stage';

/** A stable, kebab-case identifier (`outcome-metric`). Stored answers and share links use it. */
export type Id = string;

export type AnswerValue = 'yes' | 'no' | 'unsure';

/** Where an item came from, for error messages: the content file, relative to the project root. */
interface FromFile {
  source: string;
}

export type Question = z.output<typeof QuestionSchema> &
  FromFile & {
    /** Markdown: the longer guidance (body before the "First step" heading). */
    guidance: string;
    /** Markdown: the first step to close this gap (body under the "First step" heading). */
    firstStep: string;
  };

/** A condition on one question: it must be answered Yes, or must not be. */
export type StageCondition = z.output<typeof StageConditionSchema>;

export type StageRule = z.output<typeof StageRuleSchema>;

export type Stage = z.output<typeof StageSchema> &
  FromFile & {
    /** Markdown: the stage-by-stage plan. */
    plan: string;
  };

export type CostLineItem = z.output<typeof CostLineItemSchema> &
  FromFile & {
    /** Markdown: what the line covers and how to think about it. */
    guidance: string;
  };

export type CostScale = CostLineItem['scalesWith'];
export type CostKind = CostLineItem['kind'];

export type ModelTier = z.output<typeof ModelTierSchema>;
export type Deployment = z.output<typeof DeploymentSchema>;
export type Currency = z.output<typeof CurrencySchema>;

export type CostAssumptions = z.output<typeof CostAssumptionsSchema> &
  FromFile & {
    /** Markdown: where the reference figures come from. */
    sources: string;
  };

export interface SiteContent {
  /** Sorted by `order`. */
  questions: Question[];
  /** Sorted by `order`. */
  stages: Stage[];
  /** Sorted by `order`. */
  costLines: CostLineItem[];
  assumptions: CostAssumptions;
}
