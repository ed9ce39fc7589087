/**
 * The documents and checks as a group, for the features that carry them all at once: "New session"
 * clears them for the next client, and export, share links and history read and restore them
 * (through the section codec in src/domain/documents-section.ts). Works on any page: a store that
 * page never loaded is read or written in storage directly.
 */
import { STORAGE_KEYS } from '../consts';
import type { DocumentsContext, DocumentsState } from '../domain/documents-section';
import { decodeStoredInvariantCheck, encodeStoredInvariantCheck } from '../domain/invariant-check';
import { decodeStoredPartnerCheck, encodeStoredPartnerCheck } from '../domain/partner-check';
import { decodeStoredDefinition, encodeStoredDefinition } from '../domain/readiness-definition';
import { decodeStoredScorecard, encodeStoredScorecard } from '../domain/scorecard';
import { $invariantCheck, resetInvariantCheck } from './invariant-check';
import { $partnerCheck, resetPartnerCheck } from './partner-check';
import { $definition, resetDefinition } from './readiness-definition';
import { $scorecard, resetScorecard } from './scorecard';
import { readStored, writeStored } from './storage';

export function clearDocuments(): void {
  resetInvariantCheck();
  resetDefinition();
  resetScorecard();
  resetPartnerCheck();
}

/** What this device holds of each document (null where nothing, or nothing readable, is saved). */
export function readSavedDocuments(context: DocumentsContext): DocumentsState {
  return {
    invariantCheck: decodeStoredInvariantCheck(readStored(STORAGE_KEYS.invariantCheck.key), context.invariantIds).state,
    readinessDefinition: decodeStoredDefinition(readStored(STORAGE_KEYS.readinessDefinition.key), context.definition)
      .state,
    scorecard: decodeStoredScorecard(readStored(STORAGE_KEYS.scorecard.key), { signOffRoles: context.scorecardRoles })
      .state,
    partnerCheck: decodeStoredPartnerCheck(readStored(STORAGE_KEYS.partnerCheck.key), context.commitmentIds).state,
  };
}

/**
 * Replaces every document with an imported or shared one (null clears it), in storage and in any
 * store this page has loaded.
 */
export function restoreDocuments(state: DocumentsState): void {
  clearDocuments();
  if (state.invariantCheck) {
    writeStored(STORAGE_KEYS.invariantCheck.key, encodeStoredInvariantCheck(state.invariantCheck));
    $invariantCheck.set(state.invariantCheck);
  }
  if (state.readinessDefinition) {
    writeStored(STORAGE_KEYS.readinessDefinition.key, encodeStoredDefinition(state.readinessDefinition));
    if ($definition.get()) $definition.set(state.readinessDefinition);
  }
  if (state.scorecard) {
    writeStored(STORAGE_KEYS.scorecard.key, encodeStoredScorecard(state.scorecard));
    $scorecard.set(state.scorecard);
  }
  if (state.partnerCheck) {
    writeStored(STORAGE_KEYS.partnerCheck.key, encodeStoredPartnerCheck(state.partnerCheck));
    $partnerCheck.set(state.partnerCheck);
  }
}
