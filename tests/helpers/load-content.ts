/**
 * Reads a content folder from disk and runs the same checks as the build (src/lib/content-check.ts),
 * so tests see exactly the content — placeholders resolved — and the problems the site would.
 */
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { checkContentDir, formatProblems } from '../../src/lib/content-files';
import type { ContentCheckResult } from '../../src/lib/content-check';
import type { SiteContent } from '../../src/domain/content-types';
import { readFileSync } from 'node:fs';
import { placeholderValues, resolvePlaceholders } from '../../src/lib/placeholders';
import { resolvePageText } from '../../src/lib/page-text';
import {
  decisionsReportTextOf,
  documentsReportTextOf,
  pickWording,
  reportWordingOf,
} from '../../src/lib/report-wording';
import type { DocumentsReportText } from '../../src/domain/documents-report';
import { formatContentDate } from '../../src/domain/dates';
import type { ReportWording } from '../../src/domain/report-model';
import {
  DECISION_COUNTS_TEXT,
  REPORT_DOCUMENTS_PART_TEXT,
  type DecisionCountsText,
  type DecisionsReportText,
  type ReportDocumentsPartText,
  type IslandText,
  type PageName,
} from '../../src/schemas/page-wording';
import { pickCostDisplayText, type CostDisplayText } from '../../src/domain/cost-display';
import { defaultScenarioNames, type DefaultScenarioNames } from '../../src/domain/cost-state';

export const PROJECT_ROOT = join(import.meta.dirname, '..', '..');

/** Splits `---\nyaml\n---\nbody` into frontmatter data and body. */
export function splitFrontmatter(text: string): { data: unknown; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?([\s\S]*)$/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: parseYaml(match[1] ?? '') ?? {}, body: match[2] ?? '' };
}

/** Every problem in a content folder (default: the real content/), and the content if there are none. */
export function checkContent(contentRoot = join(PROJECT_ROOT, 'content')): ContentCheckResult {
  return checkContentDir(PROJECT_ROOT, relative(PROJECT_ROOT, contentRoot));
}

/** The content as the site sees it; throws with every problem listed, as the build does. */
export function loadSiteContent(contentRoot?: string): SiteContent {
  const { problems, content } = checkContent(contentRoot);
  if (problems.length > 0 || !content) throw new Error(formatProblems(problems));
  return content;
}

/** An island's words as its page passes them (`text` of content/pages/<name>.md, slots in place). */
export function loadPageText<N extends PageName>(name: N, content: SiteContent = loadSiteContent()): IslandText<N> {
  const { data } = splitFrontmatter(readFileSync(join(PROJECT_ROOT, 'content', 'pages', `${name}.md`), 'utf8'));
  const text = (data as { text?: Record<string, string> }).text;
  return resolvePageText(name, text, placeholderValues(content));
}

/**
 * The cost estimate's words, as /cost/ and /report/ pass them to the cost display and the report
 * (content/pages/cost.md `text`). The real file's words whatever the content: they hold no placeholders.
 */
export function loadCostText(content?: SiteContent): CostDisplayText {
  return pickCostDisplayText(loadPageText('cost', content));
}

/** The names a fresh estimate gives its two scenarios, as the pages pass them (content/pages/cost.md `text`). */
export function loadScenarioNames(content?: SiteContent): DefaultScenarioNames {
  return defaultScenarioNames(loadPageText('cost', content));
}

/** The report's words as the pages pass them to `buildReport` (src/lib/pages.ts, getReportWording). */
export function loadReportWording(content: SiteContent = loadSiteContent()): ReportWording {
  const read = (file: string) => splitFrontmatter(readFileSync(join(PROJECT_ROOT, 'content', file), 'utf8'));
  const source = read('source.md').data as { title: string; publisher: string; date: string };
  const body = resolvePlaceholders(read(join('pages', 'report.md')).body, placeholderValues(content)).text;
  return reportWordingOf(loadPageText('assessment', content), loadPageText('report', content), body, {
    ...source,
    dateText: formatContentDate(source.date),
  });
}

/** What the report prints of the documents, in their pages' words, as /report/ passes them. */
export function loadDocumentsReportText(content: SiteContent = loadSiteContent()): DocumentsReportText {
  return documentsReportTextOf({
    documents: loadPageText('documents', content),
    invariants: loadPageText('invariants', content),
    'readiness-definition': loadPageText('readiness-definition', content),
    scorecard: loadPageText('scorecard', content),
  });
}

/** How the decisions' counts are worded (content/pages/decisions.md), as the pages pass them. */
export function loadDecisionCountsText(content?: SiteContent): DecisionCountsText {
  return pickWording(loadPageText('decisions', content), DECISION_COUNTS_TEXT);
}

/** What the report prints of the decisions (decisions.md's counts, report.md's rest), as /report/ passes it. */
export function loadDecisionsReportText(content?: SiteContent): DecisionsReportText {
  return decisionsReportTextOf({
    decisions: loadPageText('decisions', content),
    report: loadPageText('report', content),
  });
}

/** The report's documents part's words (content/pages/report.md), as /report/ passes them to reportDocuments. */
export function loadReportDocumentsPartText(content?: SiteContent): ReportDocumentsPartText {
  return pickWording(loadPageText('report', content), REPORT_DOCUMENTS_PART_TEXT);
}
