import '../../styles/forms.css';
import '../facilitator/facilitator.css';
import './decide.css';
import type { Id } from '../../domain/content-types';
import type { DeploymentContent } from '../../domain/decision-content';
import { Notices } from '../common/Notices';
import { lazyMain } from '../common/lazy-main';
import type { DeploymentFlowProps } from './DeploymentFlow';
import type { DecideText, DeploymentText } from './decide-text';

const server = import.meta.env.SSR ? (await import('./DeploymentFlow')).DeploymentFlow : null;
const chunk = server ? null : import('./DeploymentFlow').then((m) => m.DeploymentFlow);
const Main = lazyMain<DeploymentFlowProps>(server, chunk);

export interface DeploymentAppProps {
  deployment: DeploymentContent;
  /** The diagnostic's question ids, so loading the facilitator session keeps its notes. */
  questionIds: Id[];
  text: DeploymentText;
  /** The words both decision pages show alike, from content/pages/decisions.md. */
  shared: DecideText;
}

/** The /decide/deployment/ island: the framework's steps, one at a time, by elimination. */
export function DeploymentApp({ deployment, questionIds, text, shared }: DeploymentAppProps) {
  return (
    <div className="stack stack--l">
      <Notices text={text} />
      <Main deployment={deployment} questionIds={questionIds} text={text} shared={shared} />
    </div>
  );
}
