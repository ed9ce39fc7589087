/**
 * Polite, dismissible notices shared by the islands: a corrupt saved value that was dropped, a
 * share link that was partly unreadable, storage that refused to save. Shown in a live region.
 */
import { atom } from 'nanostores';

export interface Notice {
  /** Stable per cause, so the same notice is never shown twice. */
  id: string;
  tone: 'info' | 'warning';
  message: string;
}

export const $notices = atom<readonly Notice[]>([]);

export function showNotice(notice: Notice): void {
  const others = $notices.get().filter((n) => n.id !== notice.id);
  $notices.set([...others, notice]);
}

export function dismissNotice(id: string): void {
  $notices.set($notices.get().filter((n) => n.id !== id));
}
