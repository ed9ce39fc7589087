/**
 * Where it runs, by elimination: the steps of content/decisions/deployment.md in the source's
 * order (regulatory constraint, latency envelope, model access, team operating maturity). Each
 * answer rules options out with a stated reason; what is left is the recommendation, and when
 * nothing is left the answer is a hybrid. The flow stops asking once nothing is left.
 *
 * Imported by the client islands: plain TypeScript, no dependencies.
 */
import type { Id } from './content-types';
import type { ClaimSource, DeploymentContent } from './decision-content';

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
  | { kind: 'option'; option: Id; label: string; costDeployment: Id; reason: string; tieBreak: boolean }
  | { kind: 'hybrid'; reason: string };

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
      .map((t) => `the ${t.stepTitle.toLowerCase()} ruled out ${listLabels(t.eliminated.map((e) => e.optionLabel))}`);
    return { kind: 'hybrid', reason: `No single option passes every step: ${ruledOut.join('; ')}.` };
  }
  const ordered = [...remaining].sort((a, b) => rank(content, a) - rank(content, b));
  const chosen = ordered[0] as Id;
  const option = content.options.find((o) => o.id === chosen);
  const label = option?.label ?? chosen;
  const tieBreak = remaining.length > 1;
  const reason = tieBreak
    ? `${listLabels(ordered.map((id) => labelOf(content, id)))} pass every step; of those, ${label} asks least of your team to run.`
    : `${label} is the only option that passes every step.`;
  return { kind: 'option', option: chosen, label, costDeployment: option?.costDeployment ?? chosen, reason, tieBreak };
}

function rank(content: DeploymentContent, id: Id): number {
  const index = content.prefer.indexOf(id);
  return index === -1 ? content.prefer.length : index;
}
