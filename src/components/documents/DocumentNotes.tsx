import { useStore } from '@nanostores/react';
import { MAX_DOCUMENT_NOTE_LENGTH } from '../../domain/invariant-check';
import { $session } from '../../stores/session';
import { TextLimitField } from '../facilitator/TextLimitField';

interface DocumentNotesProps {
  id: string;
  /** What the notes are on, e.g. "the scorecard". */
  subject: string;
  stored: string;
  save: (text: string) => boolean;
}

/** A facilitator's notes on a document or check; shown only in facilitator mode. */
export function DocumentNotes({ id, subject, stored, save }: DocumentNotesProps) {
  const { facilitator } = useStore($session);
  if (!facilitator) return null;
  const label = `Notes on ${subject}`;
  return (
    <TextLimitField
      id={id}
      label={label}
      hint="Facilitator notes. Saved on this device as you type; cleared by New session."
      what={label}
      max={MAX_DOCUMENT_NOTE_LENGTH}
      stored={stored}
      save={save}
      storedAs={(text) => (text.trim() ? text : '')}
      multiline
    />
  );
}
