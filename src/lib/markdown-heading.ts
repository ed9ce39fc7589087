import { plainText } from '../domain/plan-text';

const HEADING_LINE = /^#{1,6}\s+(.*?)(?:\s+#+)?\s*$/;

/**
 * The words of the heading Markdown opens with, as a reader sees them (links and emphasis reduced
 * to their text), or null when it opens with anything else. A page that shows such Markdown names
 * the section, and links to it, with these words rather than a heading of its own. Pure.
 */
export function openingHeading(markdown: string): string | null {
  const firstLine = markdown.trimStart().split('\n', 1)[0] ?? '';
  const match = HEADING_LINE.exec(firstLine);
  return match ? plainText(match[1]!) : null;
}
