/**
 * Agent, automation or hybrid for one use case, from the rubric in content/decisions/. The first
 * question is the source's rule (is the path knowable in advance?); its weight and the thresholds
 * are our reading, chosen so the rule always sets the direction and the follow-ups decide only
 * between a pure outcome and a hybrid.
 *
 * Imported by the client islands: plain TypeScript, no dependencies.
 */
import type { Id } from './content-types';
import type { RubricContent, TitledText, UseCaseOutcome } from './decision-content';

export type RubricAnswers = Readonly<Record<Id, Id>>;

export interface RubricReason {
  /** The question's short label. */
  label: string;
  /** Why the answer given matters. */
  text: string;
  /** Which way it points. */
  leans: 'automation' | 'agent' | 'between';
}

export type Classification =
  | { status: 'incomplete'; missing: Id[] }
  | {
      status: 'classified';
      outcome: UseCaseOutcome;
      /** The weighted total, and the most it could be. */
      score: number;
      maxScore: number;
      /** One per question, the rule first. */
      reasons: RubricReason[];
      /** What goes wrong if this outcome is ignored: building the other way. */
      risks: TitledText[];
    };

export function maxRubricScore(rubric: RubricContent): number {
  return rubric.questions.reduce((sum, q) => sum + q.weight * Math.max(...q.options.map((o) => o.points)), 0);
}

export function outcomeForScore(rubric: RubricContent, score: number): UseCaseOutcome {
  if (score <= rubric.thresholds.automationMax) return 'automation';
  if (score >= rubric.thresholds.agentMin) return 'agent';
  return 'hybrid';
}

/** The risks worth reading for an outcome: those of building it the other way. */
export function risksFor(rubric: RubricContent, outcome: UseCaseOutcome): TitledText[] {
  const { agentifiedWorkflow, automatedBranchyTask } = rubric.risks;
  if (outcome === 'automation') return [agentifiedWorkflow];
  if (outcome === 'agent') return [automatedBranchyTask];
  return [agentifiedWorkflow, automatedBranchyTask];
}

const leaning = (points: number): RubricReason['leans'] =>
  points === 0 ? 'automation' : points === 2 ? 'agent' : 'between';

/** Classifies one use case; answers naming unknown questions or options count as unanswered. */
export function classifyUseCase(rubric: RubricContent, answers: RubricAnswers): Classification {
  const missing: Id[] = [];
  const reasons: RubricReason[] = [];
  let score = 0;
  for (const question of rubric.questions) {
    const chosen = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    const option = question.options.find((o) => o.id === chosen);
    if (!option) {
      missing.push(question.id);
      continue;
    }
    score += question.weight * option.points;
    reasons.push({ label: question.label, text: option.reason, leans: leaning(option.points) });
  }
  if (missing.length > 0) return { status: 'incomplete', missing };
  const outcome = outcomeForScore(rubric, score);
  return {
    status: 'classified',
    outcome,
    score,
    maxScore: maxRubricScore(rubric),
    reasons,
    risks: risksFor(rubric, outcome),
  };
}

export interface DecisionCounts {
  workflows: number;
  agents: number;
  /** Use cases classed agent or hybrid: the most agents the decisions support. */
  agentOrHybrid: number;
  /** Use cases with an outcome. */
  classified: number;
}

/** What the classified use cases add up to in the cost calculator. */
export function countsFromOutcomes(rubric: RubricContent, outcomes: readonly UseCaseOutcome[]): DecisionCounts {
  let workflows = 0;
  let agents = 0;
  for (const outcome of outcomes) {
    workflows += rubric.outcomes[outcome].workflows;
    agents += rubric.outcomes[outcome].agents;
  }
  return {
    workflows,
    agents,
    agentOrHybrid: outcomes.filter((o) => o !== 'automation').length,
    classified: outcomes.length,
  };
}
