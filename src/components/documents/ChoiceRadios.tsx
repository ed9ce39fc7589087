interface ChoiceRadiosProps<T extends string> {
  /** The id of the first radio (error summaries link to it); the others get "-<value>" added, spaces as hyphens. */
  id: string;
  name: string;
  legend: React.ReactNode;
  hint?: React.ReactNode;
  error?: string | undefined;
  /** Read out before the error ("Error:"), from content. */
  errorPrefix: string;
  options: readonly { value: T; label: string }[];
  value: T | undefined;
  onChange: (value: T) => void;
}

/** A GOV.UK-style radio group in its own fieldset: arrows, Space and Tab behave as browsers do. */
export function ChoiceRadios<T extends string>(props: ChoiceRadiosProps<T>) {
  const { id, name, legend, hint, error, errorPrefix, options, value, onChange } = props;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset className={`fieldset${error ? ' fieldset--error' : ''}`} aria-describedby={describedBy}>
      <legend className="fieldset__legend">{legend}</legend>
      {hint && (
        <div id={hintId} className="hint">
          {hint}
        </div>
      )}
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">{errorPrefix} </span>
          {error}
        </p>
      )}
      <div className="radios">
        {options.map((option, index) => {
          // Values can be prose ("Every two weeks"); an id may not contain whitespace.
          const optionId = index === 0 ? id : `${id}-${option.value.replace(/\s+/g, '-')}`;
          return (
            <div className="radios__item" key={option.value}>
              <input
                className="radios__input"
                type="radio"
                id={optionId}
                name={name}
                value={option.value}
                checked={value === option.value}
                onChange={() => onChange(option.value)}
              />
              <label className="radios__label" htmlFor={optionId}>
                {option.label}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
