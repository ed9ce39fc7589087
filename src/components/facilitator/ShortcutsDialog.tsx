import { useEffect, useId, useRef } from 'react';

interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
  /** Whether the single-key shortcuts (Y, N, U, ?) are on. */
  keysOn: boolean;
  onKeysOnChange: (on: boolean) => void;
}

const SHORTCUTS: { keys: string[]; what: string }[] = [
  { keys: ['Y'], what: 'Answer Yes' },
  { keys: ['N'], what: 'Answer No' },
  { keys: ['U'], what: 'Answer Not sure' },
  { keys: ['?'], what: 'Show this list of shortcuts' },
  { keys: ['↑', '↓'], what: 'Move between Yes, No and Not sure' },
  { keys: ['Enter'], what: 'Continue to the next question, or check your answers' },
  { keys: ['Tab'], what: 'Move to the next control (Shift + Tab: the previous one)' },
  { keys: ['Esc'], what: 'Close this list or any dialog' },
];

/**
 * The keyboard shortcuts, opened with `?` or the toolbar button. Single-key shortcuts can be
 * turned off here (WCAG 2.1.4), e.g. for speech input, where a spoken word can press them.
 */
export function ShortcutsDialog({ open, onClose, keysOn, onKeysOnChange }: ShortcutsDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    // The browser traps focus in a modal dialog, closes it on Escape and returns focus to the opener.
    if (open && !element.open) {
      element.showModal();
      // Start reading at the title, not at the checkbox below the list.
      heading.current?.focus();
    }
    if (!open && element.open) element.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="dialog shortcuts-dialog" aria-labelledby={titleId} onClose={onClose}>
      <div className="stack stack--s">
        <h2 id={titleId} ref={heading} tabIndex={-1}>
          Keyboard shortcuts
        </h2>
        <table className="table shortcuts">
          <caption className="visually-hidden">Keys and what they do</caption>
          <thead>
            <tr>
              <th scope="col">Key</th>
              <th scope="col">What it does</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map(({ keys, what }) => (
              <tr key={what}>
                <td className="shortcuts__keys">
                  {keys.map((key, index) => (
                    <span key={key}>
                      {index > 0 && ' '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">
          On one question at a time, Y, N and U answer and move on to the next question. On all questions, they answer
          the question you are on (or the first unanswered one) and move to the next. They do nothing while you type in
          a notes or label field.
        </p>
        <div className="check">
          <input
            id="single-key-shortcuts"
            className="check__input"
            type="checkbox"
            checked={keysOn}
            aria-describedby="single-key-shortcuts-hint"
            onChange={(event) => onKeysOnChange(event.target.checked)}
          />
          <label className="check__label" htmlFor="single-key-shortcuts">
            Use single-key shortcuts (Y, N, U and ?)
          </label>
          <p id="single-key-shortcuts-hint" className="hint check__hint">
            Turn them off if they get in the way, for example with speech input. Applies until you leave this page.
          </p>
        </div>
        <div className="button-group">
          <button type="button" className="button" onClick={onClose}>
            Close
          </button>
        </div>
      </div>
    </dialog>
  );
}
