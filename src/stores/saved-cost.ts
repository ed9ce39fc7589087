/**
 * The cost estimate saved on this device, read without loading the calculator (the scorecard
 * quotes its unit cost). Unreadable parts are simply left out: the cost page reports them.
 */
import { STORAGE_KEYS } from '../consts';
import { decodeStoredCost, type CostContext, type CostState } from '../domain/cost-state';
import { readStored } from './storage';

export function readSavedCost(context: CostContext): CostState | null {
  return decodeStoredCost(readStored(STORAGE_KEYS.cost.key), context).state;
}
