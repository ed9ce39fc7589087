/**
 * Markdown → react-pdf elements: each construct content may use (src/lib/markdown-rules.ts) maps
 * to the expected primitives. The tree is inspected directly, without rendering a PDF.
 */
import { isValidElement, type ReactNode } from 'react';
import { Link, Text, View } from '@react-pdf/renderer';
import { describe, expect, it } from 'vitest';
import { markdownToPdf } from '../../src/report/markdown-to-pdf';
import { styles } from '../../src/report/styles';

type Shape = string | { type: string; children: Shape[]; src?: string };

const NAMES = new Map<unknown, string>([
  [Text, 'Text'],
  [View, 'View'],
  [Link, 'Link'],
]);

/** Element tree → plain shape: primitive names, link targets and text, empty strings dropped. */
function shape(node: ReactNode): Shape[] {
  if (node === null || node === undefined || typeof node === 'boolean') return [];
  if (typeof node === 'string' || typeof node === 'number') return String(node) ? [String(node)] : [];
  if (Array.isArray(node)) return node.flatMap(shape);
  if (!isValidElement<{ children?: ReactNode; src?: string }>(node)) return [];
  const type = NAMES.get(node.type) ?? String(node.type);
  const children = shape(node.props.children);
  return [node.props.src ? { type, src: node.props.src, children } : { type, children }];
}

const md = (markdown: string, options = {}) => shape(markdownToPdf(markdown, options));

describe('markdownToPdf', () => {
  it.each([
    ['a paragraph', 'Plain text.', [{ type: 'Text', children: ['Plain text.'] }]],
    [
      'strong and emphasis, nested',
      'A **bold _and em_** word.',
      [
        {
          type: 'Text',
          children: ['A ', { type: 'Text', children: ['bold ', { type: 'Text', children: ['and em'] }] }, ' word.'],
        },
      ],
    ],
    [
      'an absolute link',
      'See [the guide](https://example.org/guide).',
      [
        {
          type: 'Text',
          children: ['See ', { type: 'Link', src: 'https://example.org/guide', children: ['the guide'] }, '.'],
        },
      ],
    ],
    ['a line break', 'one  \ntwo', [{ type: 'Text', children: ['one', '\n', 'two'] }]],
    ['raw HTML, as text only', 'a <b>b</b>', [{ type: 'Text', children: ['a ', 'b'] }]],
    [
      'a block quote',
      '> Quoted **bit**.',
      [{ type: 'View', children: [{ type: 'Text', children: ['Quoted ', { type: 'Text', children: ['bit'] }, '.'] }] }],
    ],
  ] as [string, string, Shape[]][])('%s', (_name, markdown, expected) => {
    expect(md(markdown)).toEqual(expected);
  });

  it('draws headings as Text that keeps room below it, ## as the larger style', () => {
    const [h2, h3] = markdownToPdf('## Big\n\n### Small');
    expect(shape(h2)).toEqual([{ type: 'Text', children: ['Big'] }]);
    expect(h2!.props).toMatchObject({ style: styles.h3, minPresenceAhead: expect.any(Number) });
    expect(h3!.props).toMatchObject({ style: styles.h4 });
  });

  it('draws lists two levels deep with bullets, dashes and numbers from the list start', () => {
    const out = md('3. first\n   - inner a\n   - inner b\n4. second');
    expect(out).toEqual([
      {
        type: 'View',
        children: [
          {
            type: 'View',
            children: [
              { type: 'Text', children: ['3.'] },
              {
                type: 'View',
                children: [
                  { type: 'Text', children: ['first'] },
                  {
                    type: 'View',
                    children: [
                      {
                        type: 'View',
                        children: [
                          { type: 'Text', children: ['–'] },
                          { type: 'View', children: [{ type: 'Text', children: ['inner a'] }] },
                        ],
                      },
                      {
                        type: 'View',
                        children: [
                          { type: 'Text', children: ['–'] },
                          { type: 'View', children: [{ type: 'Text', children: ['inner b'] }] },
                        ],
                      },
                    ],
                  },
                ],
              },
            ],
          },
          {
            type: 'View',
            children: [
              { type: 'Text', children: ['4.'] },
              { type: 'View', children: [{ type: 'Text', children: ['second'] }] },
            ],
          },
        ],
      },
    ]);
    expect(md('- one')).toEqual([
      {
        type: 'View',
        children: [
          {
            type: 'View',
            children: [
              { type: 'Text', children: ['•'] },
              { type: 'View', children: [{ type: 'Text', children: ['one'] }] },
            ],
          },
        ],
      },
    ]);
  });

  it('makes site links absolute with a resolver, and prints them as text without one', () => {
    const resolveHref = (href: string) => new URL(href, 'https://readiness.example').href;
    expect(md('[method](/methodology/)', { resolveHref })).toEqual([
      {
        type: 'Text',
        children: [{ type: 'Link', src: 'https://readiness.example/methodology/', children: ['method'] }],
      },
    ]);
    expect(md('[method](/methodology/)')).toEqual([
      { type: 'Text', children: [{ type: 'Text', children: ['method'] }] },
    ]);
  });

  it('renders every real content Markdown without falling back to plain text', async () => {
    const { loadSiteContent } = await import('../helpers/load-content');
    const content = loadSiteContent();
    const sources = [
      ...content.questions.flatMap((q) => [q.guidance, q.firstStep]),
      ...content.stages.map((s) => s.plan),
      content.assumptions.sources,
    ];
    for (const source of sources) {
      const flat = JSON.stringify(md(source));
      // Markdown syntax left in the output would mean a construct was not mapped.
      expect(flat).not.toMatch(/\*\*|__|\]\(|^#|\n#/);
    }
  });
});
