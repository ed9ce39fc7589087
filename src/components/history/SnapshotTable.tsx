import { MAX_SNAPSHOTS, type Snapshot } from '../../domain/history';
import { formatSavedAt, snapshotCostText, snapshotScoreText } from '../../domain/history-view';

interface SnapshotTableProps {
  /** Oldest first, as stored; the table shows the newest first. */
  snapshots: readonly Snapshot[];
  onDelete: (snapshot: Snapshot) => void;
}

/** Every saved result, newest first: the data behind the chart, with a Delete button on each. */
export function SnapshotTable({ snapshots, onDelete }: SnapshotTableProps) {
  const newestFirst = [...snapshots].reverse();
  return (
    // Focusable so keyboard users can scroll the table sideways on a narrow screen.
    // eslint-disable-next-line jsx-a11y-x/no-noninteractive-tabindex
    <div className="table-wrap" role="region" aria-labelledby="snapshots-caption" tabIndex={0}>
      <table className="table snapshots">
        <caption id="snapshots-caption">
          Your saved results, newest first ({snapshots.length} of at most {MAX_SNAPSHOTS})
        </caption>
        <thead>
          <tr>
            <th scope="col">Saved</th>
            <th scope="col">Client or programme</th>
            <th scope="col">Stage</th>
            <th scope="col" className="num">
              Score
            </th>
            <th scope="col">Year-one cost</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {newestFirst.map((snapshot) => {
            const savedAt = formatSavedAt(snapshot.savedAt);
            return (
              <tr key={snapshot.id}>
                <th scope="row" className="snapshots__date">
                  <time dateTime={snapshot.savedAt}>{savedAt}</time>
                </th>
                <td>
                  {snapshot.clientLabel.trim() || (
                    <>
                      <span aria-hidden="true">—</span>
                      <span className="visually-hidden">None</span>
                    </>
                  )}
                </td>
                <td>{snapshot.stageName}</td>
                <td className="num">{snapshotScoreText(snapshot)}</td>
                <td className="snapshots__cost">{snapshotCostText(snapshot.cost)}</td>
                <td>
                  <button type="button" className="button button--link" onClick={() => onDelete(snapshot)}>
                    Delete<span className="visually-hidden"> the result saved {savedAt}</span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
