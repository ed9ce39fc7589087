import type { DocumentLinkView } from '../../domain/document-links';

interface DocumentLinksProps {
  documents: readonly DocumentLinkView[];
  /** "The documents that close these gaps" (content/pages/assessment.md, via the diagnostic view). */
  heading: string;
  /** An h2 on the results screen, an h3 inside the report's plan. */
  headingLevel: 2 | 3;
  /** Unique per page: the list is labelled by its heading. */
  headingId: string;
}

/** "The documents that close these gaps": one link per document with the gaps it closes. */
export function DocumentLinks({ documents, heading, headingLevel, headingId }: DocumentLinksProps) {
  if (documents.length === 0) return null;
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <section className="stack stack--s" aria-labelledby={headingId} data-document-links>
      <Heading id={headingId}>{heading}</Heading>
      <ul className="stack stack--xs">
        {documents.map((doc) => (
          <li key={doc.href}>
            <a href={doc.href}>{doc.title}</a>: {doc.line}
          </li>
        ))}
      </ul>
    </section>
  );
}
