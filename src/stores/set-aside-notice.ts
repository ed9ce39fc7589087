/**
 * Stored text a store could not read in full: copied under STORAGE_KEYS.setAside so nothing
 * overwrites it, and a notice that says what happened and offers to download or discard it (said
 * as facts, worded where the notice is shown: src/domain/storage-notice.ts).
 *
 * Loaded by the persistent store only when this happens.
 */
import { STORAGE_KEYS } from '../consts';
import type { StoredProblem } from '../domain/persistence';
import type { StoreName } from '../domain/storage-notice';
import { parseSetAside, withSetAside, withoutSetAside } from '../domain/set-aside';
import { dismissNotice, showNotice } from './notices';
import type { StorageBackend } from './storage';

export interface KeepAsideInput {
  backend: StorageBackend;
  /** The key the text was found under. */
  key: string;
  /** Which store the key is, named in the notice by the page's words. */
  store: StoreName;
  text: string;
  problem: StoredProblem;
  /** The copy is made: the store may write again. */
  onKept: () => void;
  /** The user discarded it: the store may write again. */
  onDiscarded: () => void;
}

export function keepAside({ backend, key, store, text, problem, onKept, onDiscarded }: KeepAsideInput): void {
  const kept = backend.write(
    STORAGE_KEYS.setAside.key,
    withSetAside(parseSetAside(backend.read(STORAGE_KEYS.setAside.key)), key, text),
  );
  const noticeId = `stored:${key}`;
  const discard = () => {
    const rest = withoutSetAside(parseSetAside(backend.read(STORAGE_KEYS.setAside.key)), key);
    if (rest === null) backend.remove(STORAGE_KEYS.setAside.key);
    else backend.write(STORAGE_KEYS.setAside.key, rest);
    dismissNotice(noticeId);
    onDiscarded();
  };
  showNotice({
    id: noticeId,
    tone: 'warning',
    message: {
      kind: 'unreadable',
      store,
      partsLeftOut: problem.kind === 'partial' ? problem.count : null,
      keptAside: kept,
    },
    actions: [
      {
        kind: 'download',
        label: { kind: 'download-unreadable', store },
        fileName: `readiness-unreadable-${key.split(':').at(-1) ?? 'data'}.txt`,
        text: () => text,
      },
      { kind: 'run', label: { kind: 'discard-unreadable', store }, run: discard },
    ],
  });
  if (kept) onKept();
}
