/**
 * The seven-invariants self-check, persisted under STORAGE_KEYS.invariantCheck. Components call
 * the actions; none sets the store directly.
 */
import { atom } from 'nanostores';
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import {
  EMPTY_INVARIANT_CHECK,
  MAX_DOCUMENT_NOTE_LENGTH,
  decodeStoredInvariantCheck,
  encodeStoredInvariantCheck,
  type InvariantCheckState,
  type InvariantStatus,
} from '../domain/invariant-check';
import { showNotice } from './notices';
import { readStored, removeStored, writeStored } from './storage';

export const $invariantCheck = atom<InvariantCheckState>(EMPTY_INVARIANT_CHECK);
/** False until initInvariantCheck has read this device's copy (the server HTML shows none). */
export const $invariantCheckLoaded = atom(false);

let unsubscribe: (() => void) | undefined;

/** The one place this store meets storage: a fresh check leaves the device clean. */
function persistInvariantCheck(state: InvariantCheckState): void {
  if (Object.keys(state.statuses).length === 0 && !state.notes) removeStored(STORAGE_KEYS.invariantCheck.key);
  else writeStored(STORAGE_KEYS.invariantCheck.key, encodeStoredInvariantCheck(state));
}

export function initInvariantCheck(invariantIds: readonly Id[]): void {
  unsubscribe?.();
  const stored = decodeStoredInvariantCheck(readStored(STORAGE_KEYS.invariantCheck.key), invariantIds);
  if (stored.problem || stored.dropped > 0)
    showNotice({
      id: 'stored-invariant-check',
      tone: 'info',
      message: stored.state
        ? 'Part of the self-check saved on this device could not be read and was left out. Everything else is as you left it.'
        : 'The self-check saved on this device could not be read, so it starts afresh.',
    });
  $invariantCheck.set(stored.state ?? EMPTY_INVARIANT_CHECK);
  $invariantCheckLoaded.set(true);
  if (stored.problem || stored.dropped > 0) persistInvariantCheck($invariantCheck.get());
  unsubscribe = $invariantCheck.listen(persistInvariantCheck);
}

export function setInvariantStatus(id: Id, status: InvariantStatus): void {
  const state = $invariantCheck.get();
  $invariantCheck.set({ ...state, statuses: { ...state.statuses, [id]: status } });
}

/** Returns false (and changes nothing) when the note is over the length cap. */
export function setInvariantNotes(notes: string): boolean {
  if (notes.length > MAX_DOCUMENT_NOTE_LENGTH) return false;
  $invariantCheck.set({ ...$invariantCheck.get(), notes: notes.trim() ? notes : '' });
  return true;
}

export function resetInvariantCheck(): void {
  removeStored(STORAGE_KEYS.invariantCheck.key);
  $invariantCheck.set(EMPTY_INVARIANT_CHECK);
}
