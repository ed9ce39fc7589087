import { useState } from 'react';
import { formatTime } from '../../domain/dates';
import type { SaveOutcome } from '../../stores/history';

interface SaveResultButtonProps {
  /** Saves a snapshot of the result on show; may load the history store first. */
  save: () => SaveOutcome | Promise<SaveOutcome>;
  className?: string;
}

type Status = { kind: SaveOutcome | 'error'; time: string } | null;

const HISTORY_HREF = '/history/';

/**
 * "Save this result": a dated snapshot in the history on this device. The outcome is announced,
 * with the time, so saving twice is heard twice; a full history or a browser that will not
 * store says so rather than pretending.
 */
export function SaveResultButton({ save, className = 'button button--secondary' }: SaveResultButtonProps) {
  const [status, setStatus] = useState<Status>(null);

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
        {status?.kind === 'memory-only' && (
          <>
            Saved at {status.time} for this tab only: this browser would not store it on the device. To keep it,{' '}
            <a href={HISTORY_HREF}>download your history</a> before you close the tab.
          </>
        )}
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
