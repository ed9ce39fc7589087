import { useEffect, useId, useRef, type ReactNode } from 'react';
import type { SharedText } from '../../schemas/page-wording';

interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
  /** The dialog's own words (Cancel), from the page file of the page that shows it. */
  text: SharedText<'confirm'>;
}

/**
 * A modal confirm built on <dialog>: the browser traps focus, closes on Escape and returns focus
 * to the opener, which a hand-rolled modal would have to re-implement.
 */
export function ConfirmDialog({ open, title, children, confirmLabel, onConfirm, onCancel, text }: ConfirmDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  // Unique per dialog: a page may hold several (e.g. Start over and New session).
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      // The action is destructive, so the safe choice takes focus rather than the first button.
      cancel.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="dialog" aria-labelledby={titleId} onClose={onCancel}>
      <div className="stack stack--s">
        <h2 id={titleId}>{title}</h2>
        {children}
        <div className="button-group">
          <button type="button" className="button" onClick={onConfirm}>
            {confirmLabel}
          </button>
          <button type="button" className="button button--secondary" onClick={onCancel} ref={cancel}>
            {text['dialog-cancel']}
          </button>
        </div>
      </div>
    </dialog>
  );
}
