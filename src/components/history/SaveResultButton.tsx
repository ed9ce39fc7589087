import { useState } from 'react';
import { formatTime } from '../../domain/dates';
import { fillSlotParts } from '../../domain/fill-slots';
import type { SharedText } from '../../schemas/page-wording';
import type { SaveOutcome } from '../../stores/history';
import { saveTextFile } from '../common/save-file';

interface SaveResultButtonProps {
  /** Saves a snapshot of the result on show; may load the history store first. */
  save: () => SaveOutcome | Promise<SaveOutcome>;
  className?: string;
  /** The button's and its outcomes' words, from the page file of the page that shows it. */
  text: SharedText<'save'>;
}

type Status = { kind: SaveOutcome | 'error' | 'saving'; time: string } | null;

const HISTORY_HREF = '/history/';

/**
 * "Save this result": a dated snapshot in the history on this device. The outcome is announced,
 * with the time; saving an unchanged result again adds nothing and says so; a full history or a
 * browser that will not store says so rather than pretending, and offers the download. Until the
 * outcome is known (the first save on /assessment/ fetches the content it needs) it says it is saving.
 */
export function SaveResultButton({ save, className = 'button button--secondary', text }: SaveResultButtonProps) {
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
    // Saving may first fetch what a saved result is worked out from: one save at a time.
    if (status?.kind === 'saving') return;
    const time = formatTime(new Date());
    setStatus({ kind: 'saving', time });
    try {
      setStatus({ kind: await save(), time });
    } catch {
      setStatus({ kind: 'error', time });
    }
  }

  const historyLink = (
    <a key="link" href={HISTORY_HREF}>
      {text['save-history-link']}
    </a>
  );

  return (
    <div className="save-result">
      <button type="button" className={className} onClick={click}>
        {text['save-result']}
      </button>
      <p role="status" className="save-result__status">
        {status?.kind === 'saving' && text['save-saving']}
        {status?.kind === 'saved' && fillSlotParts(text['save-saved'], { time: status.time, link: historyLink })}
        {status?.kind === 'unchanged' && fillSlotParts(text['save-unchanged'], { link: historyLink })}
        {status?.kind === 'memory-only' &&
          fillSlotParts(text['save-memory-only'], {
            time: status.time,
            download: (
              <button
                key="download"
                type="button"
                className="button button--link"
                onClick={() => void downloadHistory()}
              >
                {text['save-download']}
              </button>
            ),
          })}
        {status?.kind === 'too-large' && text['save-too-large']}
        {status?.kind === 'full' &&
          fillSlotParts(text['save-full'], {
            link: (
              <a key="link" href={HISTORY_HREF}>
                {text['save-full-link']}
              </a>
            ),
          })}
        {status?.kind === 'error' && text['save-error']}
      </p>
    </div>
  );
}
