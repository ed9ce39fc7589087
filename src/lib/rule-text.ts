/**
 * The stage rules' words (RULE_TEXT) read straight from content/pages/assessment.md at build, for
 * the `{stage:<id>.rule}` placeholder: placeholder values are computed before any page's words are
 * resolved, so they cannot come through `getProsePage`. The rule words hold only their own
 * `{slots}`, never placeholders, so the file's text is used as written. Node only (no Astro imports).
 */
import { join } from 'node:path';
import { RULE_TEXT, type RuleText } from '../schemas/page-wording';
import { fromFrontmatter } from './frontmatter-at-build';

const FILE = join('content', 'pages', 'assessment.md');

/** assessment.md's rule words, from the project at `root` (the build's working folder). */
export function ruleTextFromFile(root = process.cwd()): RuleText {
  return fromFrontmatter(root, FILE, (data) => {
    const text = (data.text ?? {}) as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(RULE_TEXT).map((key) => {
        const value = text[key];
        if (typeof value !== 'string') throw new Error(`${FILE}: text.${key} is missing`);
        return [key, value];
      }),
    ) as RuleText;
  });
}
