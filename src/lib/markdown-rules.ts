/**
 * Which Markdown constructs content may use. The site renders Markdown to HTML and the PDF
 * renderer draws it by hand; both support only this small set, so anything else (raw HTML, code,
 * tables, images…) is refused by the content tests with the file and construct named, instead of
 * rendering as a broken page or a blank in the PDF. Raw HTML is also a script-injection risk.
 */
import { Lexer, type Token, type Tokens } from 'marked';
import { isSafeHref } from './safe-href';

export interface MarkdownViolation {
  /** marked's token type, or a precise name for a rule beyond type ("heading-1", "list-depth-3"). */
  construct: string;
  /** In words, for the editor. */
  description: string;
  /** The start of the offending source, on one line. */
  excerpt: string;
  /** The offending source as written, to find its line. */
  raw: string;
  /** The whole message for an editor: what is wrong, where, and what to write instead. */
  message: string;
}

/** What editors may use, for error messages and the methodology of content editing. */
export const ALLOWED_MARKDOWN =
  'headings (## and ###), paragraphs, bulleted and numbered lists (up to two levels), block quotes, *emphasis*, **strong**, [links](https://…) and line breaks';

const MAX_LIST_DEPTH = 2;
const ALLOWED_BLOCKS = new Set(['heading', 'paragraph', 'list', 'blockquote', 'space']);
const ALLOWED_INLINE = new Set(['text', 'em', 'strong', 'link', 'escape', 'br']);

const DESCRIPTIONS: Record<string, string> = {
  html: 'raw HTML',
  code: 'a code block',
  codespan: 'inline code (`…`)',
  hr: 'a horizontal rule',
  table: 'a table',
  image: 'an image',
  del: 'strikethrough (~~…~~)',
  def: 'a link reference definition',
  checkbox: 'a task-list checkbox',
  lheading: 'an underlined heading',
};

const FIXES: Record<string, string> = {
  html: 'write Markdown instead (**bold**, *emphasis*, [text](https://…)); raw HTML is never rendered',
  code: 'write it as a normal paragraph',
  codespan: 'remove the backticks',
  hr: 'remove it, or start a new section with a ## heading',
  table: 'write it as a list',
  image: 'remove it; content cannot show images',
  del: 'remove the ~~ marks',
  def: 'write the link inline: [text](https://…)',
  checkbox: 'remove the [ ] box',
  lheading: 'write the heading with ## in front instead of underlining it',
};

function excerptOf(raw: string | undefined): string {
  const oneLine = (raw ?? '').trim().replace(/\s+/g, ' ');
  return oneLine.length > 60 ? `${oneLine.slice(0, 57)}…` : oneLine;
}

function violation(
  token: Token,
  construct = token.type,
  description = DESCRIPTIONS[construct] ?? `"${construct}"`,
  fix = FIXES[construct] ?? `use only ${ALLOWED_MARKDOWN}`,
): MarkdownViolation {
  const excerpt = excerptOf(token.raw);
  return {
    construct,
    description,
    excerpt,
    raw: token.raw ?? '',
    message: `${description} is not allowed ("${excerpt}"): ${fix}`,
  };
}

function checkInline(tokens: readonly Token[] | undefined, out: MarkdownViolation[]): void {
  for (const token of tokens ?? []) {
    if (!ALLOWED_INLINE.has(token.type)) {
      out.push(violation(token));
      continue;
    }
    if (token.type === 'link' && !isSafeHref((token as Tokens.Link).href)) {
      out.push(
        violation(
          token,
          'link-href',
          `a link to "${(token as Tokens.Link).href}"`,
          'links may only start with https:, http: or mailto:, or be a path on this site such as /methodology/',
        ),
      );
    }
    if ('tokens' in token) checkInline(token.tokens, out);
  }
}

function checkListItems(list: Tokens.List, depth: number, out: MarkdownViolation[]): void {
  if (depth > MAX_LIST_DEPTH) {
    out.push(violation(list, `list-depth-${depth}`, `a list nested ${depth} levels deep (at most ${MAX_LIST_DEPTH})`));
    return;
  }
  for (const item of list.items) {
    if (item.task) out.push(violation(item, 'checkbox'));
    // A tight list item holds a block-level "text" token wrapping inline tokens.
    checkBlocks(item.tokens, depth, out, true);
  }
}

function checkBlocks(tokens: readonly Token[], listDepth: number, out: MarkdownViolation[], inListItem = false): void {
  for (const token of tokens) {
    if (inListItem && (token.type === 'text' || token.type === 'checkbox')) {
      if (token.type === 'text') checkInline(token.tokens, out);
      continue;
    }
    if (!ALLOWED_BLOCKS.has(token.type)) {
      out.push(violation(token));
      continue;
    }
    switch (token.type) {
      case 'heading': {
        const { depth } = token as Tokens.Heading;
        if (depth < 2 || depth > 3) {
          out.push(
            violation(token, `heading-${depth}`, `a level-${depth} heading (${'#'.repeat(depth)})`, 'use ## or ###'),
          );
        }
        checkInline(token.tokens, out);
        break;
      }
      case 'paragraph':
        checkInline(token.tokens, out);
        break;
      case 'list':
        checkListItems(token as Tokens.List, listDepth + 1, out);
        break;
      case 'blockquote':
        checkBlocks((token as Tokens.Blockquote).tokens, listDepth, out);
        break;
    }
  }
}

/** Every construct in `markdown` outside the allowed set, in document order. */
export function findMarkdownViolations(markdown: string): MarkdownViolation[] {
  const out: MarkdownViolation[] = [];
  checkBlocks(Lexer.lex(markdown, { gfm: true }), 0, out);
  return out;
}

/** One message naming the file and each offending construct, with what is allowed instead. */
export function formatMarkdownViolations(file: string, violations: readonly MarkdownViolation[]): string {
  const lines = violations.map((v) => `  - ${v.message} [${v.construct}]`);
  return `${file} uses Markdown the site cannot render:\n${lines.join('\n')}\n  Content may use only ${ALLOWED_MARKDOWN}.`;
}
