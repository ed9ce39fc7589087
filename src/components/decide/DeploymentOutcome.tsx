import type { DeploymentContent } from '../../domain/decision-content';
import type { DeploymentRecommendation } from '../../domain/deployment-flow';
import { ourReadingNoteText } from '../../lib/our-reading-note';
import { ClaimTag } from './ClaimTag';

interface DeploymentOutcomeProps {
  deployment: DeploymentContent;
  recommendation: DeploymentRecommendation;
  onRestart: () => void;
}

/** Where the steps lead: one option with the reason, or a hybrid with the ways to split it. */
export function DeploymentOutcome({ deployment, recommendation, onRestart }: DeploymentOutcomeProps) {
  const hybrid = recommendation.kind === 'hybrid';
  return (
    <section
      className="decide-result decide-result--recommended stack stack--s"
      aria-labelledby="deployment-outcome-title"
      data-testid="deployment-outcome"
    >
      <h2 id="deployment-outcome-title" tabIndex={-1}>
        Recommendation
      </h2>
      <p className="decide-result__outcome">{hybrid ? 'Hybrid' : recommendation.label}</p>
      <p>{recommendation.reason}</p>
      {recommendation.kind === 'option' && recommendation.tieBreak && (
        <p className="muted">
          {ourReadingNoteText(deployment.preferNote)} <ClaimTag source="our-reading" />
        </p>
      )}
      {hybrid && (
        <>
          <p>{deployment.hybrid.summary}</p>
          <ul className="decide-reasons">
            {deployment.hybrid.patterns.map((pattern) => (
              <li key={pattern.title}>
                <strong>{pattern.title}:</strong> {pattern.text}
              </li>
            ))}
          </ul>
          <p className="muted">
            {ourReadingNoteText(deployment.hybrid.note)} <ClaimTag source="our-reading" />
          </p>
        </>
      )}
      <p>
        {hybrid
          ? 'The cost calculator has no hybrid option: price the part that carries most of the cost.'
          : `The cost calculator starts from ${recommendation.label.toLowerCase()}; you can still change it there.`}{' '}
        <a href="/cost/">See what year one costs</a>
      </p>
      <div className="decide-actions">
        <button type="button" className="button button--secondary" onClick={onRestart}>
          Start the steps again
        </button>
        <a href="/decide/agent-or-automation/">Decide agent or automation per use case</a>
      </div>
    </section>
  );
}
