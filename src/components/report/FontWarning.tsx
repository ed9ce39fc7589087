import type { UnprintableField } from '../../domain/script-coverage';
import { fillSlots } from '../../domain/fill-slots';
import type { SharedText } from '../../schemas/page-wording';

/** Before download: which fields the PDF cannot print as typed, and what it prints instead. */
export function FontWarning({
  id,
  fields,
  text,
}: {
  id: string;
  fields: readonly UnprintableField[];
  text: SharedText<'pdf'>;
}) {
  return (
    <div id={id} className="download-pdf__fonts">
      <p>{text['pdf-fonts-intro']}</p>
      <ul>
        {fields.map(({ field, kind, sample, printsAs }) => (
          <li key={`${field}-${kind}`}>
            <strong>{field}</strong>:{' '}
            {fillSlots(text[kind === 'emoji' ? 'pdf-font-emoji' : 'pdf-font-script'], {
              sample,
              'prints-as': printsAs,
            })}
          </li>
        ))}
      </ul>
      <p>{text['pdf-fonts-rest']}</p>
    </div>
  );
}
