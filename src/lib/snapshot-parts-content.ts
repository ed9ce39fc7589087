/**
 * The documents' and decisions' content as the report and "Save this result" use it: titles,
 * ids, fields and wording, without the Markdown bodies or the pages' intros. /report/ and
 * /assessment/ both pass it to their islands, so a result saved from either page records the
 * same parts (src/domain/snapshot-parts.ts).
 */
import type { SnapshotPartsContent } from '../domain/snapshot-parts';
import { getDecisionsContent } from './decisions-content';
import { getDocumentsContent } from './documents-content';
import { getProsePage } from './pages';
import { decisionsReportTextOf, documentsReportTextOf } from './report-wording';

export async function getSnapshotPartsContent(): Promise<SnapshotPartsContent> {
  const documents = await getDocumentsContent();
  const decisions = await getDecisionsContent();
  // The documents' and decisions' own pages' words for what the report prints of them.
  const text = documentsReportTextOf({
    documents: (await getProsePage('documents')).text,
    invariants: (await getProsePage('invariants')).text,
    'readiness-definition': (await getProsePage('readiness-definition')).text,
    scorecard: (await getProsePage('scorecard')).text,
  });
  return {
    documents: {
      invariants: documents.invariants.map(({ body: _body, source: _source, ...invariant }) => invariant),
      definition: {
        elements: documents.readinessElements.map(({ body: _body, source: _source, ...element }) => element),
        document: documents.readinessDocument,
      },
      scorecard: documents.scorecard,
      commitments: documents.partnerCommitments.map(({ source: _source, ...commitment }) => commitment),
      verdict: documents.partnerVerdict,
      text,
    },
    decisions: {
      rubric: { ...decisions.rubric, intro: '' },
      deployment: { ...decisions.deployment, intro: '' },
    },
    decisionsText: decisionsReportTextOf({
      decisions: (await getProsePage('decisions')).text,
      report: (await getProsePage('report')).text,
    }),
  };
}
