import '../decide/decide.css';
import { useEffect, useMemo } from 'react';
import { useStore } from '@nanostores/react';
import type { CostAssumptions } from '../../domain/content-types';
import type { DecisionsContent } from '../../domain/decision-content';
import { prefillAction } from '../../domain/decision-prefill';
import { decisionWarnings } from '../../domain/decision-warnings';
import type { DecisionsView } from '../../domain/decisions-view';
import { fillSlots } from '../../domain/fill-slots';
import { $cost } from '../../stores/cost';
import { applyDecisionsToCost, autoApplyDecisionsToCost } from '../../stores/decision-prefill';
import type { CostText } from './cost-props';
import { useDecisionsKit, type DecisionsKit } from './use-decisions-kit';
import type { DecisionCountsText } from '../../schemas/page-wording';

interface DecisionHintsProps {
  /** Beside the workflow and agent counts, or beside the deployment choice. */
  part: 'counts' | 'deployment';
  decisions: DecisionsContent | undefined;
  /** How the decisions' counts are worded (content/pages/decisions.md), as the decide pages say it. */
  decisionsText: DecisionCountsText;
  assumptions: CostAssumptions;
  text: CostText;
}

/** Each hint's decide page, and the keys of its words in content/pages/cost.md. */
const PAGES = {
  counts: {
    href: '/decide/agent-or-automation/',
    link: 'decide-counts-link',
    use: 'use-counts',
    review: 'review-use-cases',
  },
  deployment: {
    href: '/decide/deployment/',
    link: 'decide-deployment-link',
    use: 'use-deployment',
    review: 'review-deployment',
  },
} as const satisfies Record<DecisionHintsProps['part'], Record<string, string>>;

/**
 * What the visitor's decisions say about these inputs: the counts or deployment they come to
 * (filled in by themselves while the scenario is still the reference programme, offered
 * otherwise), and any contradiction with the decisions or the source, as a warning with its
 * reason. Never blocks an input.
 */
export function DecisionHints(props: DecisionHintsProps) {
  const kit = useDecisionsKit();
  if (typeof kit === 'string' || !props.decisions)
    return <Hints {...props} kit={null} view={null} settled={kit !== 'unread'} />;
  return <StoredDecisionHints {...props} decisions={props.decisions} kit={kit} />;
}

/** The hints once this device's decisions (and the code that reads them) have loaded. */
function StoredDecisionHints(props: DecisionHintsProps & { decisions: DecisionsContent; kit: DecisionsKit }) {
  const { kit, decisions } = props;
  useEffect(() => kit.initDecisions(), [kit]);
  const state = useStore(kit.$decisions);
  const view = useMemo(() => (state ? kit.buildDecisionsView(decisions, state) : null), [kit, decisions, state]);
  return <Hints {...props} kit={kit} view={view} settled={state !== null} />;
}

function Hints({
  part,
  decisions,
  decisionsText,
  assumptions,
  text,
  kit,
  view,
  settled,
}: DecisionHintsProps & {
  kit: DecisionsKit | null;
  view: DecisionsView | null;
  /** False until this browser's decisions have been read (none, or loaded): the link alone till then. */
  settled: boolean;
}) {
  const cost = useStore($cost);
  const prefill = kit && view ? kit.costPrefill(view) : null;
  const inputs = cost?.scenarios[cost.active].inputs;
  const action = inputs ? prefillAction(inputs, prefill, assumptions.defaultDeployment) : 'none';

  // Only one of the two hints fills the form, so a change is applied once.
  useEffect(() => {
    if (part === 'counts' && action === 'apply' && prefill) autoApplyDecisionsToCost(prefill);
  }, [part, action, prefill]);

  const page = PAGES[part];
  // The server page has no storage: it, and the render that hydrates it, show the link alone.
  if (!settled || !decisions || !inputs) {
    return (
      <p className="hint">
        <a href={page.href}>{text[page.link]}</a>
      </p>
    );
  }

  const warnings = decisionWarnings(
    decisions,
    view,
    {
      agents: inputs.agents,
      deployment: inputs.deployment,
      modelTier: inputs.inference.mode === 'volume' ? inputs.inference.modelTier : null,
    },
    (id) => assumptions.modelTiers.find((tier) => tier.id === id)?.label ?? id,
  ).filter((warning) => warning.about === part);

  const recommendation = view?.deployment.recommendation;
  const decided =
    part === 'counts'
      ? prefill?.counts && kit?.decidedCountsSentence(prefill.counts, decisionsText)
      : recommendation &&
        (recommendation.kind === 'option'
          ? fillSlots(text['decided-deployment'], { deployment: recommendation.label })
          : text['decided-hybrid']);
  const differs =
    part === 'counts'
      ? prefill?.counts && (inputs.workflows !== prefill.counts.workflows || inputs.agents !== prefill.counts.agents)
      : prefill?.deployment && inputs.deployment !== prefill.deployment;

  return (
    <div className="stack stack--xs" data-testid={`decision-hints-${part}`}>
      {decided && (
        <p className="hint">
          {decided}{' '}
          {differs && prefill && (
            <button
              type="button"
              className="button button--link"
              onClick={() =>
                applyDecisionsToCost(
                  part === 'counts'
                    ? { counts: prefill.counts, deployment: null }
                    : { counts: null, deployment: prefill.deployment },
                )
              }
            >
              {text[page.use]}
            </button>
          )}
        </p>
      )}
      {warnings.map((warning) => (
        <div
          key={warning.id}
          className="notice notice--warning stack stack--2xs"
          data-testid={`decision-warning-${warning.id}`}
        >
          <p className="notice__title">{fillSlots(text['decision-warning'], { title: warning.title })}</p>
          <p>{warning.text}</p>
          <p>
            <a href={warning.href}>{text[page.review]}</a>
          </p>
        </div>
      ))}
      <p className="hint">
        <a href={page.href}>{text[page.link]}</a>
      </p>
    </div>
  );
}
