import { z } from 'zod';
import { line } from './common';

/** Frontmatter of `content/pages/<name>.md` (home, privacy, methodology prose). */
export const PageSchema = z.strictObject({
  /** The page's h1 and <title>. */
  title: line(80, 'the page title'),
  /** Meta description for search results, one or two sentences. */
  description: line(200, 'a short description for search results'),
});

export type PageData = z.output<typeof PageSchema>;
