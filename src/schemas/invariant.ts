import { z } from 'zod';
import { IdSchema, OrderSchema, line } from './common';
import { OurReadingSchema, strictErrors } from './documents-common';

/**
 * Frontmatter of `content/invariants/<id>.md`, one file per invariant of a production system. The
 * body says what the invariant is.
 */
export const InvariantSchema = z.strictObject(
  {
    /** Stable id; the file name must match it. Stored self-check answers are keyed by it. */
    id: IdSchema,
    /** Position on the page, 1 = first. */
    order: OrderSchema,
    /** The invariant's name, e.g. "Evaluation harness". */
    title: line(60, 'the invariant’s name, e.g. "Evaluation harness"'),
    /** One line: what it is. */
    summary: line(240, 'one line on what the invariant is'),
    /** What "done" looks like: the article's specifics, one per item. */
    done: z
      .array(line(240, 'one thing "done" includes'), { error: 'should be a list of what "done" looks like' })
      .min(1, { error: 'should list at least one thing "done" includes' }),
    /** Whether `done` is our wording rather than the article's specifics. */
    doneIsOurReading: OurReadingSchema,
    /** Diagnostic question ids that bear on this invariant (each must exist in content/questions/). */
    questions: z.array(IdSchema).min(1, { error: 'should name at least one diagnostic question id' }),
  },
  strictErrors,
);

export type InvariantInput = z.input<typeof InvariantSchema>;
export type InvariantData = z.output<typeof InvariantSchema>;
