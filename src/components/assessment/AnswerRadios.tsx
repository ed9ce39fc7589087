import { ANSWER_VALUES } from '../../domain/answers';
import type { AnswerValue, Question } from '../../domain/content-types';
import { answerLabel } from '../../domain/answer-labels';
import type { AssessmentText } from './assessment-props';

interface AnswerRadiosProps {
  question: Question;
  value: AnswerValue | undefined;
  error: string | undefined;
  onChange: (value: AnswerValue) => void;
  text: Pick<AssessmentText, 'error-prefix' | 'answer-yes' | 'answer-no' | 'answer-unsure' | 'answer-unanswered'>;
}

/** The id of a question's first radio: error summaries link to it (GOV.UK convention). */
export const firstRadioId = (questionId: string) => `answer-${questionId}`;

const KEY_HINTS: Record<AnswerValue, string> = { yes: 'Y', no: 'N', unsure: 'U' };

/** Yes / No / Not sure as a real radio group: arrows, Space and Tab behave as browsers do. */
export function AnswerRadios({ question, value, error, onChange, text }: AnswerRadiosProps) {
  const errorId = `${question.id}-error`;
  return (
    <div className="stack stack--xs">
      {error && (
        <p id={errorId} className="field-error">
          <span className="visually-hidden">{text['error-prefix']} </span>
          {error}
        </p>
      )}
      <div className="radios" role="presentation">
        {ANSWER_VALUES.map((answer, index) => {
          const id = index === 0 ? firstRadioId(question.id) : `${firstRadioId(question.id)}-${answer}`;
          return (
            <div className="radios__item" key={answer}>
              <input
                className="radios__input"
                type="radio"
                id={id}
                name={`answer-${question.id}`}
                value={answer}
                checked={value === answer}
                onChange={() => onChange(answer)}
                aria-describedby={error ? errorId : undefined}
              />
              <label className="radios__label" htmlFor={id}>
                {answerLabel(text, answer)}
                <kbd className="radios__key" aria-hidden="true">
                  {KEY_HINTS[answer]}
                </kbd>
              </label>
            </div>
          );
        })}
      </div>
    </div>
  );
}
