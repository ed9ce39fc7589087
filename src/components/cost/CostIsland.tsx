import '../../styles/forms.css';
import './cost.css';
import type { CostProps } from './cost-props';
import { lazyMain } from '../common/lazy-main';

// The page's first JavaScript is this shell; CostApp is its own chunk (see lazy-main.ts).
const server = import.meta.env.SSR ? (await import('./CostApp')).CostApp : null;
const chunk = server ? null : import('./CostApp').then((m) => m.CostApp);
const Main = lazyMain<CostProps>(server, chunk);

/** The /cost/ island: server-rendered in full, hydrated once CostApp's chunk has arrived. */
export function CostIsland(props: CostProps) {
  return <Main {...props} />;
}
