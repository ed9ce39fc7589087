/**
 * What the /history/ page passes to the island: plain, serialisable content (no stores, no
 * functions). Questions and stages come without their Markdown (the page shows labels and
 * names only); the cost content lets an imported session's cost inputs be checked, and the
 * documents context its documents.
 */
import type { Question, Stage } from '../../domain/content-types';
import type { CostContent } from '../../domain/cost-content';
import type { DocumentsContext } from '../../domain/documents-section';
import type { AnswerLabelText, IslandText } from '../../schemas/page-wording';

/** History's words, from content/pages/history.md (`text`), `{slot}`s filled where shown. */
export type HistoryText = IslandText<'history'>;

export interface HistoryProps {
  /** In question order; guidance and first steps left empty. */
  questions: Question[];
  /** In ladder order; plans left empty. */
  stages: Stage[];
  cost: CostContent;
  /** What an imported session's documents are checked against (ids and roles, no Markdown). */
  documents: DocumentsContext;
  text: HistoryText;
  /** The answers' labels, from content/pages/assessment.md (`text`): one copy for every page that shows them. */
  answerText: AnswerLabelText;
}
