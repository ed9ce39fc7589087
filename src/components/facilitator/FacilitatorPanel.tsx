import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useStore } from '@nanostores/react';
import { $session, setPresentation } from '../../stores/session';
import { startNewSession } from '../../stores/facilitator';
import { ConfirmDialog } from '../common/ConfirmDialog';
import { ClientLabelField } from './NoteField';
import type { TextLimitFieldText } from './TextLimitField';
import { ToggleButton } from './ToggleButton';
import { usePresentationClass } from './use-presentation';
import { fillSlotParts } from '../../domain/fill-slots';
import type { SharedText } from '../../schemas/page-wording';

interface FacilitatorPanelProps {
  /** Runs once New session has cleared everything: move focus, announce, or go to question 1. */
  onNewSession: () => void;
  /** Controls the page keeps on the presentation bar (the diagnostic's view switch). */
  presentingControls?: ReactNode;
  /** The panel's words and the confirm dialog's, from the page file of the page that shows the panel. */
  text: SharedText<'confirm'> & SharedText<'facilitator'> & TextLimitFieldText;
}

/**
 * The facilitator's tools, above the diagnostic and the calculator: label, presentation, New session.
 * In presentation mode only a small bar to leave it.
 */
export function FacilitatorPanel({ onNewSession, presentingControls, text }: FacilitatorPanelProps) {
  const { presentation } = useStore($session);
  const [confirming, setConfirming] = useState(false);
  usePresentationClass(presentation);
  const panel = useRef<HTMLElement>(null);
  // Switching presentation removes the control that was pressed: focus goes to the one that
  // switches it back, never to the top of the page.
  const switched = useRef(presentation);
  useEffect(() => {
    if (switched.current === presentation) return;
    switched.current = presentation;
    const active = document.activeElement;
    if (active && active !== document.body && document.contains(active)) return;
    panel.current?.querySelector<HTMLElement>(presentation ? '.presenting-bar__leave' : '[aria-pressed]')?.focus();
  }, [presentation]);

  function confirm() {
    setConfirming(false);
    startNewSession();
    onNewSession();
  }

  // Presentation mode is the client's view of a shared screen: the tools, the label and the notes
  // stay off it. One small control remains, to leave it (and type notes again).
  if (presentation)
    return (
      <section className="presenting-bar" aria-label={text['presenting-region']} ref={panel}>
        <p className="presenting-bar__text">{text.presenting}</p>
        {presentingControls}
        <button
          type="button"
          className="button button--link presenting-bar__leave"
          onClick={() => setPresentation(false)}
        >
          {text['presenting-leave']}
        </button>
      </section>
    );

  return (
    <section className="facilitator-panel" aria-labelledby="facilitator-panel-title" ref={panel}>
      <p id="facilitator-panel-title" className="facilitator-panel__title">
        {text['panel-title']}
      </p>
      <div className="facilitator-panel__body">
        <ClientLabelField text={text} />
        <div className="facilitator-panel__actions">
          <div className="stack stack--2xs">
            <ToggleButton
              pressed={presentation}
              onToggle={setPresentation}
              className="button--secondary"
              describedBy="presentation-hint"
              text={text}
            >
              {text['presentation-mode']}
            </ToggleButton>
            <p id="presentation-hint" className="hint">
              {text['presentation-hint']}
            </p>
          </div>
          <div className="stack stack--2xs">
            <button
              type="button"
              className="button button--secondary"
              aria-describedby="new-session-hint"
              onClick={() => setConfirming(true)}
            >
              {text['new-session']}
            </button>
            <p id="new-session-hint" className="hint">
              {text['new-session-hint']}
            </p>
          </div>
        </div>
      </div>
      <ConfirmDialog
        open={confirming}
        title={text['new-session-title']}
        confirmLabel={text['new-session-confirm']}
        onConfirm={confirm}
        onCancel={() => setConfirming(false)}
        text={text}
      >
        <p>{text['new-session-clears']}</p>
        <p>
          {fillSlotParts(text['new-session-kept'], {
            link: (
              <a key="link" href="/history/">
                {text['new-session-history-link']}
              </a>
            ),
          })}
        </p>
      </ConfirmDialog>
    </section>
  );
}
