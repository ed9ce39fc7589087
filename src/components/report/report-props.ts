/**
 * What the /report/ page passes to the island: plain, serialisable content (no stores, no
 * functions). Markdown is rendered to HTML at build time, keyed by question or stage id, so the
 * island ships no Markdown parser: the HTML view looks its HTML up here by id. The PDF draws the
 * Markdown itself; the page does not carry it, the PDF's model is built with it once fetched
 * (src/stores/report-content-file.ts).
 */
import type { Id, SiteContent } from '../../domain/content-types';
import type { DecisionsContent } from '../../domain/decision-content';
import type { DocumentsReportContent } from '../../domain/documents-report';
import type { DecisionsReportText, DiagnosticViewText, IslandText } from '../../schemas/page-wording';
import type { CostDisplayText } from '../../domain/cost-display';
import type { DefaultScenarioNames } from '../../domain/cost-state';

/**
 * The page's words, from content/pages/report.md (`text`). The report model is built with the
 * same words (the `REPORT_DOCUMENT_TEXT` keys) and carries them to the PDF, so the page and the PDF
 * cannot disagree.
 */
export type ReportText = IslandText<'report'>;

export interface ReportHtml {
  /** Question id → guidance HTML (headings shifted to sit under an h3). */
  guidance: Record<Id, string>;
  /** Question id → first-step HTML. */
  firstStep: Record<Id, string>;
  /** Stage id → plan HTML without its "Reaching the next stage" section (headings under an h3). */
  plan: Record<Id, string>;
  /** Stage id → that "Reaching the next stage" section's body HTML. */
  reaching: Record<Id, string>;
  /** Where the cost figures come from (content/cost/assumptions.md), headings under an h3. */
  costSources: string;
}

export interface ReportProps {
  /**
   * The questions without their Markdown guidance, first step and why, and the stages without
   * their plan: the page shows those as HTML (`html`), and the PDF fetches the Markdown it draws.
   */
  content: SiteContent;
  html: ReportHtml;
  text: ReportText;
  /** The estimate's words, from content/pages/cost.md as /cost/ has them (the same keys). */
  costText: CostDisplayText;
  /** The diagnostic's sentences (content/pages/assessment.md), as the results screen has them. */
  diagnosticText: DiagnosticViewText;
  /** How the report was made: report.md's body, one plain-text paragraph each. */
  methodology: readonly string[];
  /** Cost lines a visitor may leave out (the cost store's decoder needs the same list as /cost/). */
  removableLineIds: Id[];
  /** What a fresh estimate names its scenarios (content/pages/cost.md); the decoder needs them as /cost/ has them. */
  scenarioNames: DefaultScenarioNames;
  /** What the documents' decoders and the documents part need (no Markdown bodies). */
  documents: DocumentsReportContent;
  /** What the decisions' decoder and the decisions part need (intros left out). */
  decisions: DecisionsContent;
  /**
   * How the decisions part is worded: its counts as the decide pages say them (content/pages/
   * decisions.md), the rest in report.md's words.
   */
  decisionsText: DecisionsReportText;
}
