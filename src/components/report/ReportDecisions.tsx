import type { DecisionsReport } from '../../domain/decisions-report';
import { fillSlots } from '../../domain/fill-slots';
import type { ReportText } from './report-props';

/** Agent or automation per use case, and where it runs with the elimination trail, as the PDF prints them. */
export function ReportDecisions({ decisions, text }: { decisions: DecisionsReport; text: ReportText }) {
  const { deployment } = decisions;
  return (
    <section className="report-section stack stack--m" aria-labelledby="decisions-heading" data-report-decisions>
      <h2 id="decisions-heading">{text['decisions-heading']}</h2>
      {decisions.useCases.length > 0 && (
        <div className="stack stack--s">
          <h3>{text['use-cases-heading']}</h3>
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
                    {text['notes-label']}: {useCase.note}
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
          <h3>{text['deployment-heading']}</h3>
          <p>
            <strong>
              {fillSlots(text.recommendation, {
                recommendation: deployment.recommendation ?? text['recommendation-pending'],
              })}
            </strong>
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
                    {(step.eliminated.length > 0 ? step.eliminated : [text['nothing-ruled-out']]).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ol>
          )}
          {deployment.note !== '' && (
            <p className="report-note">
              {text['notes-label']}: {deployment.note}
            </p>
          )}
        </div>
      )}
    </section>
  );
}
