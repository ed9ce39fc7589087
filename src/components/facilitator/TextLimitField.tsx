import { useEffect, useState } from 'react';
import { overLimitMessage, remainingMessage, textLimitStatus, type TextLimitText } from '../../domain/text-limit';

/** The field's words near or over its limit, and the error's prefix, from the page file. */
export type TextLimitFieldText = TextLimitText & Readonly<Record<'error-prefix', string>>;

interface TextLimitFieldProps {
  id: string;
  label: string;
  hint: string;
  /** What the error names, e.g. "Notes on Outcome metric". */
  what: string;
  max: number;
  /** The value in the store. */
  stored: string;
  /** Saves a value within the limit; false if the store refused it. */
  save: (text: string) => boolean;
  /** What the store holds after saving `text` (notes of only spaces are not kept). */
  storedAs?: (text: string) => string;
  multiline?: boolean;
  text: TextLimitFieldText;
}

/** Screen readers hear the count once typing pauses, not on every key (as GOV.UK's character count). */
const ANNOUNCE_AFTER_MS = 1000;

/**
 * A label or note saved as you type. Over the limit, the field keeps every character typed or
 * pasted, says by how much it is over, and the store keeps the last version within the limit:
 * nothing is cut or lost without a word (a maxlength attribute would silently truncate a paste).
 */
export function TextLimitField(props: TextLimitFieldProps) {
  const { id, label, hint, what, max, stored, save, storedAs = (value) => value, multiline = false, text } = props;
  const [draft, setDraft] = useState(stored);
  // The store value this field last saw or wrote; a different one was changed elsewhere (New
  // session, an import), so the field shows it. Adjusted during render, as React recommends.
  const [seen, setSeen] = useState(stored);
  if (stored !== seen) {
    setSeen(stored);
    setDraft(stored);
  }

  const status = textLimitStatus(draft, max);
  const error = overLimitMessage(status, what, text);
  const remaining = remainingMessage(status, text);
  const spoken = error ?? remaining ?? '';
  const [announced, setAnnounced] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setAnnounced(spoken), ANNOUNCE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [spoken]);

  function change(value: string) {
    setDraft(value);
    if (value.length <= max && save(value)) setSeen(storedAs(value));
  }

  const describedBy = [`${id}-hint`, error ? `${id}-error` : null, remaining ? `${id}-count` : null]
    .filter(Boolean)
    .join(' ');
  const common = {
    id,
    value: draft,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    spellCheck: true,
  } as const;
  return (
    <div className={`text-field${error ? ' text-field--error' : ''}`}>
      <label className="text-field__label" htmlFor={id}>
        {label}
      </label>
      <p id={`${id}-hint`} className="hint">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">{text['error-prefix']} </span>
          {error}
        </p>
      )}
      {multiline ? (
        <textarea {...common} className="textarea text-field__area" rows={3} onChange={(e) => change(e.target.value)} />
      ) : (
        <input {...common} className="input" type="text" autoComplete="off" onChange={(e) => change(e.target.value)} />
      )}
      {remaining && (
        <p id={`${id}-count`} className="text-field__count">
          {remaining}
        </p>
      )}
      <p className="visually-hidden" aria-live="polite">
        {announced}
      </p>
    </div>
  );
}
