/**
 * Polite, dismissible notices shared by the islands: saved data that could not be read, a share
 * link to accept or decline, storage that refused to save. Shown in a live region. A notice may
 * carry actions: a file to download (made when clicked, from what is in memory) or a choice.
 */
import { atom } from 'nanostores';
import type { StorageWords } from '../domain/storage-notice';

/**
 * Words the store that raised the notice had from its page's file, or, for the storage layer's
 * notices, what to say (worded by the notice list from the page's `storage-` words).
 */
export type NoticeWords = string | StorageWords;

export type NoticeAction =
  | { kind: 'download'; label: NoticeWords; fileName: string; text: () => string | Promise<string> }
  | { kind: 'run'; label: NoticeWords; run: () => void };

export interface Notice {
  /** Stable per cause, so the same notice is never shown twice. */
  id: string;
  tone: 'info' | 'warning';
  message: NoticeWords;
  /** Further lines, e.g. what differs between a share link and this device. */
  details?: readonly string[];
  actions?: readonly NoticeAction[];
  /** A notice asking for a choice is not dismissed without one. */
  dismissible?: boolean;
}

export const $notices = atom<readonly Notice[]>([]);

export function showNotice(notice: Notice): void {
  const others = $notices.get().filter((n) => n.id !== notice.id);
  $notices.set([...others, notice]);
}

export function dismissNotice(id: string): void {
  $notices.set($notices.get().filter((n) => n.id !== id));
}
