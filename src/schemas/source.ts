import { z } from 'zod';
import { line } from './common';

/** Frontmatter of `content/source.md`: the article this product's figures and questions come from. */
export const SourceSchema = z.strictObject({
  /** The article's title, exactly as published. */
  title: line(200, 'the title of the source article'),
  /** Who published it, e.g. "Safemode". */
  publisher: line(80, 'the publisher of the source article'),
  /** Publication date, YYYY-MM-DD (in quotes). */
  date: z.iso.date({ error: 'should be the publication date written YYYY-MM-DD (in quotes), e.g. "2026-04-23"' }),
  /** Where to read it; optional. */
  url: z.url({ protocol: /^https$/, error: 'should be the https:// address of the article' }).optional(),
});

export type SourceInput = z.input<typeof SourceSchema>;
export type SourceData = z.output<typeof SourceSchema>;
