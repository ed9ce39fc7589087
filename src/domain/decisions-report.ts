/**
 * The "Decisions" part of the report, as plain text ready to render on /report/ and in the PDF:
 * each use case with its classification and reasons, and the deployment recommendation with the
 * elimination trail. Null when nothing has been decided, so the report can leave the part out.
 *
 * Plain TypeScript, no dependencies; no web-only wording (the PDF prints it as is).
 */
import type { DecisionsContent } from './decision-content';
import type { DecisionsState } from './decisions-state';
import { buildDecisionsView, decidedCountsSentence } from './decisions-view';
import type { DecisionCountsText } from '../schemas/page-wording';

export interface ReportUseCase {
  name: string;
  description: string;
  /** "Workflow automation", "Agent", "Hybrid", or "Not classified yet". */
  outcome: string;
  classified: boolean;
  /** "Path from input to output: The path is …". */
  reasons: string[];
  /** "If you build a workflow as an agent: …". */
  risks: string[];
  note: string;
}

export interface ReportDeploymentStep {
  title: string;
  question: string;
  answer: string;
  /** "Rules out Public cloud: … (our reading)"; empty when the step ruled nothing out. */
  eliminated: string[];
}

export interface DecisionsReport {
  useCases: ReportUseCase[];
  /** "From your decisions: 2 workflows, 1 agent."; null when no use case is classified. */
  counts: string | null;
  deployment: {
    /** "Public cloud", "Hybrid", or null while steps remain. */
    recommendation: string | null;
    reason: string | null;
    trail: ReportDeploymentStep[];
    /** The hybrid's ways to split the system, when the outcome is a hybrid. */
    patterns: string[];
    note: string;
  } | null;
}

export function decisionsReport(
  content: DecisionsContent,
  state: DecisionsState,
  /** content/pages/decisions.md's counts wording, as the decide pages and the cost calculator have it. */
  text: DecisionCountsText,
): DecisionsReport | null {
  const view = buildDecisionsView(content, state);
  const deployment = view.deployment;
  const hasDeployment = deployment.answered || deployment.note !== '';
  if (view.useCases.length === 0 && !hasDeployment) return null;
  const recommendation = deployment.recommendation;
  return {
    useCases: view.useCases.map((u) => {
      const c = u.classification;
      return {
        name: u.name,
        description: u.description,
        outcome: u.outcomeLabel ?? 'Not classified yet',
        classified: c.status === 'classified',
        reasons: c.status === 'classified' ? c.reasons.map((r) => `${r.label}: ${r.text}`) : [],
        risks: c.status === 'classified' ? c.risks.map((r) => `${r.title}: ${r.text}`) : [],
        note: u.note,
      };
    }),
    counts: view.counts.classified > 0 ? decidedCountsSentence(view.counts, text) : null,
    deployment: hasDeployment
      ? {
          recommendation: recommendation ? (recommendation.kind === 'hybrid' ? 'Hybrid' : recommendation.label) : null,
          reason: recommendation?.reason ?? null,
          trail: deployment.trail.map((step) => ({
            title: step.stepTitle,
            question: step.question,
            answer: step.answerLabel,
            eliminated: step.eliminated.map(
              (e) => `Rules out ${e.optionLabel}: ${e.reason}${e.source === 'our-reading' ? ' (our reading)' : ''}`,
            ),
          })),
          patterns:
            recommendation?.kind === 'hybrid'
              ? content.deployment.hybrid.patterns.map((p) => `${p.title}: ${p.text}`)
              : [],
          note: deployment.note,
        }
      : null,
  };
}
