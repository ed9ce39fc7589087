import { useEffect, useMemo, useRef, useState, type RefObject, type SubmitEvent } from 'react';
import type { Question, Stage } from '../../domain/content-types';
import { compareSnapshots, type Snapshot } from '../../domain/history';
import {
  describeComparison,
  formatSavedAt,
  formatSavedDate,
  inSavedOrder,
  snapshotName,
  snapshotScoreText,
} from '../../domain/history-view';
import { compareSnapshotParts } from '../../domain/snapshot-parts-view';
import { fillSlotParts, fillSlots } from '../../domain/fill-slots';
import { TableScroll } from '../common/TableScroll';
import type { AnswerLabelText } from '../../schemas/page-wording';
import type { HistoryText } from './history-props';

interface CompareProps {
  /** Oldest first. */
  snapshots: readonly Snapshot[];
  questions: readonly Question[];
  stages: readonly Stage[];
  text: HistoryText;
  /** The answers' labels (content/pages/assessment.md), for the changed answers. */
  answerText: AnswerLabelText;
}

/**
 * Pick any two saved results and see what changed between them: stage, score, cost and each
 * answer. They are compared in the order they were saved, whichever menu each was picked in.
 */
export function Compare({ snapshots, questions, stages, text, answerText }: CompareProps) {
  const newestFirst = useMemo(() => [...snapshots].reverse(), [snapshots]);
  const [firstId, setFirstId] = useState<string | null>(null);
  const [secondId, setSecondId] = useState<string | null>(null);
  const [compared, setCompared] = useState<[string, string] | null>(null);
  const [error, setError] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const second = useRef<HTMLSelectElement>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  // Defaults: the latest result against the one before it. A choice that was deleted falls back too.
  const byId = (id: string | null) => snapshots.find((s) => s.id === id);
  const first = byId(firstId) ?? newestFirst[1];
  const secondChoice = byId(secondId) ?? newestFirst[0];
  const pair = compared ? [byId(compared[0]), byId(compared[1])] : null;
  const shown = pair?.[0] && pair[1] ? inSavedOrder(pair[0], pair[1]) : null;

  useEffect(() => {
    if (focusRequest > 0) heading.current?.focus();
  }, [focusRequest]);

  function submit(event: SubmitEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!first || !secondChoice) return;
    if (first.id === secondChoice.id) {
      setError(true);
      second.current?.focus();
      return;
    }
    setError(false);
    setCompared([first.id, secondChoice.id]);
    setFocusRequest((n) => n + 1);
  }

  if (snapshots.length < 2) {
    return <p className="prose">{text['compare-need-two']}</p>;
  }
  const option = (s: Snapshot) => (
    <option key={s.id} value={s.id}>
      {fillSlots(text['compare-option'], { name: snapshotName(s), score: snapshotScoreText(s, text) })}
    </option>
  );
  return (
    <div className="stack stack--m">
      <form noValidate onSubmit={submit} className="compare-form">
        <div className="compare-form__field">
          <label className="text-field__label" htmlFor="compare-first">
            {text['compare-first']}
          </label>
          <select
            id="compare-first"
            className="select"
            value={first?.id}
            onChange={(e) => {
              setFirstId(e.target.value);
              setError(false);
            }}
          >
            {newestFirst.map(option)}
          </select>
        </div>
        <div className={`compare-form__field${error ? ' text-field--error' : ''}`}>
          <label className="text-field__label" htmlFor="compare-second">
            {text['compare-second']}
          </label>
          {error && (
            <p id="compare-second-error" className="field-error">
              <span className="visually-hidden">{text['error-prefix']} </span>
              {text['compare-same']}
            </p>
          )}
          <select
            id="compare-second"
            ref={second}
            className="select"
            value={secondChoice?.id}
            aria-invalid={error || undefined}
            aria-describedby={error ? 'compare-second-error' : undefined}
            onChange={(e) => {
              setSecondId(e.target.value);
              setError(false);
            }}
          >
            {newestFirst.map(option)}
          </select>
        </div>
        <button type="submit" className="button compare-form__submit">
          {text['compare-button']}
        </button>
      </form>
      {shown && (
        <ComparisonView
          before={shown[0]}
          after={shown[1]}
          questions={questions}
          stages={stages}
          heading={heading}
          text={text}
          answerText={answerText}
        />
      )}
    </div>
  );
}

interface ComparisonViewProps {
  before: Snapshot;
  after: Snapshot;
  questions: readonly Question[];
  stages: readonly Stage[];
  heading: RefObject<HTMLHeadingElement | null>;
  text: HistoryText;
  answerText: AnswerLabelText;
}

export function ComparisonView({ before, after, questions, stages, heading, text, answerText }: ComparisonViewProps) {
  const described = useMemo(
    () => describeComparison(compareSnapshots(before, after, questions, stages), before, after, text, answerText),
    [before, after, questions, stages, text, answerText],
  );
  const parts = useMemo(() => compareSnapshotParts(before.parts, after.parts, text), [before, after, text]);
  const labels = [before.clientLabel.trim(), after.clientLabel.trim()];
  return (
    <section className="comparison card stack stack--s" aria-labelledby="comparison-title">
      <h3 id="comparison-title" ref={heading} tabIndex={-1}>
        {fillSlots(text['changed-heading'], {
          before: formatSavedDate(before.savedAt),
          after: formatSavedDate(after.savedAt),
        })}
      </h3>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">{text['compared-row']}</dt>
          <dd className="summary-list__value">
            {fillSlotParts(text[labels[0] === labels[1] ? 'compared-text' : 'compared-labels'], {
              earlier: (
                <time key="earlier" dateTime={before.savedAt}>
                  {formatSavedAt(before.savedAt)}
                </time>
              ),
              later: (
                <time key="later" dateTime={after.savedAt}>
                  {formatSavedAt(after.savedAt)}
                </time>
              ),
              before: labels[0] || text['no-label'],
              after: labels[1] || text['no-label'],
            })}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{text['stage-row']}</dt>
          <dd className="summary-list__value comparison__stage">{described.stage}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{text['score-row']}</dt>
          <dd className="summary-list__value">{described.score}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{text['cost-row']}</dt>
          <dd className="summary-list__value">{described.cost}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{text['answers-row']}</dt>
          <dd className="summary-list__value">{described.answers}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">{text['parts-row']}</dt>
          <dd className="summary-list__value">
            {parts.summary}
            {parts.changes.length > 0 && (
              <ul className="comparison__parts">
                {parts.changes.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            )}
          </dd>
        </div>
      </dl>
      {described.changes.length > 0 && (
        <TableScroll labelledBy="changes-caption" text={text}>
          <table className="table">
            <caption id="changes-caption">{text['changes-caption']}</caption>
            <thead>
              <tr>
                <th scope="col">{text['question-column']}</th>
                <th scope="col">{text['before-column']}</th>
                <th scope="col">{text['after-column']}</th>
              </tr>
            </thead>
            <tbody>
              {described.changes.map((change) => (
                <tr key={change.questionId}>
                  <th scope="row" className="comparison__question">
                    <span className="comparison__label">{change.label}</span> {change.text}
                  </th>
                  <td>{change.before}</td>
                  <td>{change.after}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
