import { useState, type SubmitEvent, type ReactNode } from 'react';
import type { Answers } from '../../domain/answers';
import type { AnswerValue, Id, Question } from '../../domain/content-types';
import { AnswerRadios, firstRadioId } from './AnswerRadios';
import { ErrorSummary } from './ErrorSummary';
import { fillSlots } from '../../domain/fill-slots';
import type { AssessmentText } from './assessment-props';

interface AllQuestionsProps {
  questions: readonly Question[];
  answers: Answers;
  guidanceHtml: Record<Id, string>;
  onAnswer: (questionId: Id, value: AnswerValue) => void;
  onDone: () => void;
  onErrorChange: (hasError: boolean) => void;
  /** The facilitator's notes field for a question (facilitator mode only). */
  renderNote?: (question: Question) => ReactNode;
  /** The screen's words, from content/pages/assessment.md. */
  text: AssessmentText;
}

/** Every question on one page, for facilitators walking a client through them. */
export function AllQuestions(props: AllQuestionsProps) {
  const { questions, answers, guidanceHtml, onAnswer, onDone, onErrorChange, renderNote, text } = props;
  const [showErrors, setShowErrors] = useState(false);
  const unanswered = questions.filter((q) => answers[q.id] === undefined);
  const errors = showErrors
    ? unanswered.map((q) => ({
        href: firstRadioId(q.id),
        message: fillSlots(text['no-answer-for'], { question: q.label }),
      }))
    : [];

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (unanswered.length > 0) {
      setShowErrors(true);
      onErrorChange(true);
      return;
    }
    onDone();
  }

  return (
    <form noValidate onSubmit={submit} className="stack stack--l">
      <ErrorSummary errors={errors} text={text} />
      <div className="stack stack--xs">
        <h1 id="screen-heading" tabIndex={-1}>
          {text['all-heading']}
        </h1>
        <p className="lead">
          {fillSlots(text['all-lead'], { answered: questions.length - unanswered.length, total: questions.length })}
        </p>
      </div>
      <ol className="all-questions">
        {questions.map((question) => {
          const error = showErrors && answers[question.id] === undefined ? text['no-answer'] : undefined;
          return (
            <li key={question.id} className="all-questions__item" data-question-id={question.id}>
              <fieldset
                className={`fieldset${error ? ' fieldset--error' : ''}`}
                aria-describedby={`${question.id}-why`}
              >
                <legend className="fieldset__legend">
                  <h2 className="all-questions__heading">{question.text}</h2>
                </legend>
                <p id={`${question.id}-why`} className="hint">
                  {question.why}
                </p>
                <details className="details">
                  <summary className="details__summary">{text['what-counts']}</summary>
                  <div
                    className="details__text prose"
                    dangerouslySetInnerHTML={{ __html: guidanceHtml[question.id] ?? '' }}
                  />
                </details>
                <AnswerRadios
                  question={question}
                  value={answers[question.id]}
                  error={error}
                  onChange={(value) => onAnswer(question.id, value)}
                  text={text}
                />
              </fieldset>
              {renderNote?.(question)}
            </li>
          );
        })}
      </ol>
      <div className="button-group">
        <button type="submit" className="button">
          {text['check-answers']}
        </button>
      </div>
    </form>
  );
}
