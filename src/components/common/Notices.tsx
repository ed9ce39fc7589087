import { useStore } from '@nanostores/react';
import { $notices, dismissNotice } from '../../stores/notices';

/** Notices from the stores (dropped saved data, unreadable share links, storage failures). */
export function Notices() {
  const notices = useStore($notices);
  // The live region is always rendered, so screen readers announce notices added later.
  return (
    <div role="status" aria-live="polite" className="stack stack--xs">
      {notices.map((notice) => (
        <div key={notice.id} className={`notice notice--${notice.tone} notice--dismissible`}>
          <p>{notice.message}</p>
          <button type="button" className="button button--link" onClick={() => dismissNotice(notice.id)}>
            Dismiss<span className="visually-hidden"> this notice</span>
          </button>
        </div>
      ))}
    </div>
  );
}
