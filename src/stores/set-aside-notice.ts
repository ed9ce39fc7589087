/**
 * Stored text a store could not read in full: copied under STORAGE_KEYS.setAside so nothing
 * overwrites it, and a notice that says what happened and offers to download or discard it.
 *
 * Loaded by the persistent store only when this happens.
 */
import { STORAGE_KEYS } from '../consts';
import type { StoredProblem } from '../domain/persistence';
import { parseSetAside, withSetAside, withoutSetAside } from '../domain/set-aside';
import { dismissNotice, showNotice } from './notices';
import type { StorageBackend } from './storage';

export interface KeepAsideInput {
  backend: StorageBackend;
  /** The key the text was found under. */
  key: string;
  /** What the key holds, for the notice: "answers". */
  label: string;
  text: string;
  problem: StoredProblem;
  /** The copy is made: the store may write again. */
  onKept: () => void;
  /** The user discarded it: the store may write again. */
  onDiscarded: () => void;
}

const problemMessage = (label: string, problem: StoredProblem): string =>
  problem.kind === 'partial'
    ? `Some of the ${label} saved on this device could not be read and were left out (${problem.count} part${problem.count === 1 ? '' : 's'}). Everything else is as you left it.`
    : `The ${label} saved on this device could not be read, so this page starts afresh.`;

export function keepAside({ backend, key, label, text, problem, onKept, onDiscarded }: KeepAsideInput): void {
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
    message: `${problemMessage(label, problem)} ${
      kept
        ? 'The copy that could not be read is kept aside on this device until you download or discard it.'
        : 'The copy that could not be read is still on this device, so changes here are kept in this tab only until you download or discard it.'
    }`,
    actions: [
      {
        kind: 'download',
        label: `Download the unreadable ${label}`,
        fileName: `readiness-unreadable-${key.split(':').at(-1) ?? 'data'}.txt`,
        text: () => text,
      },
      { kind: 'run', label: `Discard the unreadable ${label}`, run: discard },
    ],
  });
  if (kept) onKept();
}
