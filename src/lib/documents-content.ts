/**
 * The content of the four document pages (/invariants/, /readiness-definition/, /scorecard/,
 * /partner-check/), loaded once per build and checked against the diagnostic's questions, so a
 * mistake fails `astro build` with the file and field named.
 */
import { getCollection } from 'astro:content';
import { formatContentProblems } from '../domain/content-integrity';
import { checkDocumentsContent, type DocumentsContent } from '../domain/documents-content';
import type { DocumentsContext } from '../domain/documents-section';
import { getSiteContent } from './site-content';

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

function single<T>(entries: { data: T }[], file: string): T {
  const entry = entries[0];
  if (!entry) throw new Error(`${file} is missing.`);
  return entry.data;
}

let cached: Promise<DocumentsContent> | undefined;

export function getDocumentsContent(): Promise<DocumentsContent> {
  cached ??= (async () => {
    const content: DocumentsContent = {
      invariants: (await getCollection('invariants'))
        .map((e) => ({ ...e.data, body: e.body ?? '', source: e.filePath ?? e.id }))
        .sort(byOrder),
      readinessElements: (await getCollection('readinessElements'))
        .map((e) => ({ ...e.data, body: e.body ?? '', source: e.filePath ?? e.id }))
        .sort(byOrder),
      readinessDocument: single(await getCollection('readinessDocument'), 'content/readiness-definition/document.md'),
      scorecard: single(await getCollection('scorecard'), 'content/scorecard/scorecard.md'),
      partnerCommitments: (await getCollection('partnerCommitments'))
        .map((e) => ({ ...e.data, source: e.filePath ?? e.id }))
        .sort(byOrder),
      partnerVerdict: single(await getCollection('partnerVerdict'), 'content/partner-commitments/verdict.md'),
    };
    const questionIds = (await getSiteContent()).questions.map((q) => q.id);
    const problems = checkDocumentsContent(content, questionIds);
    if (problems.length > 0) throw new Error(formatContentProblems(problems));
    return content;
  })();
  return cached;
}

/**
 * What the documents' decoders need (ids, elements and sign-off roles), without the Markdown: for
 * islands that read or restore the documents without showing them (the history page's import).
 */
export function documentsContextFor(content: DocumentsContent): DocumentsContext {
  return {
    invariantIds: content.invariants.map((invariant) => invariant.id),
    definition: {
      elements: content.readinessElements.map(({ body: _body, source: _source, ...element }) => element),
      document: { ...content.readinessDocument, intro: '' },
    },
    scorecardRoles: content.scorecard.signOffRoles,
    commitmentIds: content.partnerCommitments.map((commitment) => commitment.id),
  };
}
