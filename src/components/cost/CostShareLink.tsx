import { useState } from 'react';

/**
 * Copies a link whose fragment carries both scenarios and the currency. Where the clipboard is
 * unavailable (older browsers, denied permission) the link is shown in a field to copy by hand.
 */
export function CostShareLink({ fragment }: { fragment: () => string }) {
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
    <div className="stack stack--2xs">
      <button type="button" className="button" onClick={copy}>
        Copy link to this estimate
      </button>
      <p role="status" className="cost-share__status">
        {status === 'copied' &&
          'Link copied. It holds both scenarios and the currency; anyone who opens it sees this estimate, and nothing is stored on a server.'}
      </p>
      {status === 'manual' && (
        <div className="stack stack--2xs">
          <label htmlFor="cost-share-url">Copy this link:</label>
          <input
            id="cost-share-url"
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
