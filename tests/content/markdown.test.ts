/**
 * Every Markdown body in content/ uses only what the site and the PDF renderer can draw (see
 * src/lib/markdown-rules.ts). Walks the files directly, so pages outside SiteContent are covered too.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT_ROOT, splitFrontmatter } from '../helpers/load-content';
import { findMarkdownViolations, formatMarkdownViolations } from '../../src/lib/markdown-rules';
import { renderMarkdown } from '../../src/lib/markdown';

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
      /^content\/questions\/outcome-metric\.md uses Markdown[\s\S]*raw HTML is not allowed \("<script>/,
    );
  });
});

describe('rendering', () => {
  it.each([['javascript&#58;alert(1)'], ['&#x6A;avascript&#x3A;alert(1)'], ['javascript:alert(1)']])(
    'never renders a live link to %s, even if a check were skipped',
    (href) => {
      const html = renderMarkdown(`[click](${href})`);
      expect(html).not.toContain('<a');
      expect(html).toContain('click');
    },
  );

  it('renders safe links as links', () => {
    expect(renderMarkdown('[the method](/methodology/)')).toContain('<a href="/methodology/">the method</a>');
  });

  it('renders a leading **Our reading:** as a label, and other strong text as strong', () => {
    const html = renderMarkdown('**Our reading:** stop after eight weeks. **Owner: Sponsor.**');
    expect(html).toContain('<span class="tag tag--reading">Our reading</span> stop after eight weeks.');
    expect(html).toContain('<strong>Owner: Sponsor.</strong>');
  });
});
