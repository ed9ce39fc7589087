import { MAX_DOCUMENT_NOTE_LENGTH } from '../../domain/invariant-check';
import { TextLimitField, type TextLimitFieldText } from '../facilitator/TextLimitField';

export interface DocumentNotesFieldProps {
  id: string;
  /** The field's label, from the page's content (its `notes-label`). */
  label: string;
  /** The hint under it (documents.md's `notes-hint`). */
  hint: string;
  stored: string;
  save: (text: string) => boolean;
  /** The words near or over the limit (documents.md's `text`). */
  text: TextLimitFieldText;
}

/** The notes field itself (loaded on demand by DocumentNotes). */
export default function DocumentNotesField({ id, label, hint, stored, save, text }: DocumentNotesFieldProps) {
  return (
    <TextLimitField
      id={id}
      label={label}
      hint={hint}
      what={label}
      max={MAX_DOCUMENT_NOTE_LENGTH}
      stored={stored}
      save={save}
      storedAs={(value) => (value.trim() ? value : '')}
      multiline
      text={text}
    />
  );
}
