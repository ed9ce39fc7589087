import { z } from 'zod';

/** Turns "unknown field" issues into a hint on how to fix them, as the other content schemas do. */
export const strictErrors = {
  error: (issue: z.core.$ZodRawIssue) =>
    issue.code === 'unrecognized_keys'
      ? `unknown field(s) ${(issue as { keys: string[] }).keys.join(', ')}: remove them or check the spelling`
      : undefined,
};

/**
 * True when the entry's wording is this product's interpretation rather than the source article's
 * own words or figures; the site then labels it "Our reading".
 */
export const OurReadingSchema = z.boolean({ error: 'should be true or false: is this our reading of the article?' });

/** A sign-off role on a signable document, e.g. "Business sponsor". */
export const SignOffRoleSchema = z.strictObject({
  /** Stable id; stored sign-offs are keyed by it. */
  id: z
    .string({ error: 'should be a kebab-case id, e.g. "business-sponsor"' })
    .regex(/^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/, { error: 'should be kebab-case, e.g. "business-sponsor"' }),
  /** The role as printed beside the signature line. */
  label: z.string().trim().min(1, { error: 'should not be empty: write the role' }).max(60),
});
