import '../../styles/forms.css';
import '../facilitator/facilitator.css';
import './history.css';
import type { HistoryProps } from './history-props';
import { lazyMain } from '../common/lazy-main';

// The page's first JavaScript is this shell; HistoryApp is its own chunk (see lazy-main.ts).
const server = import.meta.env.SSR ? (await import('./HistoryApp')).HistoryApp : null;
const chunk = server ? null : import('./HistoryApp').then((m) => m.HistoryApp);
const Main = lazyMain<HistoryProps>(server, chunk);

/** The /history/ island: server-rendered in full, hydrated once HistoryApp's chunk has arrived. */
export function HistoryIsland(props: HistoryProps) {
  return <Main {...props} />;
}
