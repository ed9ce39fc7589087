/**
 * The numbers in words (`number-words`) read straight from content/pages/site.md at build, for the
 * `{…|words}` placeholder format ("{questions.count|words} questions" → "ten questions"): like the
 * stage rules' words (rule-text.ts), placeholder values are computed before any page's words are
 * resolved, so they cannot come through `getProsePage`. Node only (no Astro imports).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { NUMBER_WORDS_PAGE, NumberWordsSchema } from '../schemas/page';

const FILE = join('content', 'pages', `${NUMBER_WORDS_PAGE}.md`);
const cache = new Map<string, readonly string[]>();

/** site.md's numbers in words, 0 first, from the project at `root` (the build's working folder). */
export function numberWordsFromFile(root = process.cwd()): readonly string[] {
  // Keyed by the file's modification time too, so `npm run dev` picks up an edited word.
  const path = join(root, FILE);
  const key = `${root}\0${statSync(path).mtimeMs}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const source = readFileSync(path, 'utf8');
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const data = parseYaml(frontmatter) as Record<string, unknown> | null;
  const parsed = NumberWordsSchema.safeParse(data?.['number-words']);
  // The content check reports a bad list with its line; this names the file should it be skipped.
  if (!parsed.success) throw new Error(`${FILE}: number-words ${parsed.error.issues[0]?.message ?? 'is not valid'}`);
  cache.set(key, parsed.data);
  return parsed.data;
}
