/**
 * The seven-invariants self-check, persisted under STORAGE_KEYS.invariantCheck. Components call
 * the actions; none sets the store directly.
 */
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import { documentCodec } from '../domain/document-codec';
import {
  EMPTY_INVARIANT_CHECK,
  MAX_DOCUMENT_NOTE_LENGTH,
  MAX_STORED_INVARIANT_CHECK_LENGTH,
  decodeStoredInvariantCheck,
  encodeStoredInvariantCheck,
  type InvariantCheckState,
  type InvariantStatus,
} from '../domain/invariant-check';
import { createDocumentStore } from './document-store';

let invariantIds: readonly Id[] = [];

const store = createDocumentStore<InvariantCheckState>({
  key: STORAGE_KEYS.invariantCheck.key,
  store: 'invariants',
  codec: documentCodec({
    maxLength: MAX_STORED_INVARIANT_CHECK_LENGTH,
    empty: () => EMPTY_INVARIANT_CHECK,
    encode: encodeStoredInvariantCheck,
    decode: (text) => decodeStoredInvariantCheck(text, invariantIds),
  }),
});

export const $invariantCheck = store.$value;
/** False until initInvariantCheck has read this device's copy (the server HTML shows none). */
export const $invariantCheckLoaded = store.$loaded;

export function initInvariantCheck(ids: readonly Id[]): void {
  invariantIds = ids;
  store.load();
}

export function setInvariantStatus(id: Id, status: InvariantStatus): void {
  const state = $invariantCheck.get();
  store.set({ ...state, statuses: { ...state.statuses, [id]: status } });
}

/** Returns false (and changes nothing) when the note is over the length cap. */
export function setInvariantNotes(notes: string): boolean {
  if (notes.length > MAX_DOCUMENT_NOTE_LENGTH) return false;
  return store.set({ ...$invariantCheck.get(), notes: notes.trim() ? notes : '' });
}

/** Replaces the self-check (null: clears it), loaded on this page or not. */
export const replaceInvariantCheck = store.replace;

export function resetInvariantCheck(): void {
  store.replace(null);
}
