/**
 * The persistence primitive under every store: a nanostores atom whose value is kept in one
 * storage key through a versioned codec with a size cap.
 *
 * - What the atom holds is what is saved: every accepted `set` is written at once, and a value
 *   whose encoding is over the cap is refused rather than half saved.
 * - `load` merges what is stored *under* what was set in memory before it ran, so an answer
 *   given while the page was still loading is never overwritten by the stored copy.
 * - Another tab's writes arrive as `storage` events and are merged part by part (see
 *   domain/persistence.ts); before each write the stored text is re-read and merged too, so a
 *   write never drops a change another tab made a moment earlier.
 * - Stored text that cannot be read in full is never overwritten silently: it is copied under
 *   STORAGE_KEYS.setAside first (set-aside-notice.ts), and a notice offers to download or
 *   discard it. Until the copy is made, and for good if it cannot be, this store does not write.
 * - When storage refuses a write the atom keeps the value: everything works in memory, and the
 *   caller's `onWriteFailed` tells the user how to keep it.
 */
import { atom, type ReadableAtom } from 'nanostores';
import type { StoredCodec, StoredProblem } from '../domain/persistence';
import { fitsStorage } from '../domain/persistence';
import type { Id } from '../domain/content-types';
import type { Answers } from '../domain/answers';
import type { SessionState } from '../domain/session-state';
import type { Snapshot } from '../domain/history';
import type { StoreName, UnsavedPart } from '../domain/storage-notice';
import { browserBackend, type StorageBackend } from './storage';

export interface PersistentStoreOptions<T> {
  key: string;
  codec: StoredCodec<T>;
  /** Which store this is, named in its notices by the page's words (`storage-name-<store>`). */
  store: StoreName;
  backend?: StorageBackend;
  /** Called when storage refused a write (the value is kept in memory). */
  onWriteFailed?: () => void;
  /**
   * Parts of the value that belong to this tab (where it is, what it edits): after another tab's
   * change is merged in, this tab's own values for them are put back.
   */
  keepLocal?: (merged: T, mine: T) => T;
  /** Called after another tab's change was merged in (not for this tab's own sets). */
  onExternalChange?: (value: T) => void;
}

export interface PersistentStore<T> {
  readonly $value: ReadableAtom<T>;
  readonly $loaded: ReadableAtom<boolean>;
  /** Reads storage (once), merges it under the value in memory, and starts following other tabs. */
  load: () => StoredProblem | null;
  /** Commits a value. False, and nothing changes, when its encoding is over the cap. */
  set: (value: T) => boolean;
  /** Writes the current value now, even if it is the empty one (it is what the page shows). */
  save: () => void;
  /** Whether the store would accept this value (its encoding fits the cap). */
  fits: (value: T) => boolean;
  /** Whether the last write reached storage (false: memory only). */
  saved: () => boolean;
  /** The stored text, read now (null when nothing is stored). */
  storedText: () => string | null;
  /** Stops following other tabs and forgets what was loaded (tests, and re-initialising). */
  reset: () => void;
}

/** The notices for the rare cases (unreadable data, storage refusing), loaded only then. */
const storeNotices = () => import('./store-notices');

export function createPersistentStore<T>(options: PersistentStoreOptions<T>): PersistentStore<T> {
  const { key, codec, store } = options;
  const backend = options.backend ?? browserBackend;
  const $value = atom<T>(codec.empty());
  const $loaded = atom(false);
  /** The value storage held when this tab last read or wrote it. */
  let base: T = codec.empty();
  /** The text this tab last read or wrote; anything else in storage came from another tab. */
  let lastText: string | null = null;
  let lastWriteOk = true;
  /** Unreadable text could not be set aside: writing would destroy it. */
  let blocked = false;
  let stopWatching: (() => void) | undefined;

  function decodeOrEmpty(text: string | null): T {
    if (text === null) return codec.empty();
    return codec.decode(text).value ?? codec.empty();
  }

  function write(value: T): void {
    if (blocked) return;
    const text = codec.isEmpty(value) ? null : codec.encode(value);
    if (text === null) backend.remove(key);
    else if (text !== backend.read(key)) {
      lastWriteOk = backend.write(key, text);
      if (!lastWriteOk) {
        options.onWriteFailed?.();
        return;
      }
    }
    lastWriteOk = true;
    base = value;
    lastText = text;
  }

  /** Merges whatever another tab wrote since this tab last looked, with `mine` as the newer side. */
  function persist(mine: T): void {
    const text = backend.read(key);
    let merged = mine;
    if (text !== lastText) {
      merged = codec.merge(base, decodeOrEmpty(text), mine);
      base = decodeOrEmpty(text);
      lastText = text;
      if (!codec.equal(merged, $value.get())) $value.set(merged);
    }
    write(merged);
  }

  function onExternal(changedKey: string | null): void {
    if (changedKey !== null && changedKey !== key) return;
    // What storage holds now, not the event's value: events arrive late, and one from before this
    // tab's own last write would otherwise undo it.
    const text = backend.read(key);
    if (text === lastText) return;
    const theirs = decodeOrEmpty(text);
    const mine = $value.get();
    const shared = codec.merge(base, mine, theirs);
    const merged = options.keepLocal ? options.keepLocal(shared, mine) : shared;
    base = theirs;
    lastText = text;
    if (!codec.equal(merged, $value.get())) {
      $value.set(merged);
      options.onExternalChange?.(merged);
    }
    // This tab held changes storage did not (a write that failed earlier): save the merge. Only
    // shared parts count, or two tabs would keep rewriting their own positions at each other.
    if (!codec.equal(shared, theirs)) write(merged);
  }

  /**
   * Unreadable text is copied aside (by a module loaded only when this happens) before anything
   * may be written over it: writes wait until then, and keep waiting if the copy fails.
   */
  function setAside(text: string, problem: StoredProblem): void {
    blocked = true;
    const unblock = () => {
      if (!blocked) return;
      blocked = false;
      write($value.get());
    };
    void storeNotices().then(({ keepAside }) =>
      keepAside({ backend, key, store, text, problem, onKept: unblock, onDiscarded: unblock }),
    );
  }

  return {
    $value,
    $loaded,
    load() {
      if ($loaded.get()) return null;
      const text = backend.read(key);
      const decoded = text === null ? { value: null, problem: null } : codec.decode(text);
      const stored = decoded.value ?? codec.empty();
      if (decoded.problem && text !== null) setAside(text, decoded.problem);
      const merged = codec.merge(codec.empty(), stored, $value.get());
      // `base` is the empty value when the text was unreadable, so it is rewritten cleanly.
      base = decoded.problem ? codec.empty() : stored;
      lastText = decoded.problem ? null : text;
      $value.set(merged);
      $loaded.set(true);
      // Nothing stored and nothing changed: a page that merely read the store leaves the device
      // as it was (a page that shows the value calls `save`).
      const untouched = text === null && codec.equal(merged, codec.empty());
      const encoded = codec.isEmpty(merged) ? null : codec.encode(merged);
      if (encoded !== text && !untouched) write(merged);
      stopWatching = backend.watch(onExternal);
      return decoded.problem;
    },
    set(value) {
      if (!fitsStorage(codec, value)) return false;
      $value.set(value);
      if ($loaded.get()) persist(value);
      return true;
    },
    save() {
      if ($loaded.get()) persist($value.get());
    },
    fits: (value) => fitsStorage(codec, value),
    saved: () => lastWriteOk && !blocked,
    storedText: () => backend.read(key),
    reset() {
      stopWatching?.();
      stopWatching = undefined;
      base = codec.empty();
      lastText = null;
      blocked = false;
      lastWriteOk = true;
      $loaded.set(false);
      $value.set(codec.empty());
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Where each store's part of the session is read from memory, for the download offered when
// storage refuses to save (unsaved-work.ts, loaded only then). Here rather than in a module of
// its own: every island loads it, and one chunk fewer keeps the first load within budget.

export interface UnsavedSources {
  questionIds?: () => readonly Id[];
  answers?: () => Answers;
  session?: () => SessionState;
  /** The cost section as share links and exports write it. */
  cost?: () => unknown;
  history?: () => readonly Snapshot[];
}

export const unsavedSources: UnsavedSources = {};

export function registerUnsavedSource<K extends keyof UnsavedSources>(
  part: K,
  read: NonNullable<UnsavedSources[K]>,
): void {
  unsavedSources[part] = read;
}

/** Tells the user once that this browser would not save, with a download of what is in memory. */
export function reportUnsaved(part: UnsavedPart): void {
  void storeNotices().then(({ showUnsavedNotice }) => showUnsavedNotice(part));
}
