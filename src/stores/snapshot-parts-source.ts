/**
 * What a saved result records of the documents and decisions this device holds, built with the
 * report's own view models (documents-report.ts, decisions-report.ts), so History says what
 * /report/ said at that moment. Loaded only when "Save this result" is pressed: it brings the
 * documents' decoders and the decisions' rubric with it.
 */
import type { Answers } from '../domain/answers';
import { decisionsReport } from '../domain/decisions-report';
import { buildDecisionsView } from '../domain/decisions-view';
import { buildDocumentsReport } from '../domain/documents-report';
import { documentsContextOf } from '../domain/documents-section';
import { snapshotParts, type SnapshotParts, type SnapshotPartsContent } from '../domain/snapshot-parts';
import { $decisions, initDecisions } from './decisions';
import { readSavedDocuments } from './documents';

export function currentSnapshotParts(content: SnapshotPartsContent, answers: Answers, now: Date): SnapshotParts {
  const { documents, decisions, decisionsText } = content;
  const state = readSavedDocuments(documentsContextOf(documents));
  // The unit cost only fills a line of the printed scorecard, which a snapshot does not keep.
  const documentsReport = buildDocumentsReport(documents, state, answers, null, now);
  initDecisions();
  const decided = $decisions.get();
  return snapshotParts(
    documentsReport,
    decided && {
      view: buildDecisionsView(decisions, decided),
      report: decisionsReport(decisions, decided, decisionsText),
    },
  );
}
