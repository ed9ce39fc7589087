import type { ReportDiagnostic as Diagnostic } from '../../domain/report-model';
import { fillSlots } from '../../domain/fill-slots';
import type { ReportHtml, ReportText } from './report-props';
import { DocumentLinks } from '../assessment/DocumentLinks';
import { NextStage } from '../assessment/NextStage';
import { Ladder } from '../assessment/Ladder';

/** Score, stage, ladder, stall point and the next stage: the diagnostic half of the report. */
interface PartProps {
  diagnostic: Diagnostic;
  html: ReportHtml;
  text: ReportText;
}

export function ReportSummary({ diagnostic, html, text }: PartProps) {
  const { stage, stallPoint, nextStage } = diagnostic;
  return (
    <section className="report-section stack stack--m" aria-labelledby="summary-heading">
      <h2 id="summary-heading">{text['summary-heading']}</h2>
      <div className="stack stack--xs">
        <p className="eyebrow">{text['stage-eyebrow']}</p>
        <p className="report-stage" data-testid="stage-name">
          {stage.name}
        </p>
        <p className="results__score">{diagnostic.scoreSentence}</p>
        <p className="lead">{stage.summary}</p>
      </div>
      <Ladder ladder={diagnostic.ladder} text={text} />
      <div className="card card--highlight stack stack--xs">
        <h3>{text['stall-heading']}</h3>
        <p className={stallPoint ? 'report-stall' : undefined}>{diagnostic.stallSentence}</p>
      </div>
      <div className="stack stack--xs">
        <h3>{diagnostic.nextHeading}</h3>
        <NextStage nextStage={nextStage} reachingHtml={html.reaching[stage.id] ?? ''} />
      </div>
    </section>
  );
}

export function ReportAnswers({ diagnostic, text }: Omit<PartProps, 'html'>) {
  return (
    <section className="report-section stack stack--s" aria-labelledby="answers-heading">
      <h2 id="answers-heading">{text['answers-heading']}</h2>
      <div className="table-wrap">
        <table className="table">
          <caption className="visually-hidden">{text['answers-caption']}</caption>
          <thead>
            <tr>
              <th scope="col" className="num">
                #
              </th>
              <th scope="col">{text['question-column']}</th>
              <th scope="col">{text['answer-column']}</th>
            </tr>
          </thead>
          <tbody>
            {diagnostic.answers.map((row) => (
              <tr key={row.questionId}>
                <td className="num">{row.order}</td>
                <th scope="row" className="report-answers__question">
                  <span className="report-answers__label">{row.label}</span>
                  <span className="report-answers__text">{row.text}</span>
                </th>
                <td>
                  <span className={`report-answer report-answer--${row.answer}`}>{row.answerText}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** The plan: stall point first, each gap's first step (guidance folded away), then the stage plan. */
export function ReportPlan({ diagnostic, html, text }: PartProps) {
  const { gaps, stage } = diagnostic;
  return (
    <section className="report-section stack stack--m" aria-labelledby="plan-heading">
      <h2 id="plan-heading">{text['plan-section-heading']}</h2>
      {gaps.length > 0 ? (
        <ol className="gap-list stack stack--m">
          {gaps.map((gap) => (
            <li key={gap.questionId} className={`card stack stack--xs${gap.isStallPoint ? ' card--highlight' : ''}`}>
              <h3 className="gap-list__title">
                {gap.label} <span className={`tag tag--${gap.answer}`}>{gap.answerText}</span>
                {gap.isStallPoint && <span className="tag tag--stall">{text['stall-tag']}</span>}
              </h3>
              <p>{gap.text}</p>
              <h4 className="gap-list__step-title">{text['first-step']}</h4>
              <div className="prose" dangerouslySetInnerHTML={{ __html: html.firstStep[gap.questionId] ?? '' }} />
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
            </li>
          ))}
        </ol>
      ) : (
        <p>{text['no-gaps']}</p>
      )}
      <DocumentLinks
        documents={diagnostic.documents}
        heading={diagnostic.documentsHeading}
        headingLevel={3}
        headingId="report-documents-links-heading"
      />
      <div className="stack stack--s">
        <h3>{fillSlots(text['plan-heading'], { stage: stage.name })}</h3>
        <div className="prose" dangerouslySetInnerHTML={{ __html: html.plan[stage.id] ?? '' }} />
      </div>
    </section>
  );
}
