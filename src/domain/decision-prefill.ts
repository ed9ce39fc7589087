/**
 * How the decisions fill the cost calculator: the workflow and agent counts from the classified
 * use cases and the recommended deployment. They fill a scenario that is still the reference
 * programme by themselves; a scenario the visitor has changed is only offered them, so nothing
 * typed is ever overwritten unasked.
 *
 * Imported by the calculator's chunk: plain TypeScript, no dependencies.
 */
import type { Id } from './content-types';
import type { CostInputs } from './cost-inputs';
import type { CostPrefill } from './decisions-view';

/** Whether the scenario already holds everything the decisions say. */
export function matchesPrefill(inputs: CostInputs, prefill: CostPrefill): boolean {
  const counts = prefill.counts;
  return (
    (!counts || (inputs.workflows === counts.workflows && inputs.agents === counts.agents)) &&
    (!prefill.deployment || inputs.deployment === prefill.deployment)
  );
}

/** The scenario with the decisions applied; everything else is kept. */
export function applyPrefill(inputs: CostInputs, prefill: CostPrefill): CostInputs {
  return {
    ...inputs,
    ...(prefill.counts ?? {}),
    ...(prefill.deployment ? { deployment: prefill.deployment } : {}),
  };
}

/** Untouched where the decisions speak: the reference programme's one workflow, one agent and default deployment. */
export function isReferenceScope(inputs: CostInputs, defaultDeployment: Id): boolean {
  return inputs.workflows === 1 && inputs.agents === 1 && inputs.deployment === defaultDeployment;
}

export type PrefillAction = 'none' | 'apply' | 'offer';

/** What to do on the calculator: nothing (nothing decided, or already there), fill it, or offer it. */
export function prefillAction(inputs: CostInputs, prefill: CostPrefill | null, defaultDeployment: Id): PrefillAction {
  if (!prefill || matchesPrefill(inputs, prefill)) return 'none';
  return isReferenceScope(inputs, defaultDeployment) ? 'apply' : 'offer';
}
