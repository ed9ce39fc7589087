import { useState, type ReactNode } from 'react';
import { overLimitMessage, textLimitStatus, type TextLimitText } from '../../domain/text-limit';

interface DocumentFieldProps {
  id: string;
  label: ReactNode;
  hint?: string;
  /** The problem found when the form was last checked, if any. */
  error?: string | undefined;
  /** Read out before the error ("Error:"), from content. */
  errorPrefix: string;
  /** What the over-the-limit message names, e.g. "The baseline". */
  what: string;
  max: number;
  /** The value in the store. */
  stored: string;
  /** Saves text within the limit; false when the store refused it. */
  save: (text: string) => boolean;
  multiline?: boolean;
  /** A narrow input, for numbers and dates. */
  short?: boolean;
  inputMode?: 'text' | 'decimal' | 'numeric';
  /** The words over the limit (documents.md's `text`). */
  limitText: TextLimitText;
}

/**
 * A labelled text field of a signable document, saved as you type (GOV.UK order: label, hint,
 * error, input). Over its limit it keeps everything typed and says by how much it is over, while
 * the store keeps the last version within the limit: nothing is cut without a word.
 */
export function DocumentField(props: DocumentFieldProps) {
  const {
    id,
    label,
    hint,
    error,
    errorPrefix,
    what,
    max,
    stored,
    save,
    multiline = false,
    short = false,
    inputMode,
    limitText,
  } = props;
  const [draft, setDraft] = useState(stored);
  // A different store value was written elsewhere (loaded, New session): show it.
  const [seen, setSeen] = useState(stored);
  if (stored !== seen) {
    setSeen(stored);
    setDraft(stored);
  }
  const message = overLimitMessage(textLimitStatus(draft, max), what, limitText) ?? error;

  function change(text: string) {
    setDraft(text);
    if (text.length <= max && save(text)) setSeen(text);
  }

  const describedBy = [hint ? `${id}-hint` : null, message ? `${id}-error` : null].filter(Boolean).join(' ');
  const common = {
    id,
    value: draft,
    'aria-describedby': describedBy || undefined,
    'aria-invalid': message ? true : undefined,
    autoComplete: 'off',
  } as const;
  return (
    <div className={`doc-field${message ? ' doc-field--error' : ''}`}>
      <label className="doc-field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {message && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">{errorPrefix} </span>
          {message}
        </p>
      )}
      {multiline ? (
        <textarea {...common} className="textarea" rows={3} onChange={(e) => change(e.target.value)} />
      ) : (
        <input
          {...common}
          className={`input${short ? ' input--short' : ''}`}
          type="text"
          inputMode={inputMode}
          spellCheck={!short}
          onChange={(e) => change(e.target.value)}
        />
      )}
    </div>
  );
}
