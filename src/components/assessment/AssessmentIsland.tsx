import '../../styles/forms.css';
import './assessment.css';
import '../facilitator/facilitator.css';
import type { AssessmentProps } from './assessment-props';
import { lazyMain } from '../common/lazy-main';

// The page's first JavaScript is this shell; AssessmentApp is its own chunk (see lazy-main.ts).
const server = import.meta.env.SSR ? (await import('./AssessmentApp')).AssessmentApp : null;
const chunk = server ? null : import('./AssessmentApp').then((m) => m.AssessmentApp);
const Main = lazyMain<AssessmentProps>(server, chunk);

/** The /assessment/ island: server-rendered in full, hydrated once AssessmentApp's chunk has arrived. */
export function AssessmentIsland(props: AssessmentProps) {
  return <Main {...props} />;
}
