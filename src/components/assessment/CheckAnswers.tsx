import { useState } from 'react';
import type { Answers } from '../../domain/answers';
import type { Id, Question } from '../../domain/content-types';
import { fillSlots } from '../../domain/fill-slots';
import { answerLabel } from '../../domain/answer-labels';
import type { AssessmentText } from './assessment-props';
import { ErrorSummary } from './ErrorSummary';

interface CheckAnswersProps {
  questions: readonly Question[];
  answers: Answers;
  onChange: (questionId: Id) => void;
  onSubmit: () => void;
  onErrorChange: (hasError: boolean) => void;
  /** The screen's words, from content/pages/assessment.md. */
  text: AssessmentText;
}

/** changeLinkId(id) lets the Change flow return focus to the row the user left from. */
export const changeLinkId = (questionId: Id) => `change-${questionId}`;

export function CheckAnswers({ questions, answers, onChange, onSubmit, onErrorChange, text }: CheckAnswersProps) {
  const [showErrors, setShowErrors] = useState(false);
  const unanswered = questions.filter((q) => answers[q.id] === undefined);
  const errors = showErrors
    ? unanswered.map((q) => ({
        href: changeLinkId(q.id),
        message: fillSlots(text['answer-to-see'], { question: q.label }),
      }))
    : [];

  function submit() {
    if (unanswered.length > 0) {
      setShowErrors(true);
      onErrorChange(true);
      return;
    }
    onSubmit();
  }

  return (
    <div className="stack stack--l">
      <ErrorSummary errors={errors} text={text} />
      <h1 id="screen-heading" tabIndex={-1}>
        {text['check-heading']}
      </h1>
      <dl className="summary-list">
        {questions.map((question) => {
          const answer = answers[question.id];
          return (
            <div className="summary-list__row" key={question.id}>
              <dt className="summary-list__key">{question.text}</dt>
              <dd className="summary-list__value">
                {answer ? answerLabel(text, answer) : <em>{answerLabel(text, 'unanswered')}</em>}
              </dd>
              <dd className="summary-list__actions">
                <button
                  type="button"
                  id={changeLinkId(question.id)}
                  className="button button--link"
                  onClick={() => onChange(question.id)}
                >
                  {answer ? text.change : text.answer}
                  <span className="visually-hidden">
                    {' '}
                    {fillSlots(text[answer ? 'change-which' : 'answer-which'], { question: question.label })}
                  </span>
                </button>
              </dd>
            </div>
          );
        })}
      </dl>
      <div className="button-group">
        <button type="button" className="button" onClick={submit}>
          {text['see-results']}
        </button>
      </div>
    </div>
  );
}
