import type { CostAssumptions, CostLineItem, Id } from '../../domain/content-types';
import type { ScorecardContent } from '../../domain/document-types';
import type { IslandText } from '../../schemas/page-wording';

/** What /scorecard/ passes to its island: plain, serialisable data. */
export interface ScorecardProps {
  content: ScorecardContent;
  /** Every question id (to read the saved answers) and the labels of the two the scorecard answers. */
  questionIds: Id[];
  questionLabels: Record<Id, string>;
  /** Enough of the cost content to read a saved estimate's unit cost. */
  cost: { costLines: CostLineItem[]; assumptions: CostAssumptions; removableLineIds: Id[] };
  /** The words of the page's file (content/pages/scorecard.md, `text`): the PDF's. */
  text: IslandText<'scorecard'>;
}
