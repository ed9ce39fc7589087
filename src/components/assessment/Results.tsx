import type { Diagnosis } from '../../domain/diagnosis';
import type { Id } from '../../domain/content-types';
import type { AssessmentHtml } from './assessment-props';
import { Ladder } from './Ladder';

interface ResultsProps {
  diagnosis: Diagnosis;
  html: AssessmentHtml;
  ruleInWords: Record<Id, string>;
  actions: React.ReactNode;
}

const GAP_LABELS = { no: 'No', unsure: 'Not sure — find out', unanswered: 'Not answered' } as const;

/** Renders the diagnosis; every figure on it comes from the domain core. */
export function Results({ diagnosis, html, ruleInWords, actions }: ResultsProps) {
  const { stage, nextStage, stallPoint, gaps, score, total } = diagnosis;
  return (
    <div className="stack stack--xl results">
      <section className="stack stack--s" aria-labelledby="screen-heading">
        <p className="eyebrow">Your result</p>
        <h1 id="screen-heading" tabIndex={-1}>
          {stage.name}
        </h1>
        <p className="results__score">
          <strong>
            {score} of {total}
          </strong>{' '}
          questions answered Yes.
        </p>
        <p className="lead">{stage.summary}</p>
        <Ladder ladder={diagnosis.ladder} />
        {actions}
      </section>

      <section className="stack stack--s" aria-labelledby="stall-heading">
        <h2 id="stall-heading">Where you stall</h2>
        {stallPoint ? (
          <div className="card card--highlight stack stack--xs">
            <p>The first question you could not answer Yes is where programmes like yours usually stall:</p>
            <p className="results__stall">
              <strong>{stallPoint.label}:</strong> {stallPoint.text}
            </p>
            <div className="prose" dangerouslySetInnerHTML={{ __html: html.firstStep[stallPoint.id] ?? '' }} />
          </div>
        ) : (
          <p>You answered Yes to every question: there is no stall point. Keep the evidence current.</p>
        )}
      </section>

      {gaps.length > 0 && (
        <section className="stack stack--s" aria-labelledby="gaps-heading">
          <h2 id="gaps-heading">Your gaps, stall point first</h2>
          <ol className="gap-list stack stack--m">
            {gaps.map((gap) => (
              <li key={gap.question.id} className="card stack stack--xs">
                <h3 className="gap-list__title">
                  {gap.question.label} <span className={`tag tag--${gap.answer}`}>{GAP_LABELS[gap.answer]}</span>
                  {gap.isStallPoint && <span className="tag tag--stall">Stall point</span>}
                </h3>
                <p>{gap.question.text}</p>
                <details className="details">
                  <summary className="details__summary">
                    Guidance<span className="visually-hidden"> on {gap.question.label}</span>
                  </summary>
                  <div
                    className="details__text prose"
                    dangerouslySetInnerHTML={{ __html: html.guidance[gap.question.id] ?? '' }}
                  />
                </details>
                <h4 className="gap-list__step-title">First step</h4>
                <div className="prose" dangerouslySetInnerHTML={{ __html: html.firstStep[gap.question.id] ?? '' }} />
              </li>
            ))}
          </ol>
        </section>
      )}

      <section className="stack stack--s" aria-labelledby="plan-heading">
        <h2 id="plan-heading">Your plan: {stage.name}</h2>
        <div className="prose" dangerouslySetInnerHTML={{ __html: html.plan[stage.id] ?? '' }} />
      </section>

      {nextStage && (
        <section className="stack stack--s" aria-labelledby="next-heading">
          <h2 id="next-heading">Reaching {nextStage.name}</h2>
          <p>{nextStage.summary}</p>
          <p>
            <strong>What it takes:</strong> {ruleInWords[nextStage.id]}.
          </p>
        </section>
      )}
    </div>
  );
}
