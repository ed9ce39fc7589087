import '../../styles/forms.css';
import '../facilitator/facilitator.css';
import '../documents/documents.css';
import type { PartnerCheckProps } from './PartnerCheckApp';
import { lazyMain } from '../common/lazy-main';

// The page's first JavaScript is this shell; PartnerCheckApp is its own chunk (see lazy-main.ts).
const server = import.meta.env.SSR ? (await import('./PartnerCheckApp')).PartnerCheckApp : null;
const chunk = server ? null : import('./PartnerCheckApp').then((m) => m.PartnerCheckApp);
const Main = lazyMain<PartnerCheckProps>(server, chunk);

/** The /partner-check/ island: server-rendered in full, hydrated once PartnerCheckApp's chunk has arrived. */
export function PartnerCheckIsland(props: PartnerCheckProps) {
  return <Main {...props} />;
}
