import '../../styles/forms.css';
import '../facilitator/facilitator.css';
import '../documents/documents.css';
import type { DefinitionProps } from './DefinitionApp';
import { lazyMain } from '../common/lazy-main';

// The page's first JavaScript is this shell; DefinitionApp is its own chunk (see lazy-main.ts).
const server = import.meta.env.SSR ? (await import('./DefinitionApp')).DefinitionApp : null;
const chunk = server ? null : import('./DefinitionApp').then((m) => m.DefinitionApp);
const Main = lazyMain<DefinitionProps>(server, chunk);

/** The /readiness-definition/ island: server-rendered in full, hydrated once DefinitionApp's chunk has arrived. */
export function DefinitionIsland(props: DefinitionProps) {
  return <Main {...props} />;
}
