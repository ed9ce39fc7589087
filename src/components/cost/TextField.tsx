import type { KeyboardEvent, ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface TextFieldProps {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error: string | undefined;
  /** Read before the error by screen readers ("Error:", from the page's words). */
  errorPrefix: string;
  registration: UseFormRegisterReturn & { onKeyDown?: (event: KeyboardEvent<HTMLInputElement>) => void };
  inputMode?: 'numeric' | 'decimal' | 'text';
  /** Wider inputs for names; numbers stay short. */
  wide?: boolean;
}

/**
 * A labelled text input with hint and error (GOV.UK order: label, hint, error, input). Numbers are
 * typed into text inputs, not type="number": a number input silently empties "ten" or "1,000",
 * where this one keeps what was typed and says what is wrong with it.
 */
export function TextField({
  id,
  label,
  hint,
  error,
  errorPrefix,
  registration,
  inputMode = 'numeric',
  wide = false,
}: TextFieldProps) {
  const hintId = hint ? `${id}-hint` : '';
  const errorId = error ? `${id}-error` : '';
  const describedBy = `${hintId} ${errorId}`.trim();
  return (
    <div className={`field${error ? ' field--error' : ''}`}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">{errorPrefix} </span>
          {error}
        </p>
      )}
      <input
        id={id}
        className={`input${wide ? '' : ' input--short'}`}
        type="text"
        inputMode={inputMode}
        autoComplete="off"
        spellCheck={false}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy || undefined}
        {...registration}
      />
    </div>
  );
}

/** The id of a field's input, from its form path: "quotes.operations.low" → "cost-quotes-operations-low". */
export const fieldId = (path: string) => `cost-${path.replace(/\./g, '-')}`;

export interface FieldProblem {
  /** id of the input to move focus to. */
  id: string;
  message: string;
}
