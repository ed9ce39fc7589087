/**
 * What the /assessment/ page passes to the island: plain, serialisable content (no stores, no
 * functions). Markdown is rendered to HTML at build time so the browser never ships a Markdown
 * parser; that HTML comes from our own content with raw HTML escaped (src/lib/markdown.ts).
 */
import type { Id, Question, Stage } from '../../domain/content-types';
import type { CostContent } from '../../domain/cost-content';
import type { ReportWording } from '../../domain/report-model';
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
  questions: Question[];
  stages: Stage[];
  html: AssessmentHtml;
  text: AssessmentText;
  /** The words of the PDF the results screen makes (content/pages/report.md and assessment.md). */
  reportWording: ReportWording;
  /** To price a saved cost estimate when the result is saved to the history; null leaves it out. */
  costContent?: CostContent | null;
}
