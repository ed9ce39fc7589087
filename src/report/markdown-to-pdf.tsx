/**
 * Content Markdown drawn with react-pdf primitives: `marked`'s lexer tokens walked into
 * Text/View/Link. Covers exactly what src/lib/markdown-rules.ts allows (headings, paragraphs,
 * ordered and unordered lists two levels deep, block quotes, emphasis, strong, links, line
 * breaks); the content tests refuse anything else, so the fallbacks below only keep a stray
 * construct readable as plain text instead of dropping it.
 *
 * Plain functions that return elements (not components), so tests can inspect the tree directly.
 */
import type { ReactElement, ReactNode } from 'react';
import { Link, Text, View } from '@react-pdf/renderer';
import { Lexer, type Token, type Tokens } from 'marked';
import { HEADING_PRESENCE_AHEAD, styles } from './styles';

export interface MarkdownPdfOptions {
  /** Turns a site-relative href ("/methodology/") into an absolute URL; without it such links print as text. */
  resolveHref?: (href: string) => string | null;
  /** Added to heading depth: content ## (depth 2) renders as h3 by default (offset 1). */
  headingOffset?: number;
}

const ABSOLUTE = /^(?:https?:|mailto:)/i;

function hrefFor(href: string, options: MarkdownPdfOptions): string | null {
  const trimmed = href.trim();
  if (ABSOLUTE.test(trimmed)) return trimmed;
  return options.resolveHref ? options.resolveHref(trimmed) : null;
}

/** Inline tokens → strings and nested Text/Link elements (valid children of a Text). */
export function inlineToPdf(
  tokens: readonly Token[] | undefined,
  options: MarkdownPdfOptions,
  keyPrefix = 'i',
): ReactNode[] {
  return (tokens ?? []).map((token, i): ReactNode => {
    const key = `${keyPrefix}${i}`;
    switch (token.type) {
      case 'strong':
        return (
          <Text key={key} style={styles.strong}>
            {inlineToPdf(token.tokens, options, `${key}.`)}
          </Text>
        );
      case 'em':
        return (
          <Text key={key} style={styles.em}>
            {inlineToPdf(token.tokens, options, `${key}.`)}
          </Text>
        );
      case 'link': {
        const link = token as Tokens.Link;
        const children = inlineToPdf(link.tokens, options, `${key}.`);
        const src = hrefFor(link.href, options);
        return src ? (
          <Link key={key} src={src} style={styles.link}>
            {children}
          </Link>
        ) : (
          <Text key={key}>{children}</Text>
        );
      }
      case 'br':
        return '\n';
      case 'text':
        // Text inside a tight list item carries its own inline tokens.
        return 'tokens' in token && token.tokens?.length
          ? inlineToPdf(token.tokens, options, `${key}.`)
          : (token as Tokens.Text).text;
      case 'escape':
      case 'codespan':
        return (token as Tokens.Escape | Tokens.Codespan).text;
      default:
        // Not allowed in content (raw HTML, images…): keep whatever text it has, never markup.
        return 'text' in token && typeof token.text === 'string' ? token.text.replace(/<[^>]*>/g, '') : '';
    }
  });
}

function listToPdf(list: Tokens.List, depth: number, options: MarkdownPdfOptions, key: string): ReactElement {
  const start = typeof list.start === 'number' ? list.start : 1;
  return (
    <View key={key} style={depth === 1 ? styles.mdList : undefined}>
      {list.items.map((item, i) => (
        // A short item stays on one page; a long one may break between its paragraphs.
        <View key={`${key}.${i}`} style={styles.mdItem} wrap={item.raw.length > 400}>
          <Text style={depth === 1 ? styles.mdMarker : styles.mdMarkerNested}>
            {list.ordered ? `${start + i}.` : depth === 1 ? '•' : '–'}
          </Text>
          <View style={styles.mdItemBody}>{blocksToPdf(item.tokens, options, depth, `${key}.${i}.`)}</View>
        </View>
      ))}
    </View>
  );
}

/** Block tokens → View/Text elements. `listDepth` is how many lists enclose these blocks. */
export function blocksToPdf(
  tokens: readonly Token[],
  options: MarkdownPdfOptions = {},
  listDepth = 0,
  keyPrefix = 'b',
): ReactElement[] {
  const offset = options.headingOffset ?? 1;
  const out: ReactElement[] = [];
  tokens.forEach((token, i) => {
    const key = `${keyPrefix}${i}`;
    switch (token.type) {
      case 'space':
        return;
      case 'heading': {
        const depth = (token as Tokens.Heading).depth + offset;
        out.push(
          <Text key={key} style={depth <= 3 ? styles.h3 : styles.h4} minPresenceAhead={HEADING_PRESENCE_AHEAD}>
            {inlineToPdf(token.tokens, options)}
          </Text>,
        );
        return;
      }
      case 'paragraph':
        out.push(
          <Text key={key} style={listDepth > 0 ? undefined : styles.paragraph}>
            {inlineToPdf(token.tokens, options)}
          </Text>,
        );
        return;
      case 'text':
        // The body of a tight list item.
        out.push(<Text key={key}>{inlineToPdf('tokens' in token ? token.tokens : undefined, options)}</Text>);
        return;
      case 'list':
        out.push(listToPdf(token as Tokens.List, listDepth + 1, options, key));
        return;
      case 'blockquote':
        out.push(
          <View key={key} style={styles.mdQuote}>
            {blocksToPdf((token as Tokens.Blockquote).tokens, options, listDepth, `${key}.`)}
          </View>,
        );
        return;
      default:
        if ('text' in token && typeof token.text === 'string' && token.text.trim()) {
          out.push(
            <Text key={key} style={styles.paragraph}>
              {token.text.replace(/<[^>]*>/g, '')}
            </Text>,
          );
        }
    }
  });
  return out;
}

/** Markdown → elements, ready to place inside a View. */
export function markdownToPdf(markdown: string, options: MarkdownPdfOptions = {}): ReactElement[] {
  return blocksToPdf(Lexer.lex(markdown, { gfm: true }), options);
}

/** Component form, for section templates. */
export function MarkdownPdf({ markdown, ...options }: { markdown: string } & MarkdownPdfOptions) {
  return <View>{markdownToPdf(markdown, options)}</View>;
}
