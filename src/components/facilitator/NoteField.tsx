import { useStore } from '@nanostores/react';
import { MAX_LABEL_LENGTH, MAX_NOTE_LENGTH } from '../../domain/session-state';
import { $session, setClientLabel, setNote } from '../../stores/session';
import { fillSlots } from '../../domain/fill-slots';
import type { SharedText } from '../../schemas/page-wording';
import { TextLimitField, type TextLimitFieldText } from './TextLimitField';

/** A note's words, from the page file. */
export type NoteFieldText = Pick<SharedText<'facilitator'>, 'note-label' | 'note-hint'> & TextLimitFieldText;
/** The client label's words, from the page file. */
export type ClientLabelText = Pick<
  SharedText<'facilitator'>,
  'client-field-label' | 'client-field-hint' | 'client-field-what'
> &
  TextLimitFieldText;

/** The id of a note's textarea: "note-outcome-metric", "note-cost". */
export const noteFieldId = (noteKey: string) => `note-${noteKey}`;

export interface NoteFieldProps {
  /** Question id, or COST_NOTE_KEY. */
  noteKey: string;
  /** The question's short label ("Outcome metric") or what the note is on ("the year-one cost"). */
  subject: string;
  text: NoteFieldText;
}

/** A facilitator's note on one question (or the cost), saved to the session as they type. */
export function NoteField({ noteKey, subject, text }: NoteFieldProps) {
  const { notes } = useStore($session);
  const label = fillSlots(text['note-label'], { subject });
  return (
    <TextLimitField
      id={noteFieldId(noteKey)}
      label={label}
      hint={text['note-hint']}
      what={label}
      max={MAX_NOTE_LENGTH}
      stored={Object.hasOwn(notes, noteKey) ? (notes[noteKey] ?? '') : ''}
      save={(value) => setNote(noteKey, value)}
      storedAs={(value) => (value.trim() ? value : '')}
      multiline
      text={text}
    />
  );
}

/** The client or programme name, shown on the report's title and the PDF's cover. */
export function ClientLabelField({ text }: { text: ClientLabelText }) {
  const { clientLabel } = useStore($session);
  return (
    <TextLimitField
      id="client-label"
      label={text['client-field-label']}
      hint={text['client-field-hint']}
      what={text['client-field-what']}
      max={MAX_LABEL_LENGTH}
      stored={clientLabel}
      save={setClientLabel}
      text={text}
    />
  );
}
