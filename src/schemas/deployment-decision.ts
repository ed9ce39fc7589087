import { z } from 'zod';
import { IdSchema, OrderSchema, line } from './common';
import { ClaimSourceSchema, TitledTextSchema } from './decision-rubric';

/** A place the system can run. */
export const DeploymentOptionSchema = z.strictObject({
  /** Stable id; saved decisions refer to it. */
  id: IdSchema,
  /** Shown name. */
  label: line(60, 'the option name'),
  /** The cost calculator's deployment id this option is priced as (content/cost/assumptions.md). */
  costDeployment: IdSchema,
  /** Whether frontier models run here at frontier scale. */
  frontierAtScale: z.boolean({ error: 'should be true or false' }),
});

/** One answer to a step; it may rule options out, and then says why. */
export const DeploymentChoiceSchema = z
  .strictObject({
    /** Stable id; saved decisions refer to it. */
    id: IdSchema,
    /** The answer as the visitor reads it. */
    label: line(160, 'the answer'),
    /** Ids of the options this answer rules out. */
    eliminates: z.array(IdSchema),
    /** Why, in one sentence; needed when it rules anything out. */
    reason: line(400, 'one sentence on why these options are ruled out').optional(),
    /** Whether the source says so, or we read it so. */
    source: ClaimSourceSchema.optional(),
  })
  .refine((c) => c.eliminates.length === 0 || (c.reason !== undefined && c.source !== undefined), {
    path: ['reason'],
    error: 'is needed, with a source, when the answer rules options out',
  });

/** One step of the framework, in the source's order. */
export const DeploymentStepSchema = z.strictObject({
  /** Stable id; saved decisions refer to it. */
  id: IdSchema,
  /** Position in the framework. */
  order: OrderSchema,
  /** The step's name, from the source. */
  title: line(60, 'the step name'),
  /** The question as asked. */
  question: line(160, 'the question'),
  /** One line of help. */
  hint: line(240, 'one line of help'),
  /** Two to five answers. */
  choices: z.array(DeploymentChoiceSchema).min(2).max(5),
});

/** Frontmatter of `content/decisions/deployment.md`; the body is the page's intro. */
export const DeploymentDecisionSchema = z
  .strictObject({
    /** The page title. */
    title: line(60, 'the page title'),
    /** The options, in the order shown. */
    options: z.array(DeploymentOptionSchema).min(2).max(6),
    /** The calculator's model tiers that count as frontier models. */
    frontierTiers: z.array(IdSchema),
    /** The steps, in the source's order. */
    steps: z.array(DeploymentStepSchema).min(1).max(8),
    /** Tie-break among options still standing: every option id, first preferred. */
    prefer: z.array(IdSchema),
    preferNote: line(400, 'a note starting "Our reading:"'),
    /** What to do when no option passes every step. */
    hybrid: z.strictObject({
      summary: line(300, 'one sentence'),
      patterns: z.array(TitledTextSchema).min(1).max(6),
      note: line(400, 'a note starting "Our reading:"'),
    }),
    /** The calculator's warnings; placeholders are listed in src/domain/decision-content.ts. */
    warnings: z.strictObject({ frontierOnPrem: TitledTextSchema, eliminatedDeployment: TitledTextSchema }),
  })
  .superRefine((d, ctx) => {
    const ids = d.options.map((o) => o.id);
    if (new Set(ids).size !== ids.length)
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'should have a different id for each option' });
    if (d.prefer.length !== ids.length || !ids.every((id) => d.prefer.includes(id)))
      ctx.addIssue({
        code: 'custom',
        path: ['prefer'],
        message: `should list every option id once: ${ids.join(', ')}`,
      });
    d.steps.forEach((step, s) =>
      step.choices.forEach((choice, c) =>
        choice.eliminates.forEach((id, e) => {
          if (!ids.includes(id))
            ctx.addIssue({
              code: 'custom',
              path: ['steps', s, 'choices', c, 'eliminates', e],
              message: `"${id}" is not one of the options: ${ids.join(', ')}`,
            });
        }),
      ),
    );
  });

export type DeploymentDecisionData = z.output<typeof DeploymentDecisionSchema>;
