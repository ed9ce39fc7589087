import { useStore } from '@nanostores/react';
import { MAX_NOTE_LENGTH } from '../../domain/session-state';
import { $session } from '../../stores/session';
import { TextLimitField } from '../facilitator/TextLimitField';

interface DecisionNoteProps {
  id: string;
  /** What the note is on: "Invoice matching", "where it runs". */
  subject: string;
  stored: string;
  save: (text: string) => boolean;
}

/** A facilitator's note on one decision, shown in facilitator mode and saved with the decisions. */
export function DecisionNote({ id, subject, stored, save }: DecisionNoteProps) {
  const { facilitator } = useStore($session);
  if (!facilitator && !stored) return null;
  const label = `Notes on ${subject}`;
  return (
    <TextLimitField
      id={id}
      label={label}
      hint="Facilitator notes, saved on this device as you type."
      what={label}
      max={MAX_NOTE_LENGTH}
      stored={stored}
      save={save}
      multiline
    />
  );
}
