import { useState, type SubmitEvent, type ReactNode } from 'react';
import type { AnswerValue, Question } from '../../domain/content-types';
import { fillSlots } from '../../domain/fill-slots';
import type { AssessmentText } from './assessment-props';
import { AnswerRadios, firstRadioId } from './AnswerRadios';
import { ErrorSummary } from './ErrorSummary';

interface QuestionStepProps {
  question: Question;
  /** 1-based position and total, for the progress bar. */
  position: number;
  total: number;
  value: AnswerValue | undefined;
  guidanceHtml: string;
  onAnswer: (value: AnswerValue) => void;
  onContinue: () => void;
  onBack: (() => void) | null;
  /** Set when the error summary is showing, so the page title can say "Error: ". */
  onErrorChange: (hasError: boolean) => void;
  /** The facilitator's notes field, under the answers (facilitator mode only). */
  note?: ReactNode;
  /** The screen's words, from content/pages/assessment.md. */
  text: AssessmentText;
}

/** One question per screen: the question is the page's h1 inside the fieldset's legend. */
export function QuestionStep(props: QuestionStepProps) {
  const { question, position, total, value, guidanceHtml, onAnswer, onContinue, onBack, onErrorChange, note, text } =
    props;
  const [showError, setShowError] = useState(false);
  const error = showError && value === undefined ? text['no-answer'] : undefined;

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (value === undefined) {
      setShowError(true);
      onErrorChange(true);
      return;
    }
    onContinue();
  }

  function answer(next: AnswerValue) {
    onAnswer(next);
    if (showError) onErrorChange(false);
  }

  // autoComplete off: the browser must not restore a radio it saw checked before a reload — the
  // stored answers are the truth, and the island adopts a radio checked before it hydrated as an
  // answer (AssessmentApp).
  return (
    <form noValidate autoComplete="off" onSubmit={submit} className="stack stack--m question-step">
      <ErrorSummary errors={error ? [{ href: firstRadioId(question.id), message: error }] : []} text={text} />
      <div className="progress">
        <p className="progress__label" id="progress-label">
          {fillSlots(text.progress, { position, total })}
        </p>
        {/* On question n, n of the total is shown: the first question already shows progress. */}
        <progress className="progress__bar" max={total} value={position} aria-labelledby="progress-label" />
      </div>
      <fieldset className={`fieldset${error ? ' fieldset--error' : ''}`} aria-describedby={`${question.id}-why`}>
        <legend className="fieldset__legend">
          <h1 id="screen-heading" tabIndex={-1} className="question-step__heading">
            {question.text}
          </h1>
        </legend>
        <p id={`${question.id}-why`} className="hint">
          {question.why}
        </p>
        <details className="details">
          <summary className="details__summary">{text['what-counts']}</summary>
          <div className="details__text prose" dangerouslySetInnerHTML={{ __html: guidanceHtml }} />
        </details>
        <AnswerRadios question={question} value={value} error={error} onChange={answer} text={text} />
      </fieldset>
      {note}
      <div className="button-group">
        <button type="submit" className="button">
          {text.continue}
        </button>
        {onBack && (
          <button type="button" className="button button--secondary" onClick={onBack}>
            {text.back}
          </button>
        )}
      </div>
    </form>
  );
}
