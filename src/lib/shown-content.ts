/**
 * The questions and stages as an island that shows their Markdown as HTML (rendered at build time)
 * passes them: without that Markdown, which would otherwise sit in the page's HTML twice (once
 * rendered, once in the island's props). The PDF, which draws the Markdown itself, fetches the
 * questions and stages in full when it is made (src/pages/report-content.json.ts,
 * src/stores/report-content-file.ts). Nothing on screen reads what is left out:
 * tests/unit/shown-content.test.ts builds the report and the diagnostic view both ways.
 */
import type { SiteContent } from '../domain/content-types';

export interface LeaveOut {
  /** Also leave out each question's "why" (the report does not show it; the questions do). */
  why?: boolean;
}

export function withoutMarkdown(
  { questions, stages }: Pick<SiteContent, 'questions' | 'stages'>,
  { why = false }: LeaveOut = {},
): Pick<SiteContent, 'questions' | 'stages'> {
  return {
    questions: questions.map((question) => ({
      ...question,
      guidance: '',
      firstStep: '',
      ...(why ? { why: '' } : {}),
    })),
    stages: stages.map((stage) => ({ ...stage, plan: '' })),
  };
}
