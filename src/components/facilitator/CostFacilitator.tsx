import { useEffect } from 'react';
import { useStore } from '@nanostores/react';
import type { Id } from '../../domain/content-types';
import { COST_NOTE_KEY } from '../../domain/session-state';
import { $session, initSession } from '../../stores/session';
import { FacilitatorPanel } from './FacilitatorPanel';
import { NoteField, type NoteFieldText } from './NoteField';
import type { TextLimitFieldText } from './TextLimitField';
import type { SharedText } from '../../schemas/page-wording';
import type { CostText } from '../cost/cost-props';

/** Reads `?mode=facilitator` once, then drops it so switching the mode off sticks across reloads. */
function dropModeParam(): void {
  const url = new URL(window.location.href);
  if (!url.searchParams.has('mode')) return;
  url.searchParams.delete('mode');
  history.replaceState(history.state, '', url.pathname + url.search + url.hash);
}

/**
 * Loads the facilitator session on the cost page once the calculator has hydrated (until then the
 * session is empty, as on the server, so hydration matches).
 */
function useCostSession(questionIds: readonly Id[]): boolean {
  const { facilitator } = useStore($session);
  useEffect(() => {
    // The question ids keep the notes on the questions: a session decoded without them would
    // drop those notes as unknown.
    initSession(questionIds, window.location.search);
    dropModeParam();
  }, [questionIds]);
  return facilitator;
}

/** The facilitator's tools above the calculator (label, presentation, New session), in facilitator mode. */
export function CostFacilitatorPanel({
  questionIds,
  text,
}: {
  questionIds: readonly Id[];
  text: SharedText<'confirm'> & SharedText<'facilitator'> & TextLimitFieldText;
}) {
  const on = useCostSession(questionIds);
  if (!on) return null;
  // New session starts the next client at question 1 of the diagnostic.
  return <FacilitatorPanel onNewSession={() => window.location.assign('/assessment/')} text={text} />;
}

/** The facilitator's note on the year-one cost, in facilitator mode (not while presenting). */
export function CostNote({ text }: { text: Pick<CostText, 'note-region-label' | 'note-subject'> & NoteFieldText }) {
  const { facilitator, presentation } = useStore($session);
  // Presentation mode is the client's view: notes stay off the shared screen.
  if (!facilitator || presentation) return null;
  return (
    <section className="facilitator-note" aria-label={text['note-region-label']}>
      <NoteField noteKey={COST_NOTE_KEY} subject={text['note-subject']} text={text} />
    </section>
  );
}
