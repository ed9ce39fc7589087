import type { Id } from '../../domain/content-types';
import type { CostContent } from '../../domain/cost-content';
import type { ScorecardContent } from '../../domain/document-types';
import type { IslandText } from '../../schemas/page-wording';
import type { DocumentsText } from '../documents/documents-text';

/** The scorecard's words, from content/pages/scorecard.md (`text`), `{slot}`s filled where shown. */
export type ScorecardText = IslandText<'scorecard'>;

/** What /scorecard/ passes to its island: plain, serialisable data. */
export interface ScorecardProps {
  content: ScorecardContent;
  /** Every question id (to read the saved answers) and the labels of the two the scorecard answers. */
  questionIds: Id[];
  questionLabels: Record<Id, string>;
  /** Enough of the cost content to read a saved estimate's unit cost. */
  cost: CostContent;
  text: ScorecardText;
  /** The words every document page shows alike, from content/pages/documents.md. */
  shared: DocumentsText;
}
