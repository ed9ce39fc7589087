import type { DiagnosticView } from '../../domain/diagnostic-view';
import { fillSlots } from '../../domain/fill-slots';
import type { AssessmentHtml, AssessmentText } from './assessment-props';
import { DocumentLinks } from './DocumentLinks';
import { NextStage } from './NextStage';
import { Ladder } from './Ladder';

interface ResultsProps {
  view: DiagnosticView;
  html: AssessmentHtml;
  /** The screen's words, from content/pages/assessment.md. */
  text: AssessmentText;
  /** Download PDF and the secondary actions: under the stage, and again at the end of the results. */
  actions: React.ReactNode;
}

/** Renders the diagnostic view; every figure and sentence on it comes from the domain core. */
export function Results({ view, html, text, actions }: ResultsProps) {
  const { stage, nextStage, stallPoint, gaps } = view;
  return (
    <div className="stack stack--xl results">
      <section className="stack stack--s" aria-labelledby="screen-heading">
        <p className="eyebrow">{text['result-eyebrow']}</p>
        <h1 id="screen-heading" tabIndex={-1}>
          {stage.name}
        </h1>
        <p className="results__score">{view.scoreSentence}</p>
        <p className="lead">{stage.summary}</p>
        <Ladder ladder={view.ladder} text={text} />
        {actions}
      </section>

      <section className="stack stack--s" aria-labelledby="stall-heading">
        <h2 id="stall-heading">{text['stall-heading']}</h2>
        {stallPoint ? (
          <div className="card card--highlight">
            <p className="results__stall">{view.stallSentence}</p>
          </div>
        ) : (
          <p>{view.stallSentence}</p>
        )}
      </section>

      {gaps.length > 0 && (
        <section className="stack stack--s" aria-labelledby="gaps-heading">
          <h2 id="gaps-heading">{text['gaps-heading']}</h2>
          <ol className="gap-list stack stack--m">
            {gaps.map((gap) => (
              <li key={gap.questionId} className="card stack stack--xs">
                <h3 className="gap-list__title">
                  {gap.label} <span className={`tag tag--${gap.answer}`}>{gap.answerText}</span>
                  {gap.isStallPoint && <span className="tag tag--stall">{text['stall-tag']}</span>}
                </h3>
                <p>{gap.text}</p>
                <details className="details">
                  <summary className="details__summary">
                    {text.guidance}
                    <span className="visually-hidden"> {fillSlots(text['guidance-on'], { question: gap.label })}</span>
                  </summary>
                  <div
                    className="details__text prose"
                    dangerouslySetInnerHTML={{ __html: html.guidance[gap.questionId] ?? '' }}
                  />
                </details>
                <h4 className="gap-list__step-title">{text['first-step']}</h4>
                <div className="prose" dangerouslySetInnerHTML={{ __html: html.firstStep[gap.questionId] ?? '' }} />
              </li>
            ))}
          </ol>
        </section>
      )}

      <DocumentLinks
        documents={view.documents}
        heading={view.documentsHeading}
        headingLevel={2}
        headingId="documents-heading"
      />

      <section className="stack stack--s" aria-labelledby="plan-heading">
        <h2 id="plan-heading">{fillSlots(text['plan-heading'], { stage: stage.name })}</h2>
        <div className="prose" dangerouslySetInnerHTML={{ __html: html.plan[stage.id] ?? '' }} />
      </section>

      <section className="stack stack--s" aria-labelledby="next-heading">
        <h2 id="next-heading">{view.nextHeading}</h2>
        <NextStage nextStage={nextStage} reachingHtml={html.reaching[stage.id] ?? ''} />
      </section>

      {/* The same actions again, where someone who read to the end is. */}
      <section className="stack stack--s results__end" aria-labelledby="actions-end-heading">
        <h2 id="actions-end-heading">{text['actions-end-heading']}</h2>
        {actions}
      </section>
    </div>
  );
}
