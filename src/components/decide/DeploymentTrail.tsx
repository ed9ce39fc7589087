import type { Id } from '../../domain/content-types';
import type { TrailStep } from '../../domain/deployment-flow';
import { fillSlotParts, fillSlots } from '../../domain/fill-slots';
import { ClaimTag } from './ClaimTag';
import type { DecideText, DeploymentText } from './decide-text';

interface DeploymentTrailProps {
  trail: TrailStep[];
  total: number;
  onChange: (step: Id) => void;
  text: DeploymentText;
  shared: DecideText;
}

/** Each answered step: the answer, what it ruled out and why, and a way back to it. */
export function DeploymentTrail({ trail, total, onChange, text, shared }: DeploymentTrailProps) {
  return (
    <ol className="decide-trail" data-testid="deployment-trail">
      {trail.map((step, index) => (
        <li key={step.step} className="stack stack--xs">
          <h3>{fillSlots(text['step-of'], { number: index + 1, total, step: step.stepTitle })}</h3>
          <p>
            {step.question} <strong>{step.answerLabel}</strong>
          </p>
          {step.eliminated.length === 0 ? (
            <p className="muted">{text['rules-nothing-out']}</p>
          ) : (
            <ul className="decide-reasons">
              {step.eliminated.map((e) => (
                <li key={e.option}>
                  {fillSlotParts(text['rules-out'], {
                    option: <strong key="option">{e.optionLabel}</strong>,
                    reason: e.reason,
                  })}{' '}
                  <ClaimTag source={e.source} label={shared['our-reading']} />
                </li>
              ))}
            </ul>
          )}
          <button type="button" className="button button--link" onClick={() => onChange(step.step)}>
            {text.change}
            <span className="visually-hidden">
              {' '}
              {fillSlots(text['change-which'], { step: step.stepTitle.toLowerCase() })}
            </span>
          </button>
        </li>
      ))}
    </ol>
  );
}
