import { describe, expect, it } from 'vitest';
import { findMarkdownViolations, formatMarkdownViolations } from '../../src/lib/markdown-rules';

const constructs = (markdown: string) => findMarkdownViolations(markdown).map((v) => v.construct);

describe('allowed Markdown', () => {
  it.each([
    ['headings at levels 2 and 3', '## Plan\n\n### Week one'],
    ['paragraphs with emphasis, strong, links, escapes and breaks', 'A *b* **c** [d](https://example.com) \\* e  \nf'],
    ['site and e-mail links', '[a](/stages/) [b](#top) [c](mailto:a@example.com) [d](../x/)'],
    ['bulleted and numbered lists two levels deep', '- a\n  - b\n- c\n\n1. one\n   1. one-a\n2. two'],
    ['loose lists', '1. one\n\n   more about one\n\n2. two'],
    ['block quotes with lists inside', '> a quote\n>\n> - with a point'],
    ['an empty body', ''],
  ])('%s', (_, markdown) => {
    expect(findMarkdownViolations(markdown)).toEqual([]);
  });
});

describe('refused Markdown', () => {
  it.each([
    ['a level-1 heading', '# Title', ['heading-1']],
    ['an underlined level-1 heading', 'Title\n=====', ['heading-1']],
    ['a level-4 heading', '#### Deep', ['heading-4']],
    ['a script block', '<script>alert(1)</script>', ['html']],
    ['inline HTML', 'a <b>bold</b> move', ['html', 'html']],
    ['a fenced code block', '```\ncode\n```', ['code']],
    ['an indented code block', '    code', ['code']],
    ['inline code', 'run `npm test`', ['codespan']],
    ['a horizontal rule', 'a\n\n---\n\nb', ['hr']],
    ['a table', '| a |\n|---|\n| b |', ['table']],
    ['an image', '![chart](chart.png)', ['image']],
    ['strikethrough', '~~gone~~', ['del']],
    ['a task list', '- [ ] todo', ['checkbox']],
    ['a list three levels deep', '- a\n  - b\n    - c', ['list-depth-3']],
    ['a javascript: link', '[click](javascript:alert(1))', ['link-href']],
    ['a data: link', '[x](data:text/html,hi)', ['link-href']],
    ['a javascript&#58; link (decimal entity)', '[x](javascript&#58;alert(1))', ['link-href']],
    ['a &#x6A;avascript&#x3A; link (hex entities)', '[x](&#x6A;avascript&#x3A;alert(1))', ['link-href']],
    ['a javascript&colon; link (named entity)', '[x](javascript&colon;alert(1))', ['link-href']],
    ['a javascript: link split by a tab entity', '[x](java&#9;script:alert(1))', ['link-href']],
    ['a javascript: autolink', '<javascript:alert(1)>', ['link-href']],
    ['HTML hidden in a list item', '- <img src=x onerror=alert(1)>', ['html']],
    ['code hidden in a quote', '> `x`', ['codespan']],
    ['code hidden in emphasis', '*a `b`*', ['codespan']],
  ])('%s', (_, markdown, expected) => {
    expect(constructs(markdown)).toEqual(expected);
  });

  it('names the file, each construct and what is allowed', () => {
    const message = formatMarkdownViolations(
      'content/stages/x.md',
      findMarkdownViolations('# Big\n\n<script>alert(1)</script>'),
    );
    expect(message).toMatchInlineSnapshot(`
      "content/stages/x.md uses Markdown the site cannot render:
        - a level-1 heading (#) is not allowed ("# Big"): use ## or ### [heading-1]
        - raw HTML is not allowed ("<script>alert(1)</script>"): write Markdown instead (**bold**, *emphasis*, [text](https://…)); raw HTML is never rendered [html]
        Content may use only headings (## and ###), paragraphs, bulleted and numbered lists (up to two levels), block quotes, *emphasis*, **strong**, [links](https://…) and line breaks."
    `);
  });
});
