import '../../styles/forms.css';
import '../facilitator/facilitator.css';
import '../documents/documents.css';
import type { InvariantsProps } from './InvariantsApp';
import { lazyMain } from '../common/lazy-main';

// The page's first JavaScript is this shell; InvariantsApp is its own chunk (see lazy-main.ts).
const server = import.meta.env.SSR ? (await import('./InvariantsApp')).InvariantsApp : null;
const chunk = server ? null : import('./InvariantsApp').then((m) => m.InvariantsApp);
const Main = lazyMain<InvariantsProps>(server, chunk);

/** The /invariants/ island: server-rendered in full, hydrated once InvariantsApp's chunk has arrived. */
export function InvariantsIsland(props: InvariantsProps) {
  return <Main {...props} />;
}
