import { useEffect, useRef } from 'react';
import { ProblemLinks } from './ProblemLinks';
import type { FieldProblem } from './TextField';

interface CostErrorSummaryProps {
  problems: FieldProblem[];
  /** Bumped by each submit attempt (Enter in a field): the summary then takes focus. */
  focusRequest: number;
  /** "There is a problem", from content/pages/cost.md. */
  title: string;
}

/**
 * GOV.UK-style error summary, shown and focused when Enter is pressed while a field is wrong.
 * It does not appear on its own as the user types or leaves a field: appearing above the form
 * would push everything down just as they reach for the next control. Field messages and the
 * estimate's own "last valid estimate" note cover that case.
 */
export function CostErrorSummary({ problems, focusRequest, title }: CostErrorSummaryProps) {
  const summary = useRef<HTMLDivElement>(null);
  const focused = useRef(0);
  const visible = problems.length > 0;

  useEffect(() => {
    if (!visible || focusRequest === focused.current) return;
    focused.current = focusRequest;
    summary.current?.focus();
  }, [visible, focusRequest]);

  if (!visible) return null;
  return (
    <div className="error-summary" ref={summary} tabIndex={-1} role="alert" aria-labelledby="cost-error-summary-title">
      <h2 id="cost-error-summary-title" className="error-summary__title">
        {title}
      </h2>
      <ProblemLinks problems={problems} className="error-summary__list" />
    </div>
  );
}
