import { useState } from 'react';
import { formatTime } from '../../domain/dates';
import type { SaveOutcome } from '../../stores/history';
import { saveTextFile } from '../common/save-file';

interface SaveResultButtonProps {
  /** Saves a snapshot of the result on show; may load the history store first. */
  save: () => SaveOutcome | Promise<SaveOutcome>;
  className?: string;
}

type Status = { kind: SaveOutcome | 'error'; time: string } | null;

const HISTORY_HREF = '/history/';

/**
 * "Save this result": a dated snapshot in the history on this device. The outcome is announced,
 * with the time; saving an unchanged result again adds nothing and says so; a full history or a
 * browser that will not store says so rather than pretending, and offers the download.
 */
export function SaveResultButton({ save, className = 'button button--secondary' }: SaveResultButtonProps) {
  const [status, setStatus] = useState<Status>(null);

  // Made from the results in this tab's memory: storage is what refused them.
  async function downloadHistory() {
    const [{ historyInMemoryText }, { exportFileName }] = await Promise.all([
      import('../../stores/unsaved-work'),
      import('../../domain/history-view'),
    ]);
    const now = new Date();
    saveTextFile(await historyInMemoryText(now), exportFileName('history', now));
  }

  async function click() {
    const time = formatTime(new Date());
    try {
      setStatus({ kind: await save(), time });
    } catch {
      setStatus({ kind: 'error', time });
    }
  }

  return (
    <div className="save-result">
      <button type="button" className={className} onClick={click}>
        Save this result
      </button>
      <p role="status" className="save-result__status">
        {status?.kind === 'saved' && (
          <>
            Saved at {status.time} to your history on this device. <a href={HISTORY_HREF}>See your saved results</a>
          </>
        )}
        {status?.kind === 'unchanged' && (
          <>
            Already saved: your latest saved result is this same result, so nothing was added.{' '}
            <a href={HISTORY_HREF}>See your saved results</a>
          </>
        )}
        {status?.kind === 'memory-only' && (
          <>
            Saved at {status.time} for this tab only: this browser would not store it on the device. To keep it,
            download your saved results before you close the tab.{' '}
            <button type="button" className="button button--link" onClick={() => void downloadHistory()}>
              Download your saved results
            </button>
          </>
        )}
        {status?.kind === 'too-large' && 'Not saved: your saved results would be larger than this browser keeps.'}
        {status?.kind === 'full' && (
          <>
            Not saved: your history already holds as many results as this device keeps.{' '}
            <a href={HISTORY_HREF}>Delete one you no longer need</a>, then save again.
          </>
        )}
        {status?.kind === 'error' && 'Not saved: something went wrong. Please try again.'}
      </p>
    </div>
  );
}
