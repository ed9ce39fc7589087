/**
 * The documents and checks as a group, for the features that carry them all at once: "New session"
 * clears them for the next client, and export, share links and history read and restore them
 * (through the section codec in src/domain/documents-section.ts). Works on any page: a store that
 * page never loaded is read or written in storage directly.
 */
import { STORAGE_KEYS } from '../consts';
import type { DocumentsContext, DocumentsState } from '../domain/documents-section';
import { decodeStoredInvariantCheck } from '../domain/invariant-check';
import { decodeStoredPartnerCheck } from '../domain/partner-check';
import { decodeStoredDefinition } from '../domain/readiness-definition';
import { decodeStoredScorecard } from '../domain/scorecard';
import { replaceInvariantCheck, resetInvariantCheck } from './invariant-check';
import { replacePartnerCheck, resetPartnerCheck } from './partner-check';
import { replaceDefinition, resetDefinition } from './readiness-definition';
import { replaceScorecard, resetScorecard } from './scorecard';
import { readStored } from './storage';

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
 * store this page has loaded. A document left out of `state` (undefined) is not touched, so an
 * import can keep this device's copy of a part its file had damaged.
 */
export function restoreDocuments(state: Partial<DocumentsState>): void {
  if (state.invariantCheck !== undefined) replaceInvariantCheck(state.invariantCheck);
  if (state.readinessDefinition !== undefined) replaceDefinition(state.readinessDefinition);
  if (state.scorecard !== undefined) replaceScorecard(state.scorecard);
  if (state.partnerCheck !== undefined) replacePartnerCheck(state.partnerCheck);
}
