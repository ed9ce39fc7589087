/**
 * The year-one cost calculator's public API. The pieces live in small files (inputs, estimate,
 * integer maths); callers import from here.
 */
export {
  CostInputsLimits,
  costInputProblems,
  defaultCostInputs,
  isValidCostInputs,
  removableCostLineIds,
  type CostInputs,
  type CostOverride,
  type InferenceInput,
} from './cost-inputs';
export {
  estimateCost,
  type AssumptionUsed,
  type CostEstimate,
  type CostLine,
  type Range,
  type UnitCost,
  type WrongCut,
} from './cost-estimate';
