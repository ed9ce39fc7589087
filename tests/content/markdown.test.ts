/**
 * Every Markdown body in content/ uses only what the site and the PDF renderer can draw (see
 * src/lib/markdown-rules.ts). Walks the files directly, so pages outside SiteContent are covered too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, splitFrontmatter } from '../helpers/load-content';
import { findMarkdownViolations, formatMarkdownViolations } from '../../src/lib/markdown-rules';

const CONTENT_ROOT = join(PROJECT_ROOT, 'content');

const markdownFiles = readdirSync(CONTENT_ROOT, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.md'))
  .sort()
  .map((file) => relative(PROJECT_ROOT, join(CONTENT_ROOT, file)));

describe('content Markdown', () => {
  it('finds every content file (10 questions, 5 stages, 7 cost lines, assumptions, pages)', () => {
    expect(markdownFiles.length).toBeGreaterThanOrEqual(23);
  });

  it.each(markdownFiles)('%s uses only the allowed constructs', (file) => {
    const { body } = splitFrontmatter(readFileSync(join(PROJECT_ROOT, file), 'utf8'));
    const violations = findMarkdownViolations(body);
    // Throwing the formatted message (rather than comparing arrays) names the file and construct in the report.
    if (violations.length > 0) throw new Error(formatMarkdownViolations(file, violations));
  });

  it('would reject a <script> in a content body, naming the file', () => {
    const body = 'Some guidance.\n\n<script>alert("x")</script>\n';
    expect(formatMarkdownViolations('content/questions/outcome-metric.md', findMarkdownViolations(body))).toMatch(
      /^content\/questions\/outcome-metric\.md uses Markdown[\s\S]*raw HTML \[html\]: <script>/,
    );
  });
});
