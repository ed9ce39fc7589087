/**
 * The content of the two architecture decisions (agent or automation; where it runs), as plain
 * data. Built from content/decisions/ (src/lib/decisions-content.ts at build time) and passed to
 * the islands as props.
 *
 * Imported on server and client: keep it types only.
 */
import type { Id } from './content-types';

/** Who says so: the source article, or this product's interpretation ("Our reading"). */
export type ClaimSource = 'article' | 'our-reading';

export type UseCaseOutcome = 'automation' | 'agent' | 'hybrid';

export interface RubricOption {
  id: Id;
  label: string;
  /** Points toward "agent", 0–2, multiplied by the question's weight. */
  points: number;
  /** Why this answer matters, in plain words, shown with the classification. */
  reason: string;
}

export interface RubricQuestion {
  id: Id;
  order: number;
  /** Short label for summaries ("Exceptions"). */
  label: string;
  question: string;
  hint: string;
  source: ClaimSource;
  weight: number;
  options: RubricOption[];
}

export interface TitledText {
  title: string;
  text: string;
}

export interface RubricContent {
  title: string;
  rule: { question: string; explanation: string };
  /** In order. */
  questions: RubricQuestion[];
  /** Weighted total ≤ automationMax → automation; ≥ agentMin → agent; between → hybrid. */
  thresholds: { automationMax: number; agentMin: number; note: string };
  outcomes: Record<UseCaseOutcome, { label: string; summary: string; workflows: number; agents: number }>;
  countsNote: string;
  risks: { agentifiedWorkflow: TitledText; automatedBranchyTask: TitledText };
  hybridPatterns: TitledText[];
  hybridPatternsNote: string;
  /** `text` holds {agents} and {classified}, filled with the counts as worded by the rest ({count}). */
  warning: TitledText & { agentsOne: string; agentsMany: string; classifiedNone: string; classifiedSome: string };
  /** Markdown intro. */
  intro: string;
}

export interface DeploymentOption {
  id: Id;
  label: string;
  /** The calculator's deployment id this option prices as. */
  costDeployment: Id;
  /** Whether frontier models can run here at frontier scale. */
  frontierAtScale: boolean;
}

export interface DeploymentChoice {
  id: Id;
  label: string;
  /** Option ids this answer rules out. */
  eliminates: Id[];
  /** Why, when it rules anything out. */
  reason?: string;
  source?: ClaimSource;
}

export interface DeploymentStep {
  id: Id;
  order: number;
  title: string;
  question: string;
  hint: string;
  choices: DeploymentChoice[];
}

export interface DeploymentContent {
  title: string;
  options: DeploymentOption[];
  /** The calculator's model tiers that count as frontier models. */
  frontierTiers: Id[];
  /** In the source's order. */
  steps: DeploymentStep[];
  /** Tie-break among options still standing, first preferred. */
  prefer: Id[];
  preferNote: string;
  hybrid: { summary: string; patterns: TitledText[]; note: string };
  /** frontierOnPrem placeholders: {tier}, {option}; eliminatedDeployment: {option}, {step}, {reason}. */
  warnings: { frontierOnPrem: TitledText; eliminatedDeployment: TitledText };
  intro: string;
}

export interface DecisionsContent {
  rubric: RubricContent;
  deployment: DeploymentContent;
}
