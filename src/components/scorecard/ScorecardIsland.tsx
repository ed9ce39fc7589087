import '../../styles/forms.css';
import '../facilitator/facilitator.css';
import '../documents/documents.css';
import type { ScorecardProps } from './scorecard-props';
import { lazyMain } from '../common/lazy-main';

// The page's first JavaScript is this shell; ScorecardApp is its own chunk (see lazy-main.ts).
const server = import.meta.env.SSR ? (await import('./ScorecardApp')).ScorecardApp : null;
const chunk = server ? null : import('./ScorecardApp').then((m) => m.ScorecardApp);
const Main = lazyMain<ScorecardProps>(server, chunk);

/** The /scorecard/ island: server-rendered in full, hydrated once ScorecardApp's chunk has arrived. */
export function ScorecardIsland(props: ScorecardProps) {
  return <Main {...props} />;
}
