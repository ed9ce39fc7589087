// The content rule for quotation marks (src/lib/typography-rules.ts): what it flags, with which
// line and field, and what it leaves alone (typographic quotes, YAML's own delimiters, comments,
// link addresses, and raw HTML, which its own rule refuses).
import { describe, expect, it } from 'vitest';
import { findStraightQuotes } from '../../src/lib/typography-rules';

/** The rule on a file of this frontmatter and body; the body starts after the closing `---`. */
const check = (frontmatter: string, body: string) =>
  findStraightQuotes(`---\n${frontmatter}\n---\n\n${body}\n`, frontmatter.split('\n').length + 3);

describe('straight quotes in content', () => {
  it('passes typographic quotes, YAML delimiters, comments, link addresses and HTML attributes', () => {
    const problems = check(
      [
        '# The site\'s words: "x" in a comment is an editor\'s note.',
        'title: "The sponsor’s “number”"',
        "label: 'Plain'",
        'choices:',
        '  - "Weekly"',
        'list: "What each one is, and what “done” looks like"',
      ].join('\n'),
      'It isn’t “agreed” until [it is](https://example.org/it\'s "a title") written <b class="x">down</b>.',
    );
    expect(problems).toEqual([]);
  });

  it('flags each straight apostrophe and quotation with its line and field', () => {
    const problems = check(
      ['title: "The sponsor\'s \\"number\\""', 'why: \'A "mostly agreed" metric\'', 'text: A plain "quote"'].join('\n'),
      'Intro.\n\nIt isn\'t "agreed" yet.',
    );
    expect(problems.map(({ line, field, message }) => `${line} ${field}: ${message.split(':')[0]}`)).toEqual([
      '2 title: has a straight apostrophe in "sponsor\'s"',
      '2 title: has straight quotation marks around "number"',
      '3 why: has straight quotation marks around "mostly agreed"',
      '4 text: has straight quotation marks around "quote"',
      '9 body: has a straight apostrophe in "isn\'t"',
      '9 body: has straight quotation marks around "agreed"',
    ]);
  });

  it('names the field of a list item or a nested key by its own key', () => {
    const problems = check(['labels:', '  no-script: "Needs JavaScript; it\'s off"'].join('\n'), 'Body.');
    expect(problems).toMatchObject([{ line: 3, field: 'no-script' }]);
  });
});
