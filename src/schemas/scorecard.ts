import { z } from 'zod';
import { line } from './common';
import { SignOffRoleSchema, strictErrors } from './documents-common';

/** Frontmatter of `content/scorecard/scorecard.md`: the day-one scorecard's wording and options. */
export const ScorecardContentSchema = z.strictObject(
  {
    /** Title printed on the document. */
    title: line(80, 'the document’s title'),
    /** One paragraph under the title, printed on the document. */
    intro: line(400, 'a short introduction'),
    /** Review cadences offered, in order. */
    cadences: z
      .array(line(40, 'a review cadence, e.g. "Monthly"'))
      .min(2, { error: 'should offer at least two cadences' }),
    /** Who signs, in order. */
    signOffRoles: z.array(SignOffRoleSchema).min(1, { error: 'should name at least one sign-off role' }),
  },
  strictErrors,
);

export type ScorecardContentData = z.output<typeof ScorecardContentSchema>;
