import type { UnprintableField } from '../../domain/script-coverage';

/** Before download: which fields the PDF cannot print as typed, and what it prints instead. */
export function FontWarning({ id, fields }: { id: string; fields: readonly UnprintableField[] }) {
  return (
    <div id={id} className="download-pdf__fonts">
      <p>Some of what you typed will not print as typed in the PDF:</p>
      <ul>
        {fields.map(({ field, kind, sample, printsAs }) => (
          <li key={`${field}-${kind}`}>
            <strong>{field}</strong>:{' '}
            {kind === 'emoji'
              ? `emoji (${sample}) print as “${printsAs}”.`
              : `“${sample}” and other characters of its script have no font in the PDF and print as “${printsAs}”.`}
          </li>
        ))}
      </ul>
      <p>Everything else prints; this page shows it all as typed.</p>
    </div>
  );
}
