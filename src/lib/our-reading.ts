/**
 * Every statement that is this product's reading of the source article rather than the article's
 * own: stage rules and cost lines carry it in frontmatter (`ruleReading`, `ourReading`), prose marks
 * it with a leading **Our reading:**. /methodology/ lists them all from here. Pure.
 */
import type { SiteContent } from '../domain/content-types';

/** The Markdown that marks a paragraph or list item as our reading; rendered as a label. */
export const OUR_READING_MARK = '**Our reading:**';

export interface OurReading {
  /** Where it is shown, in words: "Distributed delivery: plan". */
  where: string;
  /** Site path of the page that shows it. */
  href: string;
  /** The statement (Markdown, inline), without the mark. */
  text: string;
}

/** Each marked passage in `markdown`: from the mark to the end of its paragraph or list item. */
export function markedPassages(markdown: string): string[] {
  const found: string[] = [];
  const pattern = /\*\*Our reading:\*\*[ \t]*([^\n]*(?:\n(?![ \t]*\n|[ \t]*(?:[-*+]|\d+\.)\s|#)[^\n]*)*)/g;
  for (let match = pattern.exec(markdown); match; match = pattern.exec(markdown)) {
    const text = (match[1] ?? '').replace(/\s+/g, ' ').trim();
    found.push(text.charAt(0).toUpperCase() + text.slice(1));
  }
  return found;
}

export function ourReadings(content: SiteContent): OurReading[] {
  const items: OurReading[] = [];
  for (const stage of content.stages) {
    const href = `/stages/${stage.id}/`;
    if (stage.ruleReading) items.push({ where: `${stage.name}: stage rule`, href, text: stage.ruleReading });
    for (const text of markedPassages(stage.plan)) items.push({ where: `${stage.name}: plan`, href, text });
  }
  for (const question of content.questions) {
    const href = `/methodology/#question-${question.id}`;
    for (const text of markedPassages(`${question.guidance}\n\n${question.firstStep}`)) {
      items.push({ where: `${question.label}: guidance`, href, text });
    }
  }
  for (const line of content.costLines) {
    const href = `/methodology/#cost-line-${line.id}`;
    if (line.ourReading) items.push({ where: `${line.label}: cost line`, href, text: line.ourReading });
    for (const text of markedPassages(line.guidance)) items.push({ where: `${line.label}: cost line`, href, text });
  }
  for (const text of markedPassages(content.assumptions.sources)) {
    items.push({ where: 'Cost model: sources', href: '/methodology/#sources', text });
  }
  return items;
}
