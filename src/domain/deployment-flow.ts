/**
 * Where it runs, by elimination: the steps of content/decisions/deployment.md in the source's
 * order (regulatory constraint, latency envelope, model access, team operating maturity). Each
 * answer rules options out with a stated reason; what is left is the recommendation, and when
 * nothing is left the answer is a hybrid. The flow stops asking once nothing is left. Why, in
 * words, is `deploymentReason`, in content/pages/decisions.md's words.
 *
 * Imported by the client islands: plain TypeScript, no dependencies.
 */
import type { Id } from './content-types';
import type { ClaimSource, DeploymentContent } from './decision-content';
import { fillSlots } from './fill-slots';
import type { DeploymentReasonText } from '../schemas/page-wording';

export type DeploymentAnswers = Readonly<Record<Id, Id>>;

export interface Elimination {
  option: Id;
  optionLabel: string;
  reason: string;
  source: ClaimSource;
}

export interface TrailStep {
  step: Id;
  stepTitle: string;
  question: string;
  answer: Id;
  answerLabel: string;
  /** Options this answer ruled out that were still standing. */
  eliminated: Elimination[];
  /** Options still standing after this step. */
  remaining: Id[];
}

export type DeploymentRecommendation =
  | {
      kind: 'option';
      option: Id;
      label: string;
      costDeployment: Id;
      tieBreak: boolean;
      /** The labels of the options that pass every step, the recommended one first. */
      passing: string[];
    }
  | {
      kind: 'hybrid';
      /** Each step that ruled options out, by its title, with their labels. */
      ruledOut: { stepTitle: string; options: string[] }[];
    };

export interface DeploymentResult {
  trail: TrailStep[];
  remaining: Id[];
  /** The next step to answer; null when the flow has ended. */
  next: Id | null;
  /** Set once the flow has ended. */
  recommendation: DeploymentRecommendation | null;
}

const labelOf = (content: DeploymentContent, id: Id) => content.options.find((o) => o.id === id)?.label ?? id;

export function listLabels(labels: readonly string[]): string {
  if (labels.length <= 1) return labels.join('');
  return `${labels.slice(0, -1).join(', ')} and ${labels[labels.length - 1]}`;
}

/** Walks the steps in order as far as the answers go. Answers with unknown ids count as unanswered. */
export function evaluateDeployment(content: DeploymentContent, answers: DeploymentAnswers): DeploymentResult {
  const steps = [...content.steps].sort((a, b) => a.order - b.order);
  let remaining = content.options.map((o) => o.id);
  const trail: TrailStep[] = [];
  for (const step of steps) {
    if (remaining.length === 0) break;
    const chosen = Object.hasOwn(answers, step.id) ? answers[step.id] : undefined;
    const choice = step.choices.find((c) => c.id === chosen);
    if (!choice) return { trail, remaining, next: step.id, recommendation: null };
    const eliminated: Elimination[] = remaining
      .filter((id) => choice.eliminates.includes(id))
      .map((id) => ({
        option: id,
        optionLabel: labelOf(content, id),
        reason: choice.reason ?? '',
        source: choice.source ?? 'our-reading',
      }));
    remaining = remaining.filter((id) => !choice.eliminates.includes(id));
    trail.push({
      step: step.id,
      stepTitle: step.title,
      question: step.question,
      answer: choice.id,
      answerLabel: choice.label,
      eliminated,
      remaining,
    });
  }
  return { trail, remaining, next: null, recommendation: recommend(content, trail, remaining) };
}

function recommend(content: DeploymentContent, trail: TrailStep[], remaining: Id[]): DeploymentRecommendation {
  if (remaining.length === 0) {
    const ruledOut = trail
      .filter((t) => t.eliminated.length > 0)
      .map((t) => ({ stepTitle: t.stepTitle, options: t.eliminated.map((e) => e.optionLabel) }));
    return { kind: 'hybrid', ruledOut };
  }
  const ordered = [...remaining].sort((a, b) => rank(content, a) - rank(content, b));
  const chosen = ordered[0] as Id;
  const option = content.options.find((o) => o.id === chosen);
  const label = option?.label ?? chosen;
  const tieBreak = remaining.length > 1;
  const passing = ordered.map((id) => labelOf(content, id));
  return { kind: 'option', option: chosen, label, costDeployment: option?.costDeployment ?? chosen, tieBreak, passing };
}

/**
 * Why the flow recommends what it does, in decisions.md's words: the only option left
 * (`reason-only`), the one of several that asks least of the team (`reason-tie`), or a hybrid,
 * naming what each step ruled out (`reason-hybrid`, `reason-ruled-out`). A step's title reads in
 * lower case inside the sentence; lists are joined with commas and "and", steps with "; ".
 */
export function deploymentReason(recommendation: DeploymentRecommendation, text: DeploymentReasonText): string {
  if (recommendation.kind === 'hybrid') {
    const ruledOut = recommendation.ruledOut.map((step) =>
      fillSlots(text['reason-ruled-out'], { step: step.stepTitle.toLowerCase(), options: listLabels(step.options) }),
    );
    return fillSlots(text['reason-hybrid'], { 'ruled-out': ruledOut.join('; ') });
  }
  return recommendation.tieBreak
    ? fillSlots(text['reason-tie'], { options: listLabels(recommendation.passing), option: recommendation.label })
    : fillSlots(text['reason-only'], { option: recommendation.label });
}

function rank(content: DeploymentContent, id: Id): number {
  const index = content.prefer.indexOf(id);
  return index === -1 ? content.prefer.length : index;
}
