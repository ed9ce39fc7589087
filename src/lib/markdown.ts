/**
 * Build-time Markdown → HTML for content strings (question guidance, stage plans, page prose).
 * Raw HTML in content is escaped, never passed through: editors write Markdown, and a stray
 * `<script>` shows up as text instead of running.
 */
import { Marked } from 'marked';

const escapeHtml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const marked = new Marked({
  gfm: true,
  async: false,
  renderer: {
    html({ text }) {
      return escapeHtml(text);
    },
  },
});

export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

/** Renders a single line (e.g. a first step) without the wrapping <p>. */
export function renderInlineMarkdown(markdown: string): string {
  return marked.parseInline(markdown, { async: false });
}
