import '../../styles/forms.css';
import '../assessment/assessment.css';
import './report.css';
import '../facilitator/facilitator.css';
import type { ReportProps } from './report-props';
import { lazyMain } from '../common/lazy-main';

// The page's first JavaScript is this shell; ReportApp is its own chunk (see lazy-main.ts).
const server = import.meta.env.SSR ? (await import('./ReportApp')).ReportApp : null;
const chunk = server ? null : import('./ReportApp').then((m) => m.ReportApp);
const Main = lazyMain<ReportProps>(server, chunk);

/** The /report/ island: server-rendered in full, hydrated once ReportApp's chunk has arrived. */
export function ReportIsland(props: ReportProps) {
  return <Main {...props} />;
}
