import type { UseCaseView } from '../../domain/decisions-view';
import { setUseCaseNote } from '../../stores/decisions';
import { DecisionNote } from './DecisionNote';

export const caseTitleId = (id: string) => `${id}-title`;

interface UseCaseCardProps {
  useCase: UseCaseView;
  onChange: () => void;
  onRemove: () => void;
}

/** One use case: its classification, why, and the risk of building it the other way. */
export function UseCaseCard({ useCase, onChange, onRemove }: UseCaseCardProps) {
  const { classification } = useCase;
  const titleId = caseTitleId(useCase.id);
  return (
    <article className="decide-result stack stack--s" aria-labelledby={titleId} data-testid="use-case">
      <div className="stack stack--2xs">
        <h3 id={titleId} tabIndex={-1}>
          {useCase.name}
        </h3>
        {useCase.description && <p className="muted">{useCase.description}</p>}
      </div>
      {classification.status === 'classified' ? (
        <>
          <p className="decide-result__outcome" data-testid="use-case-outcome">
            {useCase.outcomeLabel}
          </p>
          <p>{useCase.outcomeSummary}</p>
          <h4>Why</h4>
          <ul className="decide-reasons">
            {classification.reasons.map((reason) => (
              <li key={reason.label}>
                <strong>{reason.label}:</strong> {reason.text}
              </li>
            ))}
          </ul>
          <h4>The risk of getting it wrong</h4>
          <ul className="decide-reasons">
            {classification.risks.map((risk) => (
              <li key={risk.title}>
                <strong>{risk.title}:</strong> {risk.text}
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>
          Not classified yet: {classification.missing.length} of the questions{' '}
          {classification.missing.length === 1 ? 'needs' : 'need'} an answer.
        </p>
      )}
      <div className="decide-actions">
        <button type="button" className="button button--secondary" onClick={onChange}>
          Change answers<span className="visually-hidden"> for {useCase.name}</span>
        </button>
        <button type="button" className="button button--link" onClick={onRemove}>
          Remove<span className="visually-hidden"> {useCase.name}</span>
        </button>
      </div>
      <DecisionNote
        id={`note-${useCase.id}`}
        subject={useCase.name}
        stored={useCase.note}
        save={(text) => setUseCaseNote(useCase.id, text)}
      />
    </article>
  );
}
