/**
 * When storage refuses a write, the work is still in memory: this offers it as a download right
 * in the notice, made from what this tab holds at the moment of the click (never from storage,
 * which is exactly what failed). Each store registers how to read its part of the session in
 * persistent-store.ts; this module is loaded only when a write fails.
 */
import type { UnsavedPart } from '../domain/storage-notice';
import { showNotice } from './notices';
import { unsavedSources as sources } from './persistent-store';

const today = () => new Date().toISOString().slice(0, 10);

/** The session in memory as an export file (importable on the History page). */
export async function sessionInMemoryText(now = new Date()): Promise<string> {
  const { encodeExportFile } = await import('../domain/export-file');
  const { EMPTY_SESSION } = await import('../domain/session-state');
  const cost = sources.cost?.();
  return encodeExportFile(
    {
      kind: 'session',
      session: {
        answers: sources.answers?.() ?? {},
        session: sources.session?.() ?? EMPTY_SESSION,
        ...(cost === undefined ? {} : { cost }),
      },
    },
    sources.questionIds?.() ?? [],
    now,
  );
}

/** The saved results in memory as an export file. */
export async function historyInMemoryText(now = new Date()): Promise<string> {
  const { encodeExportFile } = await import('../domain/export-file');
  return encodeExportFile(
    { kind: 'history', snapshots: [...(sources.history?.() ?? [])] },
    sources.questionIds?.() ?? [],
    now,
  );
}

/** Tells the user once that this browser would not save, with a download of what is in memory. */
export function showUnsavedNotice(part: UnsavedPart): void {
  showNotice({
    id: part === 'history' ? 'storage-unavailable-history' : 'storage-unavailable',
    tone: 'warning',
    // Worded where the notice is shown (src/domain/storage-notice.ts).
    message: { kind: 'unsaved', part },
    actions: [
      part === 'history'
        ? {
            kind: 'download',
            label: { kind: 'download-unsaved', part },
            fileName: `readiness-history-${today()}.json`,
            text: () => historyInMemoryText(),
          }
        : {
            kind: 'download',
            label: { kind: 'download-unsaved', part },
            fileName: `readiness-session-${today()}.json`,
            text: () => sessionInMemoryText(),
          },
    ],
  });
}
