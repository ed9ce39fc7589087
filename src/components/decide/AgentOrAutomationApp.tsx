import '../../styles/forms.css';
import '../facilitator/facilitator.css';
import './decide.css';
import type { Id } from '../../domain/content-types';
import type { RubricContent } from '../../domain/decision-content';
import { Notices } from '../common/Notices';
import { lazyMain } from '../common/lazy-main';
import type { UseCaseRubricProps } from './UseCaseRubric';
import type { DecideText, RubricText } from './decide-text';

const server = import.meta.env.SSR ? (await import('./UseCaseRubric')).UseCaseRubric : null;
const chunk = server ? null : import('./UseCaseRubric').then((m) => m.UseCaseRubric);
const Main = lazyMain<UseCaseRubricProps>(server, chunk);

export interface AgentOrAutomationAppProps {
  rubric: RubricContent;
  /** The diagnostic's question ids, so loading the facilitator session keeps its notes. */
  questionIds: Id[];
  text: RubricText;
  /** The words both decision pages show alike, from content/pages/decisions.md. */
  shared: DecideText;
}

/** The /decide/agent-or-automation/ island: use cases, each classified by the rubric. */
export function AgentOrAutomationApp({ rubric, questionIds, text, shared }: AgentOrAutomationAppProps) {
  return (
    <div className="stack stack--l">
      <Notices text={text} />
      <Main rubric={rubric} questionIds={questionIds} text={text} shared={shared} />
    </div>
  );
}
