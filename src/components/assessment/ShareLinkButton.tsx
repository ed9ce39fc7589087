import { useState } from 'react';

/**
 * Copies a link whose fragment carries the answers. Where the clipboard is unavailable (older
 * browsers, denied permission) the link is shown in a field to copy by hand.
 */
export function ShareLinkButton({ fragment }: { fragment: () => string }) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [url, setUrl] = useState('');

  async function copy() {
    const link = `${window.location.origin}${window.location.pathname}${fragment()}`;
    setUrl(link);
    try {
      await navigator.clipboard.writeText(link);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  }

  return (
    <div className="share-link stack stack--2xs">
      <button type="button" className="button" onClick={copy}>
        Copy link to these results
      </button>
      <p role="status" className="share-link__status">
        {status === 'copied' && 'Link copied. Anyone who opens it sees these answers; nothing is stored on a server.'}
      </p>
      {status === 'manual' && (
        <div className="stack stack--2xs">
          <label htmlFor="share-link-url">Copy this link:</label>
          <input
            id="share-link-url"
            className="input"
            readOnly
            value={url}
            onFocus={(event) => event.currentTarget.select()}
          />
        </div>
      )}
    </div>
  );
}
