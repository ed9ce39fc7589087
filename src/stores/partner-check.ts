/**
 * The partner-commitments checklist, persisted under STORAGE_KEYS.partnerCheck. Components call
 * the actions; none sets the store directly.
 */
import { atom } from 'nanostores';
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import { MAX_DOCUMENT_NOTE_LENGTH } from '../domain/invariant-check';
import {
  EMPTY_PARTNER_CHECK,
  decodeStoredPartnerCheck,
  encodeStoredPartnerCheck,
  type CommitmentAnswer,
  type PartnerCheckState,
} from '../domain/partner-check';
import { MAX_NAME_LENGTH } from '../domain/sign-off';
import { showNotice } from './notices';
import { readStored, removeStored, writeStored } from './storage';

export const $partnerCheck = atom<PartnerCheckState>(EMPTY_PARTNER_CHECK);
export const $partnerCheckLoaded = atom(false);

let unsubscribe: (() => void) | undefined;

/** The one place this store meets storage: an empty checklist leaves the device clean. */
function persistPartnerCheck(state: PartnerCheckState): void {
  if (!state.proposal && !state.notes && Object.keys(state.answers).length === 0)
    removeStored(STORAGE_KEYS.partnerCheck.key);
  else writeStored(STORAGE_KEYS.partnerCheck.key, encodeStoredPartnerCheck(state));
}

export function initPartnerCheck(commitmentIds: readonly Id[]): void {
  unsubscribe?.();
  const stored = decodeStoredPartnerCheck(readStored(STORAGE_KEYS.partnerCheck.key), commitmentIds);
  if (stored.problem || stored.dropped > 0)
    showNotice({
      id: 'stored-partner-check',
      tone: 'info',
      message: stored.state
        ? 'Part of the partner check saved on this device could not be read and was left out. Everything else is as you left it.'
        : 'The partner check saved on this device could not be read, so it starts afresh.',
    });
  $partnerCheck.set(stored.state ?? EMPTY_PARTNER_CHECK);
  $partnerCheckLoaded.set(true);
  if (stored.problem || stored.dropped > 0) persistPartnerCheck($partnerCheck.get());
  unsubscribe = $partnerCheck.listen(persistPartnerCheck);
}

export function answerCommitment(id: Id, answer: CommitmentAnswer): void {
  const state = $partnerCheck.get();
  $partnerCheck.set({ ...state, answers: { ...state.answers, [id]: answer } });
}

/** Returns false (and changes nothing) when the name is too long. */
export function setProposalName(proposal: string): boolean {
  if (proposal.length > MAX_NAME_LENGTH) return false;
  $partnerCheck.set({ ...$partnerCheck.get(), proposal });
  return true;
}

export function setPartnerCheckNotes(notes: string): boolean {
  if (notes.length > MAX_DOCUMENT_NOTE_LENGTH) return false;
  $partnerCheck.set({ ...$partnerCheck.get(), notes: notes.trim() ? notes : '' });
  return true;
}

export function resetPartnerCheck(): void {
  removeStored(STORAGE_KEYS.partnerCheck.key);
  $partnerCheck.set(EMPTY_PARTNER_CHECK);
}
