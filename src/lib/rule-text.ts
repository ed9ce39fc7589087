/**
 * The stage rules' words (RULE_TEXT) read straight from content/pages/assessment.md at build, for
 * the `{stage:<id>.rule}` placeholder: placeholder values are computed before any page's words are
 * resolved, so they cannot come through `getProsePage`. The rule words hold only their own
 * `{slots}`, never placeholders, so the file's text is used as written. Node only (no Astro imports).
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { RULE_TEXT, type RuleText } from '../schemas/page-wording';

const FILE = join('content', 'pages', 'assessment.md');
const cache = new Map<string, RuleText>();

/** assessment.md's rule words, from the project at `root` (the build's working folder). */
export function ruleTextFromFile(root = process.cwd()): RuleText {
  // Keyed by the file's modification time too, so `npm run dev` picks up an edited rule word.
  const path = join(root, FILE);
  const key = `${root}\0${statSync(path).mtimeMs}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const source = readFileSync(path, 'utf8');
  const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1] ?? '';
  const text = ((parseYaml(frontmatter) as { text?: Record<string, unknown> } | null)?.text ?? {}) as Record<
    string,
    unknown
  >;
  const words = Object.fromEntries(
    Object.keys(RULE_TEXT).map((key) => {
      const value = text[key];
      if (typeof value !== 'string') throw new Error(`${FILE}: text.${key} is missing`);
      return [key, value];
    }),
  ) as RuleText;
  cache.set(key, words);
  return words;
}
