import { useStore } from '@nanostores/react';
import { MAX_NOTE_LENGTH } from '../../domain/session-state';
import { $session } from '../../stores/session';
import { fillSlots } from '../../domain/fill-slots';
import { TextLimitField } from '../facilitator/TextLimitField';
import type { DecideText } from './decide-text';

interface DecisionNoteProps {
  id: string;
  /** What the note is on: "Invoice matching", "where it runs". */
  subject: string;
  stored: string;
  save: (text: string) => boolean;
  text: DecideText;
}

/** A facilitator's note on one decision, shown in facilitator mode and saved with the decisions. */
export function DecisionNote({ id, subject, stored, save, text }: DecisionNoteProps) {
  const { facilitator } = useStore($session);
  if (!facilitator && !stored) return null;
  const label = fillSlots(text['notes-label'], { subject });
  return (
    <TextLimitField
      id={id}
      label={label}
      hint={text['notes-hint']}
      what={label}
      max={MAX_NOTE_LENGTH}
      stored={stored}
      save={save}
      multiline
      text={text}
    />
  );
}
