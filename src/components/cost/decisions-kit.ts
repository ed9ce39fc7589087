/**
 * What the cost page's decision hints need once this device holds decisions (use-decisions-kit.ts
 * loads it): the decisions' store and the view built from them, with the deployment flow and the
 * use-case rubric behind it.
 */
export { $decisions, initDecisions } from '../../stores/decisions';
export { buildDecisionsView, costPrefill, decidedCountsSentence } from '../../domain/decisions-view';
