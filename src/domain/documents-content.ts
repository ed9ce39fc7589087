/**
 * The content behind the documents and checks (invariants, readiness-definition elements, the
 * scorecard, partner commitments) as one plain object, and the cross-file rules a per-file schema
 * cannot see: ids unique and matching their file names, orders unique, every invariant linked to
 * questions that exist. Shared by the build (src/lib/documents-content.ts) and the content tests.
 */
import type { ContentProblem } from './content-integrity';
import type { Id } from './content-types';
import type {
  Invariant,
  PartnerCommitment,
  PartnerVerdictContent,
  ReadinessDocumentContent,
  ReadinessElement,
  ScorecardContent,
} from './document-types';

export interface Sourced {
  /** Content file, relative to the project root. */
  source: string;
}

export interface DocumentsContent {
  invariants: (Invariant & Sourced & { body: string })[];
  readinessElements: (ReadinessElement & Sourced & { body: string })[];
  readinessDocument: ReadinessDocumentContent;
  scorecard: ScorecardContent;
  partnerCommitments: (PartnerCommitment & Sourced)[];
  partnerVerdict: PartnerVerdictContent;
}

const stem = (path: string) => path.replace(/^.*[\\/]/, '').replace(/\.md$/i, '');

function checkList(items: readonly (Sourced & { id: Id; order: number })[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const ids = new Set<Id>();
  const orders = new Map<number, string>();
  for (const item of items) {
    if (stem(item.source) !== item.id)
      problems.push({ file: item.source, field: 'id', message: `should match the file name "${stem(item.source)}"` });
    if (ids.has(item.id))
      problems.push({ file: item.source, field: 'id', message: `"${item.id}" is used by another file` });
    ids.add(item.id);
    const other = orders.get(item.order);
    if (other) problems.push({ file: item.source, field: 'order', message: `${item.order} is also used by ${other}` });
    orders.set(item.order, item.source);
  }
  return problems;
}

/** Every cross-file problem; empty when the content is consistent with the diagnostic's questions. */
export function checkDocumentsContent(content: DocumentsContent, questionIds: readonly Id[]): ContentProblem[] {
  const known = new Set(questionIds);
  const problems = [
    ...checkList(content.invariants),
    ...checkList(content.readinessElements),
    ...checkList(content.partnerCommitments),
  ];
  for (const invariant of content.invariants) {
    for (const id of invariant.questions) {
      if (!known.has(id))
        problems.push({
          file: invariant.source,
          field: 'questions',
          message: `"${id}" is not a question id; use one of ${questionIds.join(', ')}`,
        });
    }
  }
  const roleIds = [...content.readinessDocument.signOffRoles, ...content.scorecard.signOffRoles].map((r) => r.id);
  const duplicateRole = roleIds.find((id, i) => roleIds.indexOf(id) !== i);
  if (duplicateRole)
    problems.push({ file: 'content/', field: 'signOffRoles', message: `role id "${duplicateRole}" appears twice` });
  return problems;
}
