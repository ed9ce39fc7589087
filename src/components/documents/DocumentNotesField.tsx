import { MAX_DOCUMENT_NOTE_LENGTH } from '../../domain/invariant-check';
import { TextLimitField } from '../facilitator/TextLimitField';

export interface DocumentNotesFieldProps {
  id: string;
  /** What the notes are on, e.g. "the scorecard". */
  subject: string;
  stored: string;
  save: (text: string) => boolean;
}

/** The notes field itself (loaded on demand by DocumentNotes). */
export default function DocumentNotesField({ id, subject, stored, save }: DocumentNotesFieldProps) {
  const label = `Notes on ${subject}`;
  return (
    <TextLimitField
      id={id}
      label={label}
      hint="Facilitator notes, not printed on the signed page. Saved on this device as you type; cleared by New session."
      what={label}
      max={MAX_DOCUMENT_NOTE_LENGTH}
      stored={stored}
      save={save}
      storedAs={(text) => (text.trim() ? text : '')}
      multiline
    />
  );
}
