import { useId, useState } from 'react';
import type { SharedText } from '../../schemas/page-wording';

interface CopyLinkButtonProps {
  label: string;
  /** Said once the link is on the clipboard: what the link holds and who can see it. */
  copiedMessage: string;
  /**
   * The fragment (with its leading '#') that carries the state, or a promise of it (its code
   * loaded when clicked); or, made when clicked, the fragment with the message to say instead of
   * `copiedMessage` (what the link left out).
   */
  fragment: () => string | Promise<string | { fragment: string; copiedMessage: string }>;
  /** The button's classes: a primary button unless the page has another primary action. */
  className?: string;
  /** The words of the hand-copy fallback, from the page file of the page that shows it. */
  text: SharedText<'copy-link'>;
}

/**
 * Copies a link to this page whose fragment carries the state. Where the clipboard is unavailable
 * (older browsers, denied permission) the link is shown in a field to copy by hand.
 */
export function CopyLinkButton({ label, copiedMessage, fragment, className = 'button', text }: CopyLinkButtonProps) {
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const [url, setUrl] = useState('');
  const [message, setMessage] = useState(copiedMessage);
  const inputId = useId();

  async function copy() {
    const link = Promise.resolve(fragment()).then((made) => {
      const { fragment: hash, copiedMessage: said } =
        typeof made === 'string' ? { fragment: made, copiedMessage } : made;
      return { href: `${window.location.origin}${window.location.pathname}${hash}`, said };
    });
    // Started within the click either way: Safari lets a page write to the clipboard only from the
    // click itself, and the link may be made after an import (the codec loads on the click). A
    // clipboard item takes the text as a promise for that; writeText is for browsers without one.
    const written = (
      typeof ClipboardItem === 'function' && navigator.clipboard?.write
        ? navigator.clipboard.write([
            new ClipboardItem({ 'text/plain': link.then(({ href }) => new Blob([href], { type: 'text/plain' })) }),
          ])
        : link.then(({ href }) => navigator.clipboard.writeText(href))
    ).then(
      () => true,
      () => false,
    );
    const { href, said } = await link;
    setMessage(said);
    setUrl(href);
    setStatus((await written) ? 'copied' : 'manual');
  }

  return (
    // display: contents (forms.css): the button joins the button row it is placed in, and the
    // status and the hand-copy field each take a full row below it instead of stretching that row.
    <div className="copy-link">
      <button type="button" className={className} onClick={copy}>
        {label}
      </button>
      <p role="status" className="copy-link__status">
        {status === 'copied' && message}
      </p>
      {status === 'manual' && (
        <div className="copy-link__manual">
          <label className="text-field__label" htmlFor={inputId}>
            {text['copy-link-manual']}
          </label>
          <input
            id={inputId}
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
