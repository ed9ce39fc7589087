/**
 * A `SiteContent` built in code with the shape and figures of the reference programme (the
 * README's defaults): ten questions, five stages, seven cost lines. Unit tests use it so they pin the domain's
 * behaviour, not whatever the editors last wrote in content/ (tests/content/ covers that).
 */
import type { CostLineItem, Question, SiteContent, Stage, StageRule } from '../../src/domain/content-types';

export const QUESTION_IDS = [
  'outcome-metric',
  'production-owner',
  'evaluation-harness',
  'security-review',
  'business-sponsorship',
  'stop-condition',
  'unit-cost',
  'on-call-rotation',
  'policy-as-code',
  'outcome-track-record',
] as const;

function question(id: string, index: number): Question {
  return {
    id,
    order: index + 1,
    label: `Label ${id}`,
    text: `Question ${id}?`,
    why: `Why ${id}.`,
    guidance: `Guidance for ${id}.`,
    firstStep: `First step for ${id}.`,
    source: `content/questions/${id}.md`,
  };
}

function stage(
  id: string,
  order: number,
  rule: Partial<StageRule> & Pick<StageRule, 'minYes' | 'maxYes'>,
  next: string | null,
): Stage {
  return {
    id,
    order,
    name: `Stage ${id}`,
    summary: `Summary of ${id}.`,
    rule: { when: [], ...rule },
    next,
    plan: `## What this stage looks like\n\nPlan for ${id}.`,
    source: `content/stages/${id}.md`,
  };
}

function line(
  item: Omit<CostLineItem, 'guidance' | 'source' | 'protected' | 'deploymentSensitive' | 'removable'> &
    Partial<CostLineItem>,
): CostLineItem {
  return {
    protected: false,
    deploymentSensitive: false,
    removable: item.id === 'scoping-engagement',
    guidance: `About ${item.id}.`,
    source: `content/cost/lines/${item.id}.md`,
    ...item,
  };
}

export const REFERENCE_STAGE_IDS = [
  'experimentation',
  'selective-production',
  'distributed-delivery',
  'operating-model-integration',
  'further-along',
] as const;

export function referenceContent(): SiteContent {
  return {
    questions: QUESTION_IDS.map(question),
    stages: [
      stage(
        'experimentation',
        1,
        { minYes: 0, maxYes: 4, when: [{ question: 'production-owner', answer: 'not-yes' }] },
        'selective-production',
      ),
      stage(
        'selective-production',
        2,
        { minYes: 0, maxYes: 4, when: [{ question: 'production-owner', answer: 'yes' }] },
        'distributed-delivery',
      ),
      stage('distributed-delivery', 3, { minYes: 5, maxYes: 7 }, 'operating-model-integration'),
      stage('operating-model-integration', 4, { minYes: 8, maxYes: 9 }, 'further-along'),
      stage('further-along', 5, { minYes: 10, maxYes: 10 }, null),
    ],
    costLines: [
      line({
        id: 'scoping-engagement',
        order: 1,
        label: 'Scoping engagement',
        low: 25_000,
        high: 75_000,
        scalesWith: 'programme',
        kind: 'build',
      }),
      line({
        id: 'workflow-build',
        order: 2,
        label: 'Workflow build (10 weeks)',
        low: 120_000,
        high: 200_000,
        scalesWith: 'workflow',
        kind: 'build',
      }),
      line({
        id: 'agent-build',
        order: 3,
        label: 'Agent build (8 weeks)',
        low: 100_000,
        high: 180_000,
        scalesWith: 'agent',
        kind: 'build',
      }),
      line({
        id: 'governance-evaluation',
        order: 4,
        label: 'Governance & evaluation harness',
        low: 60_000,
        high: 120_000,
        scalesWith: 'programme',
        kind: 'governance',
        protected: true,
        cutWarning: 'Cutting governance costs more later.',
      }),
      line({
        id: 'inference',
        order: 5,
        label: 'First-year inference',
        low: 20_000,
        high: 100_000,
        scalesWith: 'usage',
        kind: 'run',
        deploymentSensitive: true,
      }),
      line({
        id: 'data-platform',
        order: 6,
        label: 'First-year data platform',
        low: 25_000,
        high: 100_000,
        scalesWith: 'programme',
        kind: 'run',
        deploymentSensitive: true,
      }),
      line({
        id: 'operations',
        order: 7,
        label: 'First-year operations',
        low: 60_000,
        high: 150_000,
        scalesWith: 'programme',
        kind: 'run',
        protected: true,
        cutWarning: 'Cutting hypercare costs more later.',
      }),
    ],
    assumptions: {
      modelTiers: [
        { id: 'fast', label: 'Fast tier', perThousandTasksLow: 10, perThousandTasksHigh: 50, note: 'Fast note.' },
        {
          id: 'frontier',
          label: 'Frontier tier',
          perThousandTasksLow: 100,
          perThousandTasksHigh: 500,
          note: 'Frontier note.',
        },
      ],
      defaultModelTier: 'frontier',
      deployments: [
        { id: 'public-cloud', label: 'Public cloud', multiplierPercent: 100, note: 'Neutral.' },
        { id: 'sovereign-cloud', label: 'Sovereign cloud', multiplierPercent: 115, note: 'Sovereign note.' },
        { id: 'on-prem', label: 'On-premises', multiplierPercent: 130, note: 'On-prem note.' },
      ],
      defaultDeployment: 'public-cloud',
      buildShareReference: { lowPercent: 40, highPercent: 60, note: 'Build share note.', basis: 'article' },
      currencies: [
        { code: 'USD', label: 'US dollar', ratePerUsd: 1, asOf: '2026-11-01', note: 'Base.' },
        { code: 'EUR', label: 'Euro', ratePerUsd: 0.92, asOf: '2026-11-01', note: 'Indicative.' },
      ],
      sources: 'Sources.',
      source: 'content/cost/assumptions.md',
    },
  };
}
