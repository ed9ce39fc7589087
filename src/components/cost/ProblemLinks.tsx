import type { FieldProblem } from './TextField';

/** Moves focus to a field, opening the quotes disclosure first if the field is inside it. */
export function focusField(id: string): void {
  const field = document.getElementById(id);
  field?.closest('details')?.setAttribute('open', '');
  field?.focus();
}

/** Each problem as a link to its field (GOV.UK error-summary links). */
export function ProblemLinks({ problems, className }: { problems: FieldProblem[]; className: string }) {
  return (
    <ul className={className}>
      {problems.map((problem) => (
        <li key={problem.id}>
          <a
            href={`#${problem.id}`}
            onClick={(event) => {
              // Focus the field itself: following the fragment would only scroll to it, and
              // would put a fragment in the address bar.
              event.preventDefault();
              focusField(problem.id);
            }}
          >
            {problem.message}
          </a>
        </li>
      ))}
    </ul>
  );
}
