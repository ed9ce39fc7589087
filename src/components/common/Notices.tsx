import { useStore } from '@nanostores/react';
import { $notices, dismissNotice, type NoticeAction, type NoticeWords } from '../../stores/notices';
import { saveTextFile } from './save-file';
import type { SharedText } from '../../schemas/page-wording';
import { storageText } from '../../domain/storage-notice';

async function runAction(action: NoticeAction): Promise<void> {
  if (action.kind === 'run') return action.run();
  const type = action.fileName.endsWith('.json') ? 'application/json' : 'text/plain';
  saveTextFile(await action.text(), action.fileName, type);
}

/**
 * Notices from the stores (unreadable saved data, share links, storage failures), with their actions.
 * Its own words (Dismiss, and what the storage layer says) come from the page file of the page
 * that shows it.
 */
export function Notices({ text }: { text: SharedText<'notices'> }) {
  const notices = useStore($notices);
  const say = (words: NoticeWords) => (typeof words === 'string' ? words : storageText(words, text));
  // The live region is always rendered, so screen readers announce notices added later.
  return (
    <div role="status" aria-live="polite" className="stack stack--xs">
      {notices.map((notice) => (
        <div
          key={notice.id}
          className={`notice notice--${notice.tone}${notice.dismissible === false ? '' : ' notice--dismissible'}`}
          data-notice={notice.id}
        >
          <p>{say(notice.message)}</p>
          {notice.details && notice.details.length > 0 && (
            <ul>
              {notice.details.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          )}
          {notice.actions && notice.actions.length > 0 && (
            <div className="button-group">
              {notice.actions.map((action) => (
                <button
                  key={say(action.label)}
                  type="button"
                  className="button button--secondary"
                  onClick={() => void runAction(action)}
                >
                  {say(action.label)}
                </button>
              ))}
            </div>
          )}
          {notice.dismissible !== false && (
            <button type="button" className="button button--link" onClick={() => dismissNotice(notice.id)}>
              {text['notice-dismiss']}
              <span className="visually-hidden"> {text['notice-dismiss-which']}</span>
            </button>
          )}
        </div>
      ))}
    </div>
  );
}
