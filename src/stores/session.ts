/**
 * The facilitator session (mode, presentation type, client label, notes), shared by every island
 * and persisted under STORAGE_KEYS.session. Components call the actions; none sets the store.
 */
import { atom } from 'nanostores';
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import {
  EMPTY_SESSION,
  LabelSchema,
  NoteSchema,
  decodeStoredSession,
  encodeStoredSession,
  type SessionState,
} from '../domain/session-state';
import { readStored, removeStored, writeStored } from './storage';
import { showNotice } from './notices';

export const $session = atom<SessionState>(EMPTY_SESSION);

let unsubscribe: (() => void) | undefined;

/** Loads the saved session; `?mode=facilitator` in the URL switches facilitator mode on (and is remembered). */
export function initSession(questionIds: readonly Id[], search: string): void {
  unsubscribe?.();
  const stored = decodeStoredSession(readStored(STORAGE_KEYS.session.key), questionIds);
  if (stored.problems.length > 0) {
    showNotice({
      id: 'stored-session',
      tone: 'info',
      message: stored.state
        ? 'Some facilitator notes saved on this device could not be read and were left out.'
        : 'Facilitator settings saved on this device could not be read, so they were reset.',
    });
  }
  let state = stored.state ?? EMPTY_SESSION;
  const mode = new URLSearchParams(search).get('mode');
  if (mode === 'facilitator') state = { ...state, facilitator: true };
  $session.set(state);
  if (mode === 'facilitator' || stored.problems.length > 0) persist(state);
  unsubscribe = $session.listen(persist);
}

function isEmpty(state: SessionState): boolean {
  return !state.facilitator && !state.presentation && !state.clientLabel && Object.keys(state.notes).length === 0;
}

function persist(state: SessionState): void {
  if (isEmpty(state)) removeStored(STORAGE_KEYS.session.key);
  else writeStored(STORAGE_KEYS.session.key, encodeStoredSession(state));
}

export function setFacilitator(on: boolean): void {
  $session.set({ ...$session.get(), facilitator: on, presentation: on && $session.get().presentation });
}

export function setPresentation(on: boolean): void {
  $session.set({ ...$session.get(), presentation: on });
}

/** Returns false (and changes nothing) when the label is too long. */
export function setClientLabel(label: string): boolean {
  if (!LabelSchema.safeParse(label).success) return false;
  $session.set({ ...$session.get(), clientLabel: label });
  return true;
}

/** Returns false (and changes nothing) when the note is over the length cap. */
export function setNote(key: string, note: string): boolean {
  if (!NoteSchema.safeParse(note).success) return false;
  const notes = { ...$session.get().notes };
  if (note.trim()) notes[key] = note;
  else delete notes[key];
  $session.set({ ...$session.get(), notes });
  return true;
}

/** Replaces the session wholesale (import, or New session). */
export function replaceSession(state: SessionState): void {
  $session.set(state);
}
