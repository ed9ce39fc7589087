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
import { TableScroll } from '../common/TableScroll';

interface CompareProps {
  /** Oldest first. */
  snapshots: readonly Snapshot[];
  questions: readonly Question[];
  stages: readonly Stage[];
}

const SAME_MESSAGE = 'Choose two different saved results';

/**
 * Pick any two saved results and see what changed between them: stage, score, cost and each
 * answer. They are compared in the order they were saved, whichever menu each was picked in.
 */
export function Compare({ snapshots, questions, stages }: CompareProps) {
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
    return <p>Save at least two results to compare them: retake the diagnostic later and save again.</p>;
  }
  const option = (s: Snapshot) => (
    <option key={s.id} value={s.id}>
      {snapshotName(s)} ({snapshotScoreText(s)})
    </option>
  );
  return (
    <div className="stack stack--m">
      <form noValidate onSubmit={submit} className="compare-form">
        <div className="compare-form__field">
          <label className="text-field__label" htmlFor="compare-first">
            First result
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
            Second result
          </label>
          {error && (
            <p id="compare-second-error" className="field-error">
              <span className="visually-hidden">Error: </span>
              {SAME_MESSAGE}
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
          Compare
        </button>
      </form>
      {shown && (
        <ComparisonView before={shown[0]} after={shown[1]} questions={questions} stages={stages} heading={heading} />
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
}

function ComparisonView({ before, after, questions, stages, heading }: ComparisonViewProps) {
  const text = useMemo(
    () => describeComparison(compareSnapshots(before, after, questions, stages), before, after),
    [before, after, questions, stages],
  );
  const parts = useMemo(() => compareSnapshotParts(before.parts, after.parts), [before, after]);
  const labels = [before.clientLabel.trim(), after.clientLabel.trim()];
  return (
    <section className="comparison card stack stack--s" aria-labelledby="comparison-title">
      <h3 id="comparison-title" ref={heading} tabIndex={-1}>
        What changed from {formatSavedDate(before.savedAt)} to {formatSavedDate(after.savedAt)}
      </h3>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt className="summary-list__key">Compared</dt>
          <dd className="summary-list__value">
            <time dateTime={before.savedAt}>{formatSavedAt(before.savedAt)}</time> (earlier) with{' '}
            <time dateTime={after.savedAt}>{formatSavedAt(after.savedAt)}</time> (later)
            {labels[0] !== labels[1] && (
              <>
                . Labels: {labels[0] || 'none'} → {labels[1] || 'none'}
              </>
            )}
          </dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Stage</dt>
          <dd className="summary-list__value comparison__stage">{text.stage}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Score</dt>
          <dd className="summary-list__value">{text.score}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Year-one cost</dt>
          <dd className="summary-list__value">{text.cost}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Answers</dt>
          <dd className="summary-list__value">{text.answers}</dd>
        </div>
        <div className="summary-list__row">
          <dt className="summary-list__key">Documents and decisions</dt>
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
      {text.changes.length > 0 && (
        <TableScroll labelledBy="changes-caption">
          <table className="table">
            <caption id="changes-caption">Questions whose answer changed</caption>
            <thead>
              <tr>
                <th scope="col">Question</th>
                <th scope="col">Before</th>
                <th scope="col">After</th>
              </tr>
            </thead>
            <tbody>
              {text.changes.map((change) => (
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
