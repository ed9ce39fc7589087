/**
 * The report's words as `buildReport` takes them (ReportWording in src/domain/report-model.ts),
 * picked from the page files: the diagnostic's sentences from assessment.md's `text`, the report's
 * own words from report.md's `text`, and how the report was made from report.md's body. The source
 * article's title, publisher and date go into `source-credit` here, from content/source.md.
 * No Astro imports: the pages (src/lib/pages.ts, getReportWording) and the tests share it.
 */
import { fillSlots } from '../domain/fill-slots';
import { plainText } from '../domain/plan-text';
import type { ReportWording } from '../domain/report-model';
import type { DocumentsReportText } from '../domain/documents-report';
import {
  DECISION_COUNTS_TEXT,
  DEPLOYMENT_REASON_TEXT,
  REPORT_DECISIONS_PART_TEXT,
  DEFINITION_WORDING_TEXT,
  INVARIANT_WORDING_TEXT,
  SCORECARD_WORDING_TEXT,
  SIGN_OFF_PROBLEM_TEXT,
  DIAGNOSTIC_VIEW_TEXT,
  REPORT_DOCUMENT_TEXT,
  type DecisionsReportText,
  type DiagnosticViewText,
  type IslandText,
  type ReportDocumentText,
} from '../schemas/page-wording';

/** Only the given keys of a page's words: what an island passes on, without the rest of the page's. */
function pick<K extends string>(text: Readonly<Record<K, string>>, keys: readonly K[]): Record<K, string> {
  return Object.fromEntries(keys.map((key) => [key, text[key]])) as Record<K, string>;
}

/** Only the keys of one wording set (e.g. SCORECARD_WORDING_TEXT) from a page's words. */
export function pickWording<T extends Readonly<Record<string, readonly string[]>>>(
  text: Readonly<Record<keyof T & string, string>>,
  keys: T,
): Record<keyof T & string, string> {
  return pick(text, Object.keys(keys) as (keyof T & string)[]);
}

/**
 * What /report/, its PDF and a saved result print of the documents, in the documents' own pages'
 * words: the same keys their islands read (src/lib/snapshot-parts-content.ts and the tests share it).
 */
export function documentsReportTextOf(pages: {
  documents: IslandText<'documents'>;
  invariants: IslandText<'invariants'>;
  'readiness-definition': IslandText<'readiness-definition'>;
  scorecard: IslandText<'scorecard'>;
}): DocumentsReportText {
  const signOff = pickWording(pages.documents, SIGN_OFF_PROBLEM_TEXT);
  return {
    invariants: pickWording(pages.invariants, INVARIANT_WORDING_TEXT),
    definition: { ...pickWording(pages['readiness-definition'], DEFINITION_WORDING_TEXT), ...signOff },
    scorecard: { ...pickWording(pages.scorecard, SCORECARD_WORDING_TEXT), ...signOff },
  };
}

/**
 * What the report prints of the decisions (decisionsReport): the counts in decisions.md's words, as
 * the decide pages and the calculator say them, and the rest in report.md's.
 */
export function decisionsReportTextOf(pages: {
  decisions: IslandText<'decisions'>;
  report: IslandText<'report'>;
}): DecisionsReportText {
  return {
    ...pickWording(pages.decisions, DECISION_COUNTS_TEXT),
    ...pickWording(pages.decisions, DEPLOYMENT_REASON_TEXT),
    ...pickWording(pages.report, REPORT_DECISIONS_PART_TEXT),
  };
}

export interface ReportSourceCredit {
  title: string;
  publisher: string;
  /** "23 April 2026". */
  dateText: string;
}

export function reportWordingOf(
  assessment: IslandText<'assessment'>,
  report: IslandText<'report'>,
  /** report.md's body, placeholders resolved: one paragraph per blank-line-separated block. */
  body: string,
  source: ReportSourceCredit,
): ReportWording {
  const text: ReportDocumentText = pick(report, Object.keys(REPORT_DOCUMENT_TEXT) as (keyof ReportDocumentText)[]);
  return {
    diagnostic: pick(assessment, Object.keys(DIAGNOSTIC_VIEW_TEXT) as (keyof DiagnosticViewText)[]),
    report: {
      ...text,
      'source-credit': fillSlots(text['source-credit'], {
        title: source.title,
        publisher: source.publisher,
        date: source.dateText,
      }),
    },
    methodology: body
      .split(/\n\s*\n/)
      .map(plainText)
      .filter((paragraph) => paragraph !== ''),
  };
}
