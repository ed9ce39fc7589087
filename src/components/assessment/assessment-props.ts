/**
 * What the /assessment/ page passes to the island: plain, serialisable content (no stores, no
 * functions). Markdown is rendered to HTML at build time so the browser never ships a Markdown
 * parser; that HTML comes from our own content with raw HTML escaped (src/lib/markdown.ts).
 */
import type { Id, Question, Stage } from '../../domain/content-types';
import type { IslandText } from '../../schemas/page-wording';

/** The island's words, from content/pages/assessment.md (`text`), `{slot}`s filled where shown. */
export type AssessmentText = IslandText<'assessment'>;

export interface AssessmentHtml {
  /** Question id → guidance HTML. */
  guidance: Record<Id, string>;
  /** Question id → first-step HTML. */
  firstStep: Record<Id, string>;
  /** Stage id → plan HTML without its "Reaching the next stage" section (headings under the results' h2). */
  plan: Record<Id, string>;
  /** Stage id → that "Reaching the next stage" section's body HTML, shown under the next stage. */
  reaching: Record<Id, string>;
}

export interface AssessmentProps {
  /**
   * Without their Markdown guidance and first step, and the stages without their plan: the island
   * shows those as HTML (`html`). The PDF the results screen makes fetches the questions and
   * stages in full, and the report's words, when it is made (src/stores/report-content-file.ts).
   */
  questions: Question[];
  stages: Stage[];
  html: AssessmentHtml;
  text: AssessmentText;
  // "Save this result" fetches the cost content it prices a saved estimate with on the click
  // (src/stores/cost-content-file.ts), as it does the documents' and decisions' content.
}
