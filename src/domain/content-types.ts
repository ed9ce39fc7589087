/**
 * The content the domain works on, as plain data. Built from the validated `content/` collections
 * (src/lib/site-content.ts at build time, tests/helpers/load-content.ts in tests); nothing here
 * knows about Astro, React or the DOM.
 *
 * Imported on server and client: keep it types only.
 */

/** A stable, kebab-case identifier (`outcome-metric`). Stored answers and share links use it. */
export type Id = string;

export type AnswerValue = 'yes' | 'no' | 'unsure';

export interface Question {
  id: Id;
  /** 1-based position in the diagnostic. */
  order: number;
  /** Short label for tables and lists ("Outcome metric"). */
  label: string;
  /** The question as asked. */
  text: string;
  /** One line on why it matters. */
  why: string;
  /** Markdown: the longer guidance (body before the "First step" heading). */
  guidance: string;
  /** Markdown: the first step to close this gap (body under the "First step" heading). */
  firstStep: string;
  /** Content file this came from, for error messages. */
  source: string;
}

/** A condition on one question: it must be answered Yes, or must not be. */
export interface StageCondition {
  question: Id;
  answer: 'yes' | 'not-yes';
}

export interface StageRule {
  /** Inclusive range of Yes answers. */
  minYes: number;
  maxYes: number;
  /** Every condition must hold for the rule to match. */
  when: StageCondition[];
}

export interface Stage {
  id: Id;
  /** 1 = least mature; the ladder is drawn in this order. */
  order: number;
  name: string;
  /** One sentence. */
  summary: string;
  rule: StageRule;
  /** The stage to aim for next, or null at the top. */
  next: Id | null;
  /** Which part of the rule is this product's reading rather than the source's ("Our reading"). */
  ruleReading?: string | undefined;
  /** Markdown: the stage-by-stage plan. */
  plan: string;
  source: string;
}

export type CostScale = 'programme' | 'workflow' | 'agent' | 'usage';
export type CostKind = 'build' | 'governance' | 'run';

export interface CostLineItem {
  id: Id;
  order: number;
  label: string;
  /** Reference range for one unit of `scalesWith`, whole US dollars. */
  low: number;
  high: number;
  scalesWith: CostScale;
  kind: CostKind;
  /** Cutting it below the reference low is a wrong cut (warned about). */
  protected: boolean;
  /** Whether the deployment multiplier applies to this line. */
  deploymentSensitive: boolean;
  /** Visitors may leave it out (never true on a protected line). */
  removable: boolean;
  /** For protected lines: why cutting it is a wrong cut. */
  cutWarning?: string | undefined;
  /** What about this line is this product's reading rather than the source's ("Our reading"). */
  ourReading?: string | undefined;
  /** Markdown: what the line covers and how to think about it. */
  guidance: string;
  source: string;
}

export interface ModelTier {
  id: Id;
  label: string;
  /** Assumed price per 1,000 tasks, whole US dollars. */
  perThousandTasksLow: number;
  perThousandTasksHigh: number;
  note: string;
}

export interface Deployment {
  id: Id;
  label: string;
  /** Assumed multiplier on deployment-sensitive lines, in percent (100 = neutral). */
  multiplierPercent: number;
  note: string;
}

export interface Currency {
  /** ISO 4217 code. */
  code: string;
  label: string;
  /** Units of this currency per US dollar. */
  ratePerUsd: number;
  /** Date the rate was taken (YYYY-MM-DD). */
  asOf: string;
  note: string;
}

export interface CostAssumptions {
  modelTiers: ModelTier[];
  defaultModelTier: Id;
  deployments: Deployment[];
  defaultDeployment: Id;
  /** Share of year one the build usually takes, percent. */
  buildShareReference: {
    lowPercent: number;
    highPercent: number;
    note: string;
    /** "article": the source article's own figure (not an assumption). */
    basis?: 'article' | 'assumption';
  };
  currencies: Currency[];
  /** Markdown: where the reference figures come from. */
  sources: string;
  source: string;
}

export interface SiteContent {
  /** Sorted by `order`. */
  questions: Question[];
  /** Sorted by `order`. */
  stages: Stage[];
  /** Sorted by `order`. */
  costLines: CostLineItem[];
  assumptions: CostAssumptions;
}
