import type { Id } from '../../domain/content-types';
import type { TrailStep } from '../../domain/deployment-flow';
import { ClaimTag } from './ClaimTag';

interface DeploymentTrailProps {
  trail: TrailStep[];
  total: number;
  onChange: (step: Id) => void;
}

/** Each answered step: the answer, what it ruled out and why, and a way back to it. */
export function DeploymentTrail({ trail, total, onChange }: DeploymentTrailProps) {
  return (
    <ol className="decide-trail" data-testid="deployment-trail">
      {trail.map((step, index) => (
        <li key={step.step} className="stack stack--xs">
          <h3>
            Step {index + 1} of {total}: {step.stepTitle}
          </h3>
          <p>
            {step.question} <strong>{step.answerLabel}</strong>
          </p>
          {step.eliminated.length === 0 ? (
            <p className="muted">Rules nothing out.</p>
          ) : (
            <ul className="decide-reasons">
              {step.eliminated.map((e) => (
                <li key={e.option}>
                  Rules out <strong>{e.optionLabel}</strong>: {e.reason} <ClaimTag source={e.source} />
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button button--link" onClick={() => onChange(step.step)}>
            Change<span className="visually-hidden"> the answer to {step.stepTitle.toLowerCase()}</span>
          </button>
        </li>
      ))}
    </ol>
  );
}
