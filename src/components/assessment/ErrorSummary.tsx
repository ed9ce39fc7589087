import { useEffect, useRef } from 'react';
import type { SharedText } from '../../schemas/page-wording';

export interface FieldError {
  /** id of the field to move to (the first radio of a group). */
  href: string;
  message: string;
}

/**
 * GOV.UK-style error summary: takes focus when it appears so screen-reader users hear the problem
 * first, and each error links to its field. Its title comes from the page file of the page that shows it.
 */
export function ErrorSummary({ errors, text }: { errors: FieldError[]; text: SharedText<'error-summary'> }) {
  const summary = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => e.href).join(' ');

  useEffect(() => {
    if (errors.length > 0) summary.current?.focus();
    // Re-focus only when the set of errors changes, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [signature]);

  if (errors.length === 0) return null;
  return (
    <div className="error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="error-summary-title">
      <h2 id="error-summary-title" className="error-summary__title">
        {text['error-summary-title']}
      </h2>
      <ul className="error-summary__list">
        {errors.map((error) => (
          <li key={error.href}>
            <a
              href={`#${error.href}`}
              onClick={(event) => {
                // Focus the field itself; following the fragment would only scroll to it and
                // would replace a share-link fragment in the address bar.
                event.preventDefault();
                document.getElementById(error.href)?.focus();
              }}
            >
              {error.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
