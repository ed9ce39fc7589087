import { z } from 'zod';
import { IdSchema, OrderSchema, line } from './common';

/**
 * Frontmatter of `content/questions/<id>.md`. The body holds the guidance, then a
 * `## First step` section used in plans (checked by the content integrity rules).
 */
export const QuestionSchema = z.strictObject(
  {
    /** Stable id; the file name must match it. Stored answers are keyed by it. */
    id: IdSchema,
    /** Position in the diagnostic, 1 = asked first. */
    order: OrderSchema,
    /** Short label for tables and lists, e.g. "Outcome metric". */
    label: line(40, 'a short label such as "Outcome metric"'),
    /** The yes/no question exactly as asked. */
    text: line(200, 'the question as asked').refine((s) => s.endsWith('?'), {
      error: 'should be a question ending in "?"',
    }),
    /** One line on why the question matters. */
    why: line(240, 'one line on why this question matters'),
  },
  {
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field(s) ${issue.keys.join(', ')}: remove them or check the spelling`
        : undefined,
  },
);

export type QuestionData = z.output<typeof QuestionSchema>;
