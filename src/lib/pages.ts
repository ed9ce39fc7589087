/**
 * Prose pages from content/pages/ (home, methodology, privacy), looked up by file name, with
 * placeholders resolved. A missing file fails the build with the path to create, rather than
 * rendering an empty page.
 */
import { getEntry } from 'astro:content';
import type { PageData } from '../schemas/page';
import { getSiteContent } from './site-content';
import { placeholderValues, resolvePlaceholders } from './placeholders';

export interface ProsePage extends PageData {
  /** Markdown body, placeholders resolved. */
  body: string;
}

export async function getProsePage(
  name: 'home' | 'methodology' | 'privacy' | 'documents' | 'decisions',
): Promise<ProsePage> {
  const entry = await getEntry('pages', name);
  if (!entry)
    throw new Error(`content/pages/${name}.md is missing: create it with a title, a description and the page's prose.`);
  const values = placeholderValues(await getSiteContent());
  const resolve = (text: string) => resolvePlaceholders(text, values).text;
  return {
    title: resolve(entry.data.title),
    description: resolve(entry.data.description),
    body: resolve(entry.body ?? ''),
  };
}
