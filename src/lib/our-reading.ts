/**
 * Every statement that is this product's reading of the source article rather than the article's
 * own: stage rules and cost lines carry it in frontmatter (`ruleReading`, `ourReading`), prose marks
 * it with a leading **Our reading:**. /methodology/ lists them all from here, saying where each is
 * shown in content/pages/methodology.md's words (`reading-…`). Pure.
 */
import type { SiteContent } from '../domain/content-types';
import { fillSlots } from '../domain/fill-slots';
import type { IslandText } from '../schemas/page-wording';

/** How the list says where a reading is shown: methodology.md's `reading-…` words. */
export type OurReadingWhereText = Pick<
  IslandText<'methodology'>,
  'reading-stage-rule' | 'reading-stage-plan' | 'reading-guidance' | 'reading-cost-line' | 'reading-sources'
>;

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

export function ourReadings(content: SiteContent, words: OurReadingWhereText): OurReading[] {
  const items: OurReading[] = [];
  for (const stage of content.stages) {
    const href = `/stages/${stage.id}/`;
    if (stage.ruleReading) {
      items.push({
        where: fillSlots(words['reading-stage-rule'], { stage: stage.name }),
        href,
        text: stage.ruleReading,
      });
    }
    const plan = fillSlots(words['reading-stage-plan'], { stage: stage.name });
    for (const text of markedPassages(stage.plan)) items.push({ where: plan, href, text });
  }
  for (const question of content.questions) {
    const href = `/methodology/#question-${question.id}`;
    const where = fillSlots(words['reading-guidance'], { question: question.label });
    for (const text of markedPassages(`${question.guidance}\n\n${question.firstStep}`))
      items.push({ where, href, text });
  }
  for (const line of content.costLines) {
    const href = `/methodology/#cost-line-${line.id}`;
    const where = fillSlots(words['reading-cost-line'], { line: line.label });
    if (line.ourReading) items.push({ where, href, text: line.ourReading });
    for (const text of markedPassages(line.guidance)) items.push({ where, href, text });
  }
  for (const text of markedPassages(content.assumptions.sources)) {
    items.push({ where: words['reading-sources'], href: '/methodology/#sources', text });
  }
  return items;
}
