/**
 * The decisions view model: each use case with its classification, what they add up to for the
 * cost calculator, and the deployment flow's trail and recommendation. The decide pages, the cost
 * calculator's hints and the report render this, never the raw answers.
 *
 * Imported by the client islands: plain TypeScript, no dependencies.
 */
import type { Id } from './content-types';
import type { DecisionsContent, RubricContent, UseCaseOutcome } from './decision-content';
import type { DecisionsState } from './decisions-state';
import { evaluateDeployment, type DeploymentResult } from './deployment-flow';
import { fillSlots } from './fill-slots';
import type { DecisionCountsText } from '../schemas/page-wording';
import { classifyUseCase, countsFromOutcomes, type Classification, type DecisionCounts } from './use-case-rubric';

export interface UseCaseView {
  id: string;
  name: string;
  description: string;
  note: string;
  classification: Classification;
  /** Set when classified. */
  outcomeLabel: string | null;
  outcomeSummary: string | null;
}

export interface DecisionsView {
  useCases: UseCaseView[];
  counts: DecisionCounts;
  deployment: DeploymentResult & { note: string; answered: boolean };
}

/** Most workflows or agents the calculator takes. */
const MAX_COUNT = 20;

/** Each use case with its classification, and what they add up to. */
export function summariseUseCases(
  rubric: RubricContent,
  list: DecisionsState['useCases'],
): { useCases: UseCaseView[]; counts: DecisionCounts } {
  const useCases = list.map((useCase): UseCaseView => {
    const classification = classifyUseCase(rubric, useCase.answers);
    const outcome = classification.status === 'classified' ? rubric.outcomes[classification.outcome] : null;
    return {
      id: useCase.id,
      name: useCase.name,
      description: useCase.description,
      note: useCase.note,
      classification,
      outcomeLabel: outcome?.label ?? null,
      outcomeSummary: outcome?.summary ?? null,
    };
  });
  const outcomes = useCases.flatMap((u): UseCaseOutcome[] =>
    u.classification.status === 'classified' ? [u.classification.outcome] : [],
  );
  return { useCases, counts: countsFromOutcomes(rubric, outcomes) };
}

export function buildDecisionsView(content: DecisionsContent, state: DecisionsState): DecisionsView {
  const result = evaluateDeployment(content.deployment, state.deployment.answers);
  return {
    ...summariseUseCases(content.rubric, state.useCases),
    deployment: { ...result, note: state.deployment.note, answered: result.trail.length > 0 },
  };
}

export interface CostPrefill {
  /** Set when at least one use case is classified. */
  counts: { workflows: number; agents: number } | null;
  /** The calculator's deployment id, when the flow recommends a single option. */
  deployment: Id | null;
}

/** What the decisions put into the cost calculator; null when they put in nothing. */
export function costPrefill(view: DecisionsView): CostPrefill | null {
  const counts =
    view.counts.classified > 0
      ? { workflows: Math.min(view.counts.workflows, MAX_COUNT), agents: Math.min(view.counts.agents, MAX_COUNT) }
      : null;
  const recommendation = view.deployment.recommendation;
  const deployment = recommendation?.kind === 'option' ? recommendation.costDeployment : null;
  return counts || deployment ? { counts, deployment } : null;
}

/** "3 workflows, 1 agent", in content/pages/decisions.md's words. */
export function describeCounts(counts: { workflows: number; agents: number }, text: DecisionCountsText): string {
  const count = (n: number, one: string, many: string) => fillSlots(n === 1 ? one : many, { count: n });
  return fillSlots(text['decided-counts-list'], {
    workflows: count(counts.workflows, text['workflows-one'], text['workflows-many']),
    agents: count(counts.agents, text['agents-one'], text['agents-many']),
  });
}

/** "From your decisions: 3 workflows, 1 agent.": the rubric page, the cost hint and the report say it alike. */
export function decidedCountsSentence(counts: { workflows: number; agents: number }, text: DecisionCountsText): string {
  return fillSlots(text['decided-counts'], { counts: describeCounts(counts, text) });
}
