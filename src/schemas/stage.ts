import { z } from 'zod';
import { IdSchema, OrderSchema, line } from './common';

const YesCountSchema = z
  .number({ error: 'should be a number of Yes answers, e.g. 4' })
  .int({ error: 'should be a whole number of Yes answers' })
  .min(0, { error: 'should be 0 or more' })
  .max(99, { error: 'should be at most 99' });

/** A condition on one question's answer. */
export const StageConditionSchema = z.strictObject({
  /** The id of a question in content/questions/. */
  question: IdSchema,
  /** "yes": it must be answered Yes; "not-yes": it must be No or Not sure. */
  answer: z.enum(['yes', 'not-yes'], { error: 'should be "yes" or "not-yes"' }),
});

/** When this stage applies: a Yes-count range and optional conditions on named questions. */
export const StageRuleSchema = z
  .strictObject({
    /** Fewest Yes answers for this stage (inclusive). */
    minYes: YesCountSchema,
    /** Most Yes answers for this stage (inclusive). */
    maxYes: YesCountSchema,
    /** Conditions that must all hold, e.g. `[{ question: production-owner, answer: yes }]`. */
    when: z.array(StageConditionSchema).max(10).default([]),
  })
  .refine((rule) => rule.minYes <= rule.maxYes, {
    path: ['maxYes'],
    error: 'should be greater than or equal to minYes',
  });

/** Frontmatter of `content/stages/<id>.md`; the body is the stage's plan. */
export const StageSchema = z.strictObject({
  /** Stable id; the file name must match it. */
  id: IdSchema,
  /** Position on the ladder, 1 = least mature. */
  order: OrderSchema,
  /** Stage name as shown, e.g. "Distributed delivery". */
  name: line(60, 'the stage name'),
  /** One sentence describing a programme at this stage. */
  summary: line(300, 'a one-sentence summary'),
  /** Which answer patterns land here. */
  rule: StageRuleSchema,
  /**
   * Optional: one sentence saying which part of this rule is this product's reading rather than the
   * source article's. Shown beside the rule with an "Our reading" label and listed on /methodology/.
   */
  ruleReading: line(300, 'one sentence on which part of the rule is our reading').optional(),
  /** Id of the stage to aim for next; `null` for the top stage. */
  next: z.union([IdSchema, z.null()], {
    error: 'should be the id of the stage to aim for next in quotes, or null on the top stage (write: next: null)',
  }),
});

export type StageData = z.output<typeof StageSchema>;
