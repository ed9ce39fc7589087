import type { UseCaseView } from '../../domain/decisions-view';
import { setUseCaseNote } from '../../stores/decisions';
import { fillSlots } from '../../domain/fill-slots';
import { DecisionNote } from './DecisionNote';
import type { DecideText, RubricText } from './decide-text';

export const caseTitleId = (id: string) => `${id}-title`;

interface UseCaseCardProps {
  useCase: UseCaseView;
  onChange: () => void;
  onRemove: () => void;
  text: RubricText;
  shared: DecideText;
}

/** One use case: its classification, why, and the risk of building it the other way. */
export function UseCaseCard({ useCase, onChange, onRemove, text, shared }: UseCaseCardProps) {
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
          <h4>{text['why-heading']}</h4>
          <ul className="decide-reasons">
            {classification.reasons.map((reason) => (
              <li key={reason.label}>
                <strong>{reason.label}:</strong> {reason.text}
              </li>
            ))}
          </ul>
          <h4>{text['risk-heading']}</h4>
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
          {fillSlots(classification.missing.length === 1 ? text['not-classified-one'] : text['not-classified-many'], {
            count: classification.missing.length,
          })}
        </p>
      )}
      <div className="decide-actions">
        <button type="button" className="button button--secondary" onClick={onChange}>
          {text['change-answers']}
          <span className="visually-hidden"> {fillSlots(text['change-answers-for'], { name: useCase.name })}</span>
        </button>
        <button type="button" className="button button--link" onClick={onRemove}>
          {text.remove}
          <span className="visually-hidden"> {useCase.name}</span>
        </button>
      </div>
      <DecisionNote
        id={`note-${useCase.id}`}
        subject={useCase.name}
        stored={useCase.note}
        save={(note) => setUseCaseNote(useCase.id, note)}
        text={shared}
      />
    </article>
  );
}
