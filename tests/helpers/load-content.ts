/**
 * Reads a content folder from disk and runs the same checks as the build (src/lib/content-check.ts),
 * so tests see exactly the content — placeholders resolved — and the problems the site would.
 */
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkContentDir, formatProblems } from '../../src/lib/content-files';
import type { ContentCheckResult } from '../../src/lib/content-check';
import type { SiteContent } from '../../src/domain/content-types';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** Splits `---\nyaml\n---\nbody` into frontmatter data and body. */
export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: parseYaml(match[1] ?? '') ?? {}, body: match[2] ?? '' };
}

/** Every problem in a content folder (default: the real content/), and the content if there are none. */
export function checkContent(contentRoot = join(PROJECT_ROOT, 'content')): ContentCheckResult {
  return checkContentDir(PROJECT_ROOT, relative(PROJECT_ROOT, contentRoot));
}

/** The content as the site sees it; throws with every problem listed, as the build does. */
export function loadSiteContent(contentRoot?: string): SiteContent {
  const { problems, content } = checkContent(contentRoot);
  if (problems.length > 0 || !content) throw new Error(formatProblems(problems));
  return content;
}
