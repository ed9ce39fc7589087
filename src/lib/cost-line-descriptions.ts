/**
 * Build time: each cost line's description (its Markdown body, placeholders resolved) as HTML, by
 * line id, for the calculator's line details. /methodology/ renders the same bodies.
 */
import type { CostLineItem } from '../domain/content-types';
import { renderMarkdown } from './markdown';

export function costLineDescriptionsHtml(lines: readonly CostLineItem[], headingOffset = 2): Record<string, string> {
  return Object.fromEntries(lines.map((line) => [line.id, renderMarkdown(line.guidance, { headingOffset })]));
}
