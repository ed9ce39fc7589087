/**
 * Reads the content folder from disk and runs every content check on it (Node only: the build,
 * the dev server, `npm run check:content` and the tests). Reading the files directly, rather than
 * through Astro's collections, is what lets problems carry real line numbers and lets the dev
 * server show them in the browser as soon as a file is saved.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkContentFiles, formatProblems, type ContentCheckResult, type ContentFile } from './content-check';

export { formatProblems };

export function readContentFiles(projectRoot: string, contentDir = 'content'): ContentFile[] {
  const dir = join(projectRoot, contentDir);
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.md'))
    .map((file) => {
      const path = join(dir, file);
      return { path: relative(projectRoot, path).split(sep).join('/'), text: readFileSync(path, 'utf8') };
    });
}

export function checkContentDir(projectRoot: string, contentDir = 'content'): ContentCheckResult {
  return checkContentFiles(readContentFiles(projectRoot, contentDir), contentDir);
}

/** Thrown when content breaks a rule; its message lists every problem, one per line. */
export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

/** Checks the content folder and throws a ContentCheckError listing every problem, if any. */
export function assertContentValid(projectRoot: string, contentDir = 'content'): ContentCheckResult {
  const result = checkContentDir(projectRoot, contentDir);
  if (result.problems.length > 0) throw new ContentCheckError(formatProblems(result.problems));
  return result;
}
