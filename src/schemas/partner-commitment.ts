import { z } from 'zod';
import { IdSchema, OrderSchema, line } from './common';
import { OurReadingSchema, strictErrors } from './documents-common';

/** Frontmatter of `content/partner-commitments/commitments/<id>.md`: one commitment a partner should make. */
export const PartnerCommitmentSchema = z.strictObject(
  {
    /** Stable id; stored checklists are keyed by it. */
    id: IdSchema,
    /** Position in the checklist, 1 = first. */
    order: OrderSchema,
    /** The commitment, as the article states it. */
    commitment: line(160, 'the commitment'),
    /** What to ask the partner for when the proposal lacks it. */
    askFor: line(300, 'what to ask the partner for'),
    /** Whether `askFor` is our wording rather than the article's. */
    askIsOurReading: OurReadingSchema,
  },
  strictErrors,
);

/** Frontmatter of `content/partner-commitments/verdict.md`: the two verdicts and the rule between them. */
export const PartnerVerdictSchema = z.strictObject(
  {
    /** The article's verdict when every commitment is in the proposal. */
    system: line(80, 'the verdict when every commitment is there'),
    /** The article's verdict otherwise. */
    pilot: line(80, 'the verdict when a commitment is missing'),
    /** One line on how the verdict is reached. */
    rule: line(300, 'how the verdict is reached'),
    /** Whether the rule is our reading of the article. */
    ruleIsOurReading: OurReadingSchema,
  },
  strictErrors,
);

export type PartnerCommitmentData = z.output<typeof PartnerCommitmentSchema>;
export type PartnerVerdictData = z.output<typeof PartnerVerdictSchema>;
