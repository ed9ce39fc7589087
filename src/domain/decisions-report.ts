/**
 * The "Decisions" part of the report, as plain text ready to render on /report/ and in the PDF:
 * each use case with its classification and reasons, and the deployment recommendation with the
 * elimination trail. Null when nothing has been decided, so the report can leave the part out.
 *
 * Plain TypeScript, no dependencies; no web-only wording (the PDF prints it as is). The counts are
 * worded in content/pages/decisions.md, the rest in content/pages/report.md (REPORT_DECISIONS_PART_TEXT).
 */
import type { DecisionsContent } from './decision-content';
import type { DecisionsState } from './decisions-state';
import { buildDecisionsView, decidedCountsSentence } from './decisions-view';
import { deploymentReason } from './deployment-flow';
import { fillSlots } from './fill-slots';
import type { DecisionsReportText } from '../schemas/page-wording';

export interface ReportUseCase {
  name: string;
  description: string;
  /** The rubric's outcome label, or report.md's `use-case-unclassified`. */
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
  /** Each option ruled out with its reason (report.md's `rules-out`, `rules-out-our-reading`); empty when none. */
  eliminated: string[];
}

export interface DecisionsReport {
  useCases: ReportUseCase[];
  /** decisions.md's `decided-counts` sentence; null when no use case is classified. */
  counts: string | null;
  deployment: {
    /** The option's label, report.md's `deployment-hybrid`, or null while steps remain. */
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
  /**
   * content/pages/decisions.md's counts wording, as the decide pages and the cost calculator have
   * it, and report.md's words for the rest (src/lib/report-wording.ts, decisionsReportTextOf).
   */
  text: DecisionsReportText,
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
        outcome: u.outcomeLabel ?? text['use-case-unclassified'],
        classified: c.status === 'classified',
        reasons: c.status === 'classified' ? c.reasons.map((r) => `${r.label}: ${r.text}`) : [],
        risks: c.status === 'classified' ? c.risks.map((r) => `${r.title}: ${r.text}`) : [],
        note: u.note,
      };
    }),
    counts: view.counts.classified > 0 ? decidedCountsSentence(view.counts, text) : null,
    deployment: hasDeployment
      ? {
          recommendation: recommendation
            ? recommendation.kind === 'hybrid'
              ? text['deployment-hybrid']
              : recommendation.label
            : null,
          reason: recommendation ? deploymentReason(recommendation, text) : null,
          trail: deployment.trail.map((step) => ({
            title: step.stepTitle,
            question: step.question,
            answer: step.answerLabel,
            eliminated: step.eliminated.map((e) =>
              fillSlots(text[e.source === 'our-reading' ? 'rules-out-our-reading' : 'rules-out'], {
                option: e.optionLabel,
                reason: e.reason,
              }),
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
