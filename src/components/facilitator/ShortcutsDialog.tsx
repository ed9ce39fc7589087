import { useEffect, useId, useRef } from 'react';
import type { AssessmentText } from '../assessment/assessment-props';

interface ShortcutsDialogProps {
  open: boolean;
  onClose: () => void;
  /** Whether the single-key shortcuts (Y, N, U, ?) are on. */
  keysOn: boolean;
  onKeysOnChange: (on: boolean) => void;
  /** The list's words, from content/pages/assessment.md. */
  text: AssessmentText;
}

/**
 * Each key and the text key of what it does. A key is its character, as the key handlers compare
 * it (a letter, a symbol), or a named key's text key, its name on the caps in the page's words.
 */
const SHORTCUTS = [
  { keys: [{ character: 'Y' }], what: 'shortcut-yes' },
  { keys: [{ character: 'N' }], what: 'shortcut-no' },
  { keys: [{ character: 'U' }], what: 'shortcut-unsure' },
  { keys: [{ character: '?' }], what: 'shortcut-help' },
  { keys: [{ character: '↑' }, { character: '↓' }], what: 'shortcut-arrows' },
  { keys: [{ name: 'key-enter' }], what: 'shortcut-enter' },
  { keys: [{ name: 'key-tab' }], what: 'shortcut-tab' },
  { keys: [{ name: 'key-esc' }], what: 'shortcut-esc' },
] as const satisfies readonly {
  keys: readonly ({ character: string } | { name: keyof AssessmentText })[];
  what: keyof AssessmentText;
}[];

/**
 * The keyboard shortcuts, opened with `?` or the toolbar button. Single-key shortcuts can be
 * turned off here (WCAG 2.1.4), e.g. for speech input, where a spoken word can press them.
 */
export function ShortcutsDialog({ open, onClose, keysOn, onKeysOnChange, text }: ShortcutsDialogProps) {
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
          {text['keyboard-shortcuts']}
        </h2>
        <table className="table shortcuts">
          <caption className="visually-hidden">{text['shortcuts-caption']}</caption>
          <thead>
            <tr>
              <th scope="col">{text['shortcuts-key-column']}</th>
              <th scope="col">{text['shortcuts-what-column']}</th>
            </tr>
          </thead>
          <tbody>
            {SHORTCUTS.map(({ keys, what }) => (
              <tr key={what}>
                <td className="shortcuts__keys">
                  {keys.map((key, index) => {
                    const cap = 'name' in key ? text[key.name] : key.character;
                    return (
                      <span key={cap}>
                        {index > 0 && ' '}
                        <kbd>{cap}</kbd>
                      </span>
                    );
                  })}
                </td>
                <td>{text[what]}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="hint">{text['shortcuts-hint']}</p>
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
            {text['shortcuts-single-key']}
          </label>
          <p id="single-key-shortcuts-hint" className="hint check__hint">
            {text['shortcuts-single-key-hint']}
          </p>
        </div>
        <div className="button-group">
          <button type="button" className="button" onClick={onClose}>
            {text['shortcuts-close']}
          </button>
        </div>
      </div>
    </dialog>
  );
}
