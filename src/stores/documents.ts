/**
 * The documents and checks as a group: "New session" clears all four for the next client, on any
 * page (a store that page never loaded is cleared in storage directly).
 */
import { resetInvariantCheck } from './invariant-check';
import { resetPartnerCheck } from './partner-check';
import { resetDefinition } from './readiness-definition';
import { resetScorecard } from './scorecard';

export function clearDocuments(): void {
  resetInvariantCheck();
  resetDefinition();
  resetScorecard();
  resetPartnerCheck();
}
