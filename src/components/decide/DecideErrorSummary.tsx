import { useEffect, useRef } from 'react';
import { ProblemLinks } from '../cost/ProblemLinks';
import type { FieldProblem } from '../cost/TextField';

interface DecideErrorSummaryProps {
  problems: FieldProblem[];
  /** Bumped by each submit attempt: the summary then takes focus, as GOV.UK's does. */
  focusRequest: number;
  /** "There is a problem", from content. */
  title: string;
}

/** GOV.UK-style error summary for a decide form, shown and focused on a submit with errors. */
export function DecideErrorSummary({ problems, focusRequest, title }: DecideErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  const visible = problems.length > 0;

  useEffect(() => {
    if (visible && focusRequest > 0) summary.current?.focus();
  }, [visible, focusRequest]);

  if (!visible) return null;
  return (
    <div
      className="error-summary"
      ref={summary}
      tabIndex={-1}
      role="alert"
      aria-labelledby="decide-error-summary-title"
    >
      <h2 id="decide-error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ProblemLinks problems={problems} className="error-summary__list" />
    </div>
  );
}
