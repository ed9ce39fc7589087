import { z } from 'zod';
import { DollarsSchema, IdSchema, NoteSchema, OrderSchema, line } from './common';

/** Frontmatter of `content/cost/lines/<id>.md`; the body is the line's guidance. */
export const CostLineItemSchema = z
  .strictObject({
    /** Stable id; the file name must match it. Share links and overrides refer to it. */
    id: IdSchema,
    /** Position in the cost table. */
    order: OrderSchema,
    /** Name of the line, e.g. "Workflow build (10 weeks)". */
    label: line(80, 'the line item name'),
    /** Reference low for one unit, whole US dollars. */
    low: DollarsSchema,
    /** Reference high for one unit, whole US dollars. */
    high: DollarsSchema,
    /** What one unit is: the whole programme, each workflow, each agent, or usage (inference). */
    scalesWith: z.enum(['programme', 'workflow', 'agent', 'usage'], {
      error: 'should be one of: programme, workflow, agent, usage',
    }),
    /** build, governance or run; build share counts the build lines. */
    kind: z.enum(['build', 'governance', 'run'], { error: 'should be one of: build, governance, run' }),
    /** Cutting it below the reference low triggers a wrong-cut warning. */
    protected: z.boolean({ error: 'should be true or false' }).default(false),
    /** Whether the deployment multiplier (an assumption) applies to this line. */
    deploymentSensitive: z.boolean({ error: 'should be true or false' }).default(false),
    /** Visitors may leave this line out with a checkbox (e.g. scoping already done). Never on a protected line. */
    removable: z.boolean({ error: 'should be true or false' }).default(false),
    /** For protected lines: why cutting it is a wrong cut, shown in the warning. */
    cutWarning: line(300, 'one sentence on why cutting this line is a wrong cut').optional(),
    /**
     * Optional: one sentence on how this line is this product's reading rather than the source
     * article's (e.g. scaling it by the number of workflows). Shown with an "Our reading" label.
     */
    ourReading: line(300, 'one sentence on what about this line is our reading').optional(),
  })
  .superRefine((item, ctx) => {
    if (item.low > item.high) {
      ctx.addIssue({
        code: 'custom',
        path: ['high'],
        message: `is ${item.high}, below low (${item.low}): high is the top of the reference range, so it must be at least low — swap the two figures if they are the wrong way round`,
      });
    }
  })
  .refine((item) => !(item.protected && item.removable), {
    path: ['removable'],
    error: 'cannot be true on a protected line: cutting a protected line is what the wrong-cut warning is for',
  })
  .refine((item) => !item.protected || item.cutWarning !== undefined, {
    path: ['cutWarning'],
    error: 'is needed on a protected line: one sentence on why cutting it is a wrong cut',
  });

/** An assumed price range per 1,000 tasks for a model tier. */
export const ModelTierSchema = z
  .strictObject({
    /** Stable id, e.g. "fast". */
    id: IdSchema,
    /** Shown name, e.g. "Fast tier". */
    label: line(60, 'the tier name'),
    /** Assumed low price per 1,000 tasks, whole US dollars. */
    perThousandTasksLow: DollarsSchema,
    /** Assumed high price per 1,000 tasks, whole US dollars. */
    perThousandTasksHigh: DollarsSchema,
    /** Why this figure. */
    note: NoteSchema,
  })
  .refine((t) => t.perThousandTasksLow <= t.perThousandTasksHigh, {
    path: ['perThousandTasksHigh'],
    error: 'should be greater than or equal to perThousandTasksLow',
  });

/** An assumed cost multiplier for a deployment option. */
export const DeploymentSchema = z.strictObject({
  /** Stable id, e.g. "public-cloud". */
  id: IdSchema,
  /** Shown name, e.g. "Public cloud". */
  label: line(60, 'the deployment name'),
  /** Percent applied to deployment-sensitive lines; 100 is neutral. */
  multiplierPercent: z
    .number({ error: 'should be a whole percentage, e.g. 100 for neutral' })
    .int({ error: 'should be a whole percentage, e.g. 115' })
    .min(50, { error: 'should be at least 50' })
    .max(400, { error: 'should be at most 400' }),
  /** Why this figure. */
  note: NoteSchema,
});

/** A display currency with an assumed, dated exchange rate. */
export const CurrencySchema = z.strictObject({
  /** ISO 4217 code, e.g. "EUR". */
  code: z.string().regex(/^[A-Z]{3}$/, { error: 'should be a three-letter ISO currency code such as "EUR"' }),
  /** Shown name, e.g. "Euro". */
  label: line(40, 'the currency name'),
  /** Units of this currency per US dollar, e.g. 0.92. */
  ratePerUsd: z
    .number({ error: 'should be a number of units per US dollar, e.g. 0.92' })
    .positive({ error: 'should be more than 0' })
    .max(100_000, { error: 'should be at most 100,000' }),
  /** The date the rate was taken, YYYY-MM-DD. */
  asOf: z.iso.date({ error: 'should be a date written YYYY-MM-DD (in quotes), e.g. "2026-11-01"' }),
  /** Where the rate comes from. */
  note: NoteSchema,
});

/** Frontmatter of `content/cost/assumptions.md`; the body lists sources for the figures. */
export const CostAssumptionsSchema = z
  .strictObject({
    /** Model tiers for inference from volume. */
    modelTiers: z.array(ModelTierSchema).min(1, { error: 'should list at least one model tier' }),
    /** Id of the tier selected by default. */
    defaultModelTier: IdSchema,
    /** Deployment options. */
    deployments: z.array(DeploymentSchema).min(1, { error: 'should list at least one deployment' }),
    /** Id of the deployment selected by default; its multiplier should be 100 (neutral). */
    defaultDeployment: IdSchema,
    /** The share of year one the build usually takes, in percent (the source article's figure). */
    buildShareReference: z
      .strictObject({
        lowPercent: z.number().int().min(0).max(100),
        highPercent: z.number().int().min(0).max(100),
        note: NoteSchema,
        /** "article": the source article's own figure, shown as such; "assumption": ours. */
        basis: z.enum(['article', 'assumption'], { error: 'should be "article" or "assumption"' }).default('article'),
      })
      .refine((r) => r.lowPercent <= r.highPercent, { path: ['highPercent'], error: 'should be at least lowPercent' }),
    /** Display currencies; must include USD at rate 1. */
    currencies: z.array(CurrencySchema).min(1, { error: 'should list at least USD' }),
  })
  .refine((a) => a.modelTiers.some((t) => t.id === a.defaultModelTier), {
    path: ['defaultModelTier'],
    error: 'should be the id of one of the modelTiers',
  })
  .refine((a) => a.deployments.find((d) => d.id === a.defaultDeployment)?.multiplierPercent === 100, {
    path: ['defaultDeployment'],
    error:
      'should be the id of one of the deployments, and that deployment must have multiplierPercent 100 so defaults reproduce the reference',
  })
  .refine((a) => a.currencies.some((c) => c.code === 'USD' && c.ratePerUsd === 1), {
    path: ['currencies'],
    error: 'should include USD with ratePerUsd 1 (amounts are computed in US dollars)',
  });

export type CostLineItemData = z.output<typeof CostLineItemSchema>;
export type CostAssumptionsData = z.output<typeof CostAssumptionsSchema>;
