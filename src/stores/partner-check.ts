/**
 * The partner-commitments checklist, persisted under STORAGE_KEYS.partnerCheck. Components call
 * the actions; none sets the store directly.
 */
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import { documentCodec } from '../domain/document-codec';
import { MAX_DOCUMENT_NOTE_LENGTH } from '../domain/invariant-check';
import {
  EMPTY_PARTNER_CHECK,
  MAX_STORED_PARTNER_CHECK_LENGTH,
  decodeStoredPartnerCheck,
  encodeStoredPartnerCheck,
  type CommitmentAnswer,
  type PartnerCheckState,
} from '../domain/partner-check';
import { MAX_NAME_LENGTH } from '../domain/sign-off';
import { createDocumentStore } from './document-store';

let commitmentIds: readonly Id[] = [];

const store = createDocumentStore<PartnerCheckState>({
  key: STORAGE_KEYS.partnerCheck.key,
  store: 'partner-check',
  codec: documentCodec({
    maxLength: MAX_STORED_PARTNER_CHECK_LENGTH,
    empty: () => EMPTY_PARTNER_CHECK,
    encode: encodeStoredPartnerCheck,
    decode: (text) => decodeStoredPartnerCheck(text, commitmentIds),
  }),
});

export const $partnerCheck = store.$value;
export const $partnerCheckLoaded = store.$loaded;

export function initPartnerCheck(ids: readonly Id[]): void {
  commitmentIds = ids;
  store.load();
}

export function answerCommitment(id: Id, answer: CommitmentAnswer): void {
  const state = $partnerCheck.get();
  store.set({ ...state, answers: { ...state.answers, [id]: answer } });
}

/** Returns false (and changes nothing) when the name is too long. */
export function setProposalName(proposal: string): boolean {
  if (proposal.length > MAX_NAME_LENGTH) return false;
  return store.set({ ...$partnerCheck.get(), proposal });
}

export function setPartnerCheckNotes(notes: string): boolean {
  if (notes.length > MAX_DOCUMENT_NOTE_LENGTH) return false;
  return store.set({ ...$partnerCheck.get(), notes: notes.trim() ? notes : '' });
}

/** Replaces the checklist (null: clears it), loaded on this page or not. */
export const replacePartnerCheck = store.replace;

export function resetPartnerCheck(): void {
  store.replace(null);
}
