/**
 * What a visitor can change in the year-one cost calculator, its defaults, and the limits the
 * calculator accepts. Inputs arrive from forms, localStorage and share links, so they are checked
 * here once, against the content they refer to, before any money is computed.
 */
import type { CostLineItem, Id, SiteContent } from './content-types';

export type InferenceInput = { mode: 'reference' } | { mode: 'volume'; tasksPerMonth: number; modelTier: Id };

/** A quote a visitor holds for one line, whole US dollars. */
export interface CostOverride {
  low: number;
  high: number;
}

export interface CostInputs {
  /** Workflows built in year one, 0–20. */
  workflows: number;
  /** Agents built in year one, 0–20. */
  agents: number;
  /** Inference cost: the reference range, or computed from volume and a model tier. */
  inference: InferenceInput;
  /** Deployment option id from content/cost/assumptions.md. */
  deployment: Id;
  /** Cost line ids left out of the plan (e.g. scoping already done). */
  excluded: readonly Id[];
  /** Cost line id → a real quote, replacing the computed range. */
  overrides: Readonly<Partial<Record<Id, CostOverride>>>;
}

/** Bounds that keep every figure exact in integer maths and every input plausible. */
export const CostInputsLimits = {
  /** Most workflows, and most agents, in one year-one plan. */
  maxCount: 20,
  maxTasksPerMonth: 100_000_000,
  /** Largest override, whole dollars; matches the content's own ceiling. */
  maxDollars: 1_000_000_000,
} as const;

/** The reference programme: one workflow, one agent, reference inference, neutral deployment. */
export function defaultCostInputs(content: SiteContent): CostInputs {
  return {
    workflows: 1,
    agents: 1,
    inference: { mode: 'reference' },
    deployment: content.assumptions.defaultDeployment,
    excluded: [],
    overrides: {},
  };
}

const isWholeInRange = (value: unknown, max: number): value is number =>
  typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 && value <= max;

/**
 * Every way `inputs` falls outside what the calculator accepts, in words; empty when valid.
 * Written defensively (`unknown` checks) because decoded payloads may not match their type.
 */
export function costInputProblems(content: SiteContent, inputs: CostInputs): string[] {
  const problems: string[] = [];
  const lineIds = new Set(content.costLines.map((line) => line.id));
  const { maxCount, maxTasksPerMonth, maxDollars } = CostInputsLimits;

  for (const field of ['workflows', 'agents'] as const) {
    if (!isWholeInRange(inputs[field], maxCount))
      problems.push(`${field} should be a whole number from 0 to ${maxCount}`);
  }

  const inference = inputs.inference as Partial<{ mode: unknown; tasksPerMonth: unknown; modelTier: unknown }> | null;
  if (inference?.mode === 'volume') {
    if (!isWholeInRange(inference.tasksPerMonth, maxTasksPerMonth)) {
      problems.push(`inference.tasksPerMonth should be a whole number from 0 to ${maxTasksPerMonth}`);
    }
    if (!content.assumptions.modelTiers.some((tier) => tier.id === inference.modelTier)) {
      problems.push(`inference.modelTier "${String(inference.modelTier)}" is not a model tier in the content`);
    }
  } else if (inference?.mode !== 'reference') {
    problems.push('inference.mode should be "reference" or "volume"');
  }

  if (!content.assumptions.deployments.some((d) => d.id === inputs.deployment)) {
    problems.push(`deployment "${String(inputs.deployment)}" is not a deployment option in the content`);
  }

  if (!Array.isArray(inputs.excluded)) {
    problems.push('excluded should be a list of cost line ids');
  } else {
    for (const id of inputs.excluded) {
      if (!lineIds.has(id)) problems.push(`excluded: "${String(id)}" is not a cost line id`);
    }
  }

  if (typeof inputs.overrides !== 'object' || inputs.overrides === null) {
    problems.push('overrides should be an object keyed by cost line id');
  } else {
    for (const [id, override] of Object.entries(inputs.overrides)) {
      if (!lineIds.has(id)) {
        problems.push(`overrides: "${id}" is not a cost line id`);
        continue;
      }
      const { low, high } = (override ?? {}) as Partial<Record<'low' | 'high', unknown>>;
      if (!isWholeInRange(low, maxDollars) || !isWholeInRange(high, maxDollars)) {
        problems.push(`overrides.${id} should have whole-dollar low and high from 0 to ${maxDollars}`);
      } else if (low > high) {
        problems.push(`overrides.${id}.low should not be more than its high`);
      }
    }
  }
  return problems;
}

export function isValidCostInputs(content: SiteContent, inputs: CostInputs): boolean {
  return costInputProblems(content, inputs).length === 0;
}

/** Ids of the lines a visitor may leave out (marked `removable` in content; never protected). */
export function removableCostLineIds(lines: readonly CostLineItem[]): Id[] {
  return lines.filter((line) => line.removable && !line.protected).map((line) => line.id);
}
