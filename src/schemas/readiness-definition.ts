import { z } from 'zod';
import { IdSchema, OrderSchema, line } from './common';
import { OurReadingSchema, SignOffRoleSchema, strictErrors } from './documents-common';

/**
 * Frontmatter of `content/readiness-definition/elements/<id>.md`: one element of a written
 * production-readiness definition, with the defaults the builder starts from. The body says why
 * the element is there.
 */
export const ReadinessElementSchema = z.strictObject(
  {
    /** Stable id; stored definitions are keyed by it. */
    id: IdSchema,
    /** Position in the definition, 1 = first. */
    order: OrderSchema,
    /** The element as the article names it, e.g. "Evaluation harness with threshold". */
    label: line(60, 'the element’s name'),
    /** The concrete target the builder starts from. */
    defaultTarget: line(200, 'the default target'),
    /** Whether the default target is our reading rather than the article's own specifics. */
    targetIsOurReading: OurReadingSchema,
    /** The role suggested as owner (the user types a name over it). */
    defaultOwner: line(80, 'the role suggested as owner'),
    /** What evidence would show the target is met (a hint under the evidence field). */
    evidenceHint: line(240, 'a hint on what counts as evidence'),
  },
  strictErrors,
);

/** Frontmatter of `content/readiness-definition/document.md`: the document's wording and sign-off roles. */
export const ReadinessDocumentSchema = z.strictObject(
  {
    /** Title printed on the document. */
    title: line(80, 'the document’s title'),
    /** One paragraph under the title, printed on the document. */
    intro: line(400, 'a short introduction'),
    /** Who signs, in order: a joint review, never a single owner. */
    signOffRoles: z.array(SignOffRoleSchema).min(2, { error: 'should name at least two sign-off roles' }),
  },
  strictErrors,
);

export type ReadinessElementData = z.output<typeof ReadinessElementSchema>;
export type ReadinessDocumentData = z.output<typeof ReadinessDocumentSchema>;
