import { MAX_SNAPSHOTS, type Snapshot } from '../../domain/history';
import { formatSavedAt, snapshotCostText, snapshotScoreText } from '../../domain/history-view';
import { snapshotPartsSummary } from '../../domain/snapshot-parts-view';
import { TableScroll } from '../common/TableScroll';

interface SnapshotTableProps {
  /** Oldest first, as stored; the table shows the newest first. */
  snapshots: readonly Snapshot[];
  /** Unique on the page: one table per client. */
  captionId: string;
  /** Whose results these are, for the caption ("Acme Bank"). */
  client: string;
  onDelete: (snapshot: Snapshot) => void;
}

/**
 * One client's saved results, newest first: the data behind its chart, with a Delete button on
 * each. The client is named in the caption, so it is not repeated on every row.
 */
export function SnapshotTable({ snapshots, captionId, client, onDelete }: SnapshotTableProps) {
  const newestFirst = [...snapshots].reverse();
  return (
    <TableScroll labelledBy={captionId}>
      <table className="table snapshots">
        <caption id={captionId}>
          Saved results for {client}, newest first ({snapshots.length} of at most {MAX_SNAPSHOTS} in all)
        </caption>
        <thead>
          <tr>
            <th scope="col">Saved</th>
            <th scope="col">Stage</th>
            <th scope="col" className="num">
              Score
            </th>
            <th scope="col">Year-one cost</th>
            <th scope="col">Documents and decisions</th>
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
                <td>{snapshot.stageName}</td>
                <td className="num">{snapshotScoreText(snapshot)}</td>
                <td className="snapshots__cost">{snapshotCostText(snapshot.cost)}</td>
                <td>
                  <ul className="snapshots__parts">
                    {snapshotPartsSummary(snapshot.parts).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </td>
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
    </TableScroll>
  );
}
