/**
 * Puts the decisions into the cost calculator. Lives beside the cost store rather than in it so
 * the calculator's own files stay untouched; like the cost store's own "replace", it bumps the
 * revision so the form shows the new values instead of keeping its text.
 */
import type { CostScenario } from '../domain/cost-state';
import { applyPrefill } from '../domain/decision-prefill';
import type { CostPrefill } from '../domain/decisions-view';
import { $cost, $costRevision } from './cost';

/**
 * Applies the decisions to the scenario being edited, and to the other one too when it holds the
 * same inputs (both still the reference programme, say), so the comparison starts level.
 */
export function applyDecisionsToCost(prefill: CostPrefill): void {
  const state = $cost.get();
  if (!state) return;
  const active = state.active;
  const other = active === 0 ? 1 : 0;
  const same = JSON.stringify(state.scenarios[0].inputs) === JSON.stringify(state.scenarios[1].inputs);
  const scenarios: [CostScenario, CostScenario] = [...state.scenarios];
  scenarios[active] = { ...scenarios[active], inputs: applyPrefill(scenarios[active].inputs, prefill) };
  if (same) scenarios[other] = { ...scenarios[other], inputs: applyPrefill(scenarios[other].inputs, prefill) };
  $cost.set({ ...state, scenarios });
  $costRevision.set($costRevision.get() + 1);
}

/** The decisions last filled in by themselves on this page, so a reset is not undone at once. */
let lastAutoApplied: string | null = null;

/**
 * Fills the calculator from the decisions without being asked, once per distinct set of
 * decisions per page: after "Reset to the reference programme" the same decisions are offered,
 * not forced back in.
 */
export function autoApplyDecisionsToCost(prefill: CostPrefill): void {
  const signature = JSON.stringify(prefill);
  if (signature === lastAutoApplied) return;
  lastAutoApplied = signature;
  applyDecisionsToCost(prefill);
}
