/**
 * Where the cost calculator's inputs contradict the decisions or the source: the frontier tier on
 * a platform without frontier models at scale, more agents than the use cases classed agent or
 * hybrid, and a deployment the deployment decision ruled out (real-time voice on a platform the
 * latency envelope eliminated, say). Each is a warning with its reason, never a block.
 *
 * Imported by the client islands: plain TypeScript, filling content's words with fillSlots.
 */
import type { Id } from './content-types';
import type { DecisionsContent } from './decision-content';
import type { DecisionsView } from './decisions-view';
import { fillSlots } from './fill-slots';

export interface CalculatorChoice {
  agents: number;
  /** The calculator's deployment id. */
  deployment: Id;
  /** The model tier, when inference is estimated from volume; null for the reference range. */
  modelTier: Id | null;
}

export type DecisionWarningId = 'frontier-on-prem' | 'agents-over-decisions' | 'eliminated-deployment';

export interface DecisionWarning {
  id: DecisionWarningId;
  title: string;
  text: string;
  /** The decide page that explains it. */
  href: '/decide/agent-or-automation/' | '/decide/deployment/';
  /** Which calculator input it is about. */
  about: 'counts' | 'deployment';
}

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

export function decisionWarnings(
  content: DecisionsContent,
  view: DecisionsView | null,
  choice: CalculatorChoice,
  tierLabel: (id: Id) => string,
): DecisionWarning[] {
  const warnings: DecisionWarning[] = [];
  const { deployment, rubric } = content;
  const options = deployment.options.filter((o) => o.costDeployment === choice.deployment);

  const noFrontier = options.find((o) => !o.frontierAtScale);
  if (noFrontier && choice.modelTier !== null && deployment.frontierTiers.includes(choice.modelTier)) {
    const template = deployment.warnings.frontierOnPrem;
    warnings.push({
      id: 'frontier-on-prem',
      title: template.title,
      text: fillSlots(template.text, { tier: lowerFirst(tierLabel(choice.modelTier)), option: noFrontier.label }),
      href: '/decide/deployment/',
      about: 'deployment',
    });
  }

  if (view && view.counts.classified > 0 && choice.agents > view.counts.agentOrHybrid) {
    warnings.push({
      id: 'agents-over-decisions',
      title: rubric.warning.title,
      text: `${fillSlots(rubric.warning.text, {
        agents: fillSlots(choice.agents === 1 ? rubric.warning.agentsOne : rubric.warning.agentsMany, {
          count: choice.agents,
        }),
        classified:
          view.counts.agentOrHybrid === 0
            ? rubric.warning.classifiedNone
            : fillSlots(rubric.warning.classifiedSome, { count: view.counts.agentOrHybrid }),
      })} ${rubric.risks.agentifiedWorkflow.text}`,
      href: '/decide/agent-or-automation/',
      about: 'counts',
    });
  }

  if (view) {
    for (const step of view.deployment.trail) {
      const ruledOut = step.eliminated.find((e) => options.some((o) => o.id === e.option));
      if (!ruledOut) continue;
      const template = deployment.warnings.eliminatedDeployment;
      warnings.push({
        id: 'eliminated-deployment',
        title: template.title,
        text: fillSlots(template.text, {
          option: ruledOut.optionLabel,
          step: `${lowerFirst(step.stepTitle)} (“${step.answerLabel}”)`,
          reason: ruledOut.reason,
        }),
        href: '/decide/deployment/',
        about: 'deployment',
      });
      break;
    }
  }
  return warnings;
}
