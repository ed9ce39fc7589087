import type { DeploymentContent } from '../../domain/decision-content';
import { deploymentReason, type DeploymentRecommendation } from '../../domain/deployment-flow';
import { ourReadingNoteText } from '../../lib/our-reading-note';
import { fillSlots } from '../../domain/fill-slots';
import { ClaimTag } from './ClaimTag';
import type { DecideText, DeploymentText } from './decide-text';

interface DeploymentOutcomeProps {
  deployment: DeploymentContent;
  recommendation: DeploymentRecommendation;
  onRestart: () => void;
  text: DeploymentText;
  shared: DecideText;
}

/** Where the steps lead: one option with the reason, or a hybrid with the ways to split it. */
export function DeploymentOutcome({ deployment, recommendation, onRestart, text, shared }: DeploymentOutcomeProps) {
  const hybrid = recommendation.kind === 'hybrid';
  return (
    <section
      className="decide-result decide-result--recommended stack stack--s"
      aria-labelledby="deployment-outcome-title"
      data-testid="deployment-outcome"
    >
      <h2 id="deployment-outcome-title" tabIndex={-1}>
        {text['recommendation-heading']}
      </h2>
      <p className="decide-result__outcome">{hybrid ? text.hybrid : recommendation.label}</p>
      <p>{deploymentReason(recommendation, shared)}</p>
      {recommendation.kind === 'option' && recommendation.tieBreak && (
        <p className="muted">
          {ourReadingNoteText(deployment.preferNote)} <ClaimTag source="our-reading" label={shared['our-reading']} />
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
            {ourReadingNoteText(deployment.hybrid.note)} <ClaimTag source="our-reading" label={shared['our-reading']} />
          </p>
        </>
      )}
      <p>
        {hybrid ? text['hybrid-cost'] : fillSlots(text['option-cost'], { option: recommendation.label.toLowerCase() })}{' '}
        <a href="/cost/">{shared['cost-link']}</a>
      </p>
      <div className="decide-actions">
        <button type="button" className="button button--secondary" onClick={onRestart}>
          {text.restart}
        </button>
        <a href="/decide/agent-or-automation/">{text['rubric-link']}</a>
      </div>
    </section>
  );
}
