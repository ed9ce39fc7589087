import type { ReportDocuments as Documents } from '../../domain/report-documents';
import type { ReportText } from './report-props';

/** The documents the user filled in, as the PDF prints them. */
export function ReportDocuments({ documents, text }: { documents: Documents; text: ReportText }) {
  return (
    <section className="report-section stack stack--m" aria-labelledby="documents-heading" data-report-documents>
      <h2 id="documents-heading">{text['documents-heading']}</h2>
      {documents.parts.map((part) => (
        <div key={part.key} className="stack stack--xs" data-report-document={part.key}>
          <h3>{part.title}</h3>
          <p>
            <strong>{part.status}</strong>
          </p>
          <dl className="summary-list">
            {part.rows.map((row) => (
              <div key={row.label} className="summary-list__row">
                <dt className="summary-list__key">{row.label}</dt>
                <dd className="summary-list__value report-note">{row.value}</dd>
              </div>
            ))}
          </dl>
          {part.list && (
            <>
              <h4>{part.list.heading}</h4>
              <ul>
                {part.list.items.map((item) => (
                  <li key={item}>{item}</li>
                ))}
              </ul>
            </>
          )}
          {part.notes !== '' && (
            <p className="report-note">
              {text['notes-label']}: {part.notes}
            </p>
          )}
        </div>
      ))}
    </section>
  );
}
