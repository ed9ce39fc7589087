/**
 * The facilitator session (mode, presentation type, client label, notes), shared by every island
 * and persisted under STORAGE_KEYS.session through the persistent store. Components call the
 * actions; none sets the store.
 */
import { STORAGE_KEYS } from '../consts';
import type { Id } from '../domain/content-types';
import { LabelSchema, NoteSchema, sessionCodec, type SessionState } from '../domain/session-state';
import { createPersistentStore, registerUnsavedSource, reportUnsaved } from './persistent-store';
import { browserBackend, type StorageBackend } from './storage';

export function createSessionStore(backend: StorageBackend = browserBackend) {
  let questionIds: readonly Id[] = [];
  const store = createPersistentStore<SessionState>({
    key: STORAGE_KEYS.session.key,
    codec: sessionCodec(() => questionIds),
    store: 'session',
    backend,
    onWriteFailed: () => reportUnsaved('session'),
  });
  const { $value: $session } = store;
  const update = (change: (state: SessionState) => SessionState) => store.set(change($session.get()));

  return {
    $session,
    $sessionLoaded: store.$loaded,
    /** Loads the saved session; `?mode=facilitator` in the URL switches facilitator mode on (and is remembered). */
    initSession(ids: readonly Id[], search: string): void {
      questionIds = ids;
      registerUnsavedSource('session', () => $session.get());
      store.load();
      if (new URLSearchParams(search).get('mode') === 'facilitator' && !$session.get().facilitator)
        update((state) => ({ ...state, facilitator: true }));
    },
    setFacilitator(on: boolean): void {
      update((state) => ({ ...state, facilitator: on, presentation: on && state.presentation }));
    },
    setPresentation(on: boolean): void {
      update((state) => ({ ...state, presentation: on }));
    },
    /** Returns false (and changes nothing) when the label is too long. */
    setClientLabel(label: string): boolean {
      if (!LabelSchema.safeParse(label).success) return false;
      return update((state) => ({ ...state, clientLabel: label }));
    },
    /** Returns false (and changes nothing) when the note is over the length cap, or the session would not fit storage. */
    setNote(key: string, note: string): boolean {
      if (!NoteSchema.safeParse(note).success) return false;
      return update((state) => {
        const notes = { ...state.notes };
        if (note.trim()) notes[key] = note;
        else delete notes[key];
        return { ...state, notes };
      });
    },
    /** Replaces the session wholesale (import, or New session). False when it would not fit storage. */
    replaceSession(state: SessionState): boolean {
      return store.set(state);
    },
    /** Whether this session would fit in storage (imports are refused otherwise). */
    fits(state: SessionState): boolean {
      return store.fits(state);
    },
    reset: store.reset,
  };
}

const session = createSessionStore();

export const {
  $session,
  $sessionLoaded,
  initSession,
  setFacilitator,
  setPresentation,
  setClientLabel,
  setNote,
  replaceSession,
} = session;

export const sessionFits = session.fits;
