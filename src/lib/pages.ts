/**
 * Prose pages from content/pages/ (home, methodology, privacy), looked up by file name. A missing
 * file fails the build with the path to create, rather than rendering an empty page.
 */
import { getEntry } from 'astro:content';
import type { PageData } from '../schemas/page';

export interface ProsePage extends PageData {
  /** Raw Markdown body. */
  body: string;
}

export async function getProsePage(name: 'home' | 'methodology' | 'privacy'): Promise<ProsePage> {
  const entry = await getEntry('pages', name);
  if (!entry)
    throw new Error(`content/pages/${name}.md is missing: create it with a title, a description and the page's prose.`);
  return { ...entry.data, body: entry.body ?? '' };
}
