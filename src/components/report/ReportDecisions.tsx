import type { DecisionsReport } from '../../domain/decisions-report';
import { REPORT_PART_TEXT } from '../../domain/ui-text';

/** Agent or automation per use case, and where it runs with the elimination trail, as the PDF prints them. */
export function ReportDecisions({ decisions }: { decisions: DecisionsReport }) {
  const { deployment } = decisions;
  return (
    <section className="report-section stack stack--m" aria-labelledby="decisions-heading" data-report-decisions>
      <h2 id="decisions-heading">Decisions</h2>
      {decisions.useCases.length > 0 && (
        <div className="stack stack--s">
          <h3>Agent or automation</h3>
          <ul className="stack stack--s">
            {decisions.useCases.map((useCase) => (
              <li key={useCase.name} className="card stack stack--xs">
                <p>
                  <strong>
                    {useCase.name}: {useCase.outcome}
                  </strong>
                </p>
                {useCase.description !== '' && <p className="muted">{useCase.description}</p>}
                {useCase.reasons.length + useCase.risks.length > 0 && (
                  <ul>
                    {[...useCase.reasons, ...useCase.risks].map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
                {useCase.note !== '' && (
                  <p className="report-note">
                    {REPORT_PART_TEXT.notesLabel}: {useCase.note}
                  </p>
                )}
              </li>
            ))}
          </ul>
          {decisions.counts && <p>{decisions.counts}</p>}
        </div>
      )}
      {deployment && (
        <div className="stack stack--s">
          <h3>Where it runs</h3>
          <p>
            <strong>Recommendation: {deployment.recommendation ?? REPORT_PART_TEXT.recommendationPending}</strong>
          </p>
          {deployment.reason && <p>{deployment.reason}</p>}
          {deployment.patterns.length > 0 && (
            <ul>
              {deployment.patterns.map((pattern) => (
                <li key={pattern}>{pattern}</li>
              ))}
            </ul>
          )}
          {deployment.trail.length > 0 && (
            <ol className="stack stack--xs">
              {deployment.trail.map((step) => (
                <li key={step.title}>
                  <strong>{step.title}</strong>
                  <p>
                    {step.question} {step.answer}
                  </p>
                  <ul>
                    {(step.eliminated.length > 0 ? step.eliminated : [REPORT_PART_TEXT.nothingRuledOut]).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
          {deployment.note !== '' && (
            <p className="report-note">
              {REPORT_PART_TEXT.notesLabel}: {deployment.note}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
