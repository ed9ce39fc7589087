/**
 * A content page's frontmatter read straight from its file at build, for words that placeholder
 * values need before any page's words are resolved (so they cannot come through `getProsePage`):
 * the stage rules' words (rule-text.ts) and the numbers in words (number-words.ts). Cached by the
 * file's modification time too, so `npm run dev` picks up an edit. Node only (no Astro imports).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';

const cache = new Map<string, unknown>();

/**
 * `read` applied to the frontmatter of `file` (a path from the project root) in the project at
 * `root`, computed once per version of the file.
 */
export function fromFrontmatter<T>(root: string, file: string, read: (data: Record<string, unknown>) => T): T {
  const path = join(root, file);
  const key = `${path}\0${statSync(path).mtimeMs}`;
  if (cache.has(key)) return cache.get(key) as T;
  const source = readFileSync(path, 'utf8');
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const value = read((parseYaml(frontmatter) as Record<string, unknown> | null) ?? {});
  cache.set(key, value);
  return value;
}
