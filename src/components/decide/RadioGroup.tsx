import type { ReactNode } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';

interface RadioGroupProps {
  /** The first radio's id; the error summary links to it. */
  id: string;
  legend: ReactNode;
  hint?: ReactNode;
  error: string | undefined;
  /** Read out before the error ("Error:"), from content. */
  errorPrefix: string;
  options: readonly { id: string; label: string }[];
  registration: UseFormRegisterReturn;
}

/** A GOV.UK radios fieldset: legend, hint, error, then the options; the first radio's id is unsuffixed. */
export function RadioGroup({ id, legend, hint, error, errorPrefix, options, registration }: RadioGroupProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset className={`fieldset${error ? ' fieldset--error' : ''}`} aria-describedby={describedBy || undefined}>
      <legend className="fieldset__legend">{legend}</legend>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="field-error">
          <span className="visually-hidden">{errorPrefix} </span>
          {error}
        </p>
      )}
      <div className="radios">
        {options.map((option, index) => {
          const inputId = index === 0 ? id : `${id}-${option.id}`;
          return (
            <div className="radios__item" key={option.id}>
              <input id={inputId} className="radios__input" type="radio" value={option.id} {...registration} />
              <label className="radios__label" htmlFor={inputId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
