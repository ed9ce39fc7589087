/**
 * Which documents the diagnostic's results should point to, and why: the invariants from every
 * result, the scorecard when the outcome-metric or stop-condition question is not Yes, the
 * readiness definition when the security-review question is not Yes. The results screen and the
 * report render these through `documentLinkViews`, which words each link once for every view.
 */
import { answerOf, type Answers } from './answers';
import type { Id } from './content-types';
import { OUTCOME_METRIC_QUESTION, SECURITY_REVIEW_QUESTION, STOP_CONDITION_QUESTION } from './document-questions';
import { fillSlots } from './fill-slots';
import type { DiagnosticViewText } from '../schemas/page-wording';

export interface DocumentLink {
  href: '/invariants/' | '/scorecard/' | '/readiness-definition/';
  /** The questions not answered Yes that this document helps with (none for the invariants). */
  gaps: Id[];
}

export function documentLinks(answers: Answers): DocumentLink[] {
  const notYes = (ids: Id[]) => ids.filter((id) => answerOf(answers, id) !== 'yes');
  const links: DocumentLink[] = [];
  const scorecardGaps = notYes([OUTCOME_METRIC_QUESTION, STOP_CONDITION_QUESTION]);
  if (scorecardGaps.length > 0) links.push({ href: '/scorecard/', gaps: scorecardGaps });
  const definitionGaps = notYes([SECURITY_REVIEW_QUESTION]);
  if (definitionGaps.length > 0) links.push({ href: '/readiness-definition/', gaps: definitionGaps });
  links.push({ href: '/invariants/', gaps: [] });
  return links;
}

/**
 * The words of the "documents" block, from content/pages/assessment.md (`text`, the diagnostic's
 * sentences): the results screen, /report/ and the PDF all print these. The invariants' line is
 * for the invariants, which close no single gap: they are the whole of what production means.
 */
export type DocumentLinkText = Pick<
  DiagnosticViewText,
  | 'document-scorecard'
  | 'document-readiness-definition'
  | 'document-invariants'
  | 'document-invariants-line'
  | 'document-closes-one'
  | 'document-closes-many'
>;

const TITLE_KEYS = {
  '/scorecard/': 'document-scorecard',
  '/readiness-definition/': 'document-readiness-definition',
  '/invariants/': 'document-invariants',
} as const satisfies Record<DocumentLink['href'], keyof DocumentLinkText>;

export interface DocumentLinkView {
  /** Where the document is written; only the web views link to it (a PDF prints no site links). */
  href: DocumentLink['href'];
  title: string;
  /** One sentence naming the user's own gaps it closes, by question label; plain text, no call to action. */
  line: string;
}

const quoted = (label: string) => `“${label}”`;

/** "“A”", "“A” and “B”", "“A”, “B” and “C”". */
function listOf(labels: readonly string[]): string {
  const parts = labels.map(quoted);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

/**
 * The document links for these answers, worded. A gap is named by its question's label; a question
 * the content does not have is left out rather than named by its id, and a document left with no
 * gap to close is dropped (the invariants, which close none in particular, always stay).
 */
export function documentLinkViews(
  questions: readonly { id: Id; label: string }[],
  answers: Answers,
  text: DocumentLinkText,
): DocumentLinkView[] {
  const labelOf = new Map(questions.map((q) => [q.id, q.label]));
  return documentLinks(answers).flatMap((link): DocumentLinkView[] => {
    const title = text[TITLE_KEYS[link.href]];
    if (link.href === '/invariants/') return [{ href: link.href, title, line: text['document-invariants-line'] }];
    const labels = link.gaps.flatMap((id) => {
      const label = labelOf.get(id);
      return label ? [label] : [];
    });
    if (labels.length === 0) return [];
    const line = labels.length === 1 ? text['document-closes-one'] : text['document-closes-many'];
    return [{ href: link.href, title, line: fillSlots(line, { gaps: listOf(labels) }) }];
  });
}
