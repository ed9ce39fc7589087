/**
 * The wording of each page, from content/pages/<name>.md, with placeholders resolved: title,
 * description, intro prose (the body) and the fixed headings and labels the page shows. A missing
 * file or key fails the build naming what to add, rather than rendering an empty heading.
 */
import { getEntry } from 'astro:content';
import { getSiteContent } from './site-content';
import { placeholderValues, resolvePlaceholders, type PlaceholderValue } from './placeholders';
import { pickText, resolvePageText } from './page-text';
export { answerLabelText } from './page-text';
import { reportWordingOf } from './report-wording';
import { getSourceCredit } from './source-credit';
import type { ReportWording } from '../domain/report-model';
import {
  PAGE_WORDING,
  RULE_TEXT,
  type HeadingKey,
  type RuleText,
  type IslandText,
  type LabelKey,
  type PageName,
} from '../schemas/page-wording';

export interface ProsePage<N extends PageName> {
  /** Empty where the page's title comes from the content it shows. */
  title: string;
  description: string;
  /** Markdown body, placeholders resolved. */
  body: string;
  headings: Record<HeadingKey<N>, string>;
  /** Inline Markdown (render with `renderInlineMarkdown`). */
  labels: Record<LabelKey<N>, string>;
  /** The island's words, plain text: pass to the island whole; its `{slot}`s are still in place. */
  text: IslandText<N>;
}

/**
 * `pageValues` fills the page's own placeholders (`{this-stage.position}` on a stage page); the
 * content check makes sure a file uses only those its page fills.
 */
export async function getProsePage<N extends PageName>(
  name: N,
  pageValues: Record<string, string> = {},
): Promise<ProsePage<N>> {
  const file = `content/pages/${name}.md`;
  const entry = await getEntry('pages', name);
  if (!entry) throw new Error(`${file} is missing: create it with a description and the page's wording.`);
  const values = new Map<string, PlaceholderValue>(placeholderValues(await getSiteContent()));
  for (const [key, text] of Object.entries(pageValues)) values.set(key, { text });
  const resolve = (text: string) => resolvePlaceholders(text, values).text;
  // The content check already holds each file to its page's keys; this names the key again
  // should a page ever be rendered from content that skipped it.
  const keyed = <K extends string>(field: 'headings' | 'labels', keys: readonly K[]) =>
    Object.fromEntries(
      keys.map((key) => {
        const text = entry.data[field]?.[key];
        if (text === undefined) throw new Error(`${file}: ${field}.${key} is missing`);
        return [key, resolve(text)];
      }),
    ) as Record<K, string>;
  return {
    title: resolve(entry.data.title ?? ''),
    description: resolve(entry.data.description),
    body: resolve(entry.body ?? ''),
    headings: keyed('headings', PAGE_WORDING[name].headings as readonly HeadingKey<N>[]),
    labels: keyed('labels', PAGE_WORDING[name].labels as readonly LabelKey<N>[]),
    text: resolvePageText(name, entry.data.text, values),
  };
}

/** The report's words for `buildReport`, as /report/, the results screen and the calculator pass them. */
export async function getReportWording(): Promise<ReportWording> {
  const [assessment, report, source] = await Promise.all([
    getProsePage('assessment'),
    getProsePage('report'),
    getSourceCredit(),
  ]);
  return reportWordingOf(assessment.text, report.text, report.body, source);
}

/** A stage's rule in words, as the stage pages and /methodology/ pass them to describe-rule (assessment.md `text`). */
export async function getRuleText(): Promise<RuleText> {
  return pickText((await getProsePage('assessment')).text, RULE_TEXT);
}
