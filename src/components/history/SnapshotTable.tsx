import { MAX_SNAPSHOTS, type Snapshot } from '../../domain/history';
import { formatSavedAt, snapshotCostText, snapshotScoreText } from '../../domain/history-view';
import { snapshotPartsSummary } from '../../domain/snapshot-parts-view';
import { fillSlots } from '../../domain/fill-slots';
import { TableScroll } from '../common/TableScroll';
import type { HistoryText } from './history-props';

interface SnapshotTableProps {
  /** Oldest first, as stored; the table shows the newest first. */
  snapshots: readonly Snapshot[];
  /** Unique on the page: one table per client. */
  captionId: string;
  /** Whose results these are, for the caption ("Acme Bank"). */
  client: string;
  onDelete: (snapshot: Snapshot) => void;
  text: HistoryText;
}

/**
 * One client's saved results, newest first: the data behind its chart, with a Delete button on
 * each. The client is named in the caption, so it is not repeated on every row.
 */
export function SnapshotTable({ snapshots, captionId, client, onDelete, text }: SnapshotTableProps) {
  const newestFirst = [...snapshots].reverse();
  return (
    <TableScroll labelledBy={captionId} text={text}>
      <table className="table snapshots">
        <caption id={captionId}>
          {fillSlots(text['table-caption'], { client, count: snapshots.length, max: MAX_SNAPSHOTS })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{text['saved-column']}</th>
            <th scope="col">{text['stage-column']}</th>
            <th scope="col" className="num">
              {text['score-column']}
            </th>
            <th scope="col">{text['cost-column']}</th>
            <th scope="col">{text['parts-column']}</th>
            <th scope="col">
              <span className="visually-hidden">{text['actions-column']}</span>
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
                <td className="num">{snapshotScoreText(snapshot, text)}</td>
                <td className="snapshots__cost">{snapshotCostText(snapshot.cost, text)}</td>
                <td>
                  <ul className="snapshots__parts">
                    {snapshotPartsSummary(snapshot.parts, text).map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </td>
                <td>
                  <button type="button" className="button button--link" onClick={() => onDelete(snapshot)}>
                    {text.delete}
                    <span className="visually-hidden"> {fillSlots(text['delete-which'], { 'saved-at': savedAt })}</span>
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
