import { useStore } from '@nanostores/react';
import { MAX_LABEL_LENGTH, MAX_NOTE_LENGTH } from '../../domain/session-state';
import { $session, setClientLabel, setNote } from '../../stores/session';
import { TextLimitField } from './TextLimitField';

/** The id of a note's textarea: "note-outcome-metric", "note-cost". */
export const noteFieldId = (noteKey: string) => `note-${noteKey}`;

interface NoteFieldProps {
  /** Question id, or COST_NOTE_KEY. */
  noteKey: string;
  /** The question's short label ("Outcome metric") or what the note is on ("the year-one cost"). */
  subject: string;
}

/** A facilitator's note on one question (or the cost), saved to the session as they type. */
export function NoteField({ noteKey, subject }: NoteFieldProps) {
  const { notes } = useStore($session);
  const label = `Notes on ${subject}`;
  return (
    <TextLimitField
      id={noteFieldId(noteKey)}
      label={label}
      hint="Saved on this device as you type; shown in the report and the PDF."
      what={label}
      max={MAX_NOTE_LENGTH}
      stored={Object.hasOwn(notes, noteKey) ? (notes[noteKey] ?? '') : ''}
      save={(text) => setNote(noteKey, text)}
      storedAs={(text) => (text.trim() ? text : '')}
      multiline
    />
  );
}

/** The client or programme name, shown on the report's title and the PDF's cover. */
export function ClientLabelField() {
  const { clientLabel } = useStore($session);
  return (
    <TextLimitField
      id="client-label"
      label="Client or programme"
      hint="Shown as the report’s title and on the PDF. Stays on this device."
      what="The client or programme"
      max={MAX_LABEL_LENGTH}
      stored={clientLabel}
      save={setClientLabel}
    />
  );
}
