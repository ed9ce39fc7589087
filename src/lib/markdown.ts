/**
 * Build-time Markdown → HTML for content strings (question guidance, stage plans, page prose).
 * Raw HTML in content is escaped, never passed through: editors write Markdown, and a stray
 * `<script>` shows up as text instead of running. Unsafe link targets render as plain text, and a
 * leading **Our reading:** renders as an "Our reading" label.
 */
import { Marked } from 'marked';
import { isSafeHref } from './safe-href';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function createMarked(headingOffset: number) {
  return new Marked({
    gfm: true,
    async: false,
    renderer: {
      html({ text }) {
        return escapeHtml(text);
      },
      link({ href, title, tokens }) {
        const text = this.parser.parseInline(tokens);
        // The content checks refuse unsafe links; this keeps one from ever becoming a live anchor.
        if (!isSafeHref(href)) return text;
        const titleAttr = title ? ` title="${escapeHtml(title)}"` : '';
        return `<a href="${escapeHtml(href)}"${titleAttr}>${text}</a>`;
      },
      strong({ tokens }) {
        const text = this.parser.parseInline(tokens);
        // "**Our reading:**" marks this product's reading of the source; it shows as a label.
        if (text === 'Our reading:') return '<span class="tag tag--reading">Our reading</span>';
        return `<strong>${text}</strong>`;
      },
      heading({ tokens, depth }) {
        // Content headings start at h2; where the content sits under a page's own h2 they shift
        // down so the outline stays in order.
        const level = Math.min(6, depth + headingOffset);
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
    },
  });
}

const markedByOffset = new Map<number, Marked>();

export interface RenderOptions {
  /** Add this to every heading level (e.g. 1 turns ## into <h3>). */
  headingOffset?: number;
}

function markedFor(headingOffset: number): Marked {
  let marked = markedByOffset.get(headingOffset);
  if (!marked) {
    marked = createMarked(headingOffset);
    markedByOffset.set(headingOffset, marked);
  }
  return marked;
}

export function renderMarkdown(markdown: string, { headingOffset = 0 }: RenderOptions = {}): string {
  return markedFor(headingOffset).parse(markdown, { async: false });
}

/** Renders a single line (e.g. a first step) without the wrapping <p>. */
export function renderInlineMarkdown(markdown: string): string {
  return markedFor(0).parseInline(markdown, { async: false });
}
