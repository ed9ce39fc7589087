/**
 * The numbers in words (`number-words`) read straight from content/pages/site.md at build, for the
 * `{…|words}` placeholder format ("{questions.count|words} questions" → "ten questions"): like the
 * stage rules' words (rule-text.ts), placeholder values are computed before any page's words are
 * resolved, so they cannot come through `getProsePage`. Node only (no Astro imports).
 */
import { join } from 'node:path';
import { NUMBER_WORDS_PAGE, NumberWordsSchema } from '../schemas/page';
import { fromFrontmatter } from './frontmatter-at-build';

const FILE = join('content', 'pages', `${NUMBER_WORDS_PAGE}.md`);

/** site.md's numbers in words, 0 first, from the project at `root` (the build's working folder). */
export function numberWordsFromFile(root = process.cwd()): readonly string[] {
  return fromFrontmatter(root, FILE, (data) => {
    const parsed = NumberWordsSchema.safeParse(data['number-words']);
    // The content check reports a bad list with its line; this names the file should it be skipped.
    if (!parsed.success) throw new Error(`${FILE}: number-words ${parsed.error.issues[0]?.message ?? 'is not valid'}`);
    return parsed.data;
  });
}
