import { useState } from 'react';
import { useStore } from '@nanostores/react';
import { $session, setPresentation } from '../../stores/session';
import { startNewSession } from '../../stores/facilitator';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ClientLabelField } from './NoteField';
import { ToggleButton } from './ToggleButton';
import { usePresentationClass } from './use-presentation';

interface FacilitatorPanelProps {
  /** Runs once New session has cleared everything: move focus, announce, or go to question 1. */
  onNewSession: () => void;
}

/** The facilitator's tools, above the diagnostic and the calculator: label, presentation, New session. */
export function FacilitatorPanel({ onNewSession }: FacilitatorPanelProps) {
  const { presentation } = useStore($session);
  const [confirming, setConfirming] = useState(false);
  usePresentationClass(presentation);

  function confirm() {
    setConfirming(false);
    startNewSession();
    onNewSession();
  }

  return (
    <section className="facilitator-panel" aria-labelledby="facilitator-panel-title">
      <p id="facilitator-panel-title" className="facilitator-panel__title">
        Facilitator mode
      </p>
      <div className="facilitator-panel__body">
        <ClientLabelField />
        <div className="facilitator-panel__actions">
          <div className="stack stack--2xs">
            <ToggleButton
              pressed={presentation}
              onToggle={setPresentation}
              className="button--secondary"
              describedBy="presentation-hint"
            >
              Presentation mode
            </ToggleButton>
            <p id="presentation-hint" className="hint">
              Larger text for a shared screen.
            </p>
          </div>
          <div className="stack stack--2xs">
            <button
              type="button"
              className="button button--secondary"
              aria-describedby="new-session-hint"
              onClick={() => setConfirming(true)}
            >
              New session
            </button>
            <p id="new-session-hint" className="hint">
              Clears everything for the next client.
            </p>
          </div>
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        title="Start a new session?"
        confirmLabel="Yes, start a new session"
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
      >
        <p>
          This clears the answers, the cost estimate, the documents and checks, the use cases and deployment answers,
          the client label and every note on this device, ready for the next client. It cannot be undone.
        </p>
        <p>
          Your saved results are kept. To keep this session too, <a href="/history/">download it from History</a> first.
        </p>
      </ConfirmDialog>
    </section>
  );
}
