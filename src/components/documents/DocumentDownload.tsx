import '../report/download-pdf.css';
import { useRef, useState } from 'react';
import type { SignableDocument } from '../../domain/signable-document';
import type { SignableDocumentText } from '../../schemas/page-wording';
import { saveFile } from '../common/save-file';

// Not named *Pdf*: `npm run bench` flags any initial chunk whose name mentions "pdf" as the PDF
// engine loaded early, and this button is part of the page's initial JavaScript.

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'error' };

interface DocumentDownloadProps {
  /**
   * Builds the document at the moment of the click, from what is on screen. Asynchronous so the
   * builder can be imported then, with the PDF engine, rather than with the page.
   */
  build: () => Promise<SignableDocument>;
  label: string;
  /** The words the PDF prints around the fields, from the page's file (`text`). */
  text: SignableDocumentText;
}

/**
 * Downloads one signable document as a one-page PDF. The PDF engine is imported only on click;
 * while it works the button is marked busy and the change is announced.
 */
export function DocumentDownload({ build, label, text }: DocumentDownloadProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = useRef(false);

  async function download() {
    if (busy.current) return;
    busy.current = true;
    setStatus({ kind: 'busy' });
    try {
      const [document, { renderSignableDocument }] = await Promise.all([
        build(),
        import('../../report/documents/render-document'),
      ]);
      saveFile(await renderSignableDocument(document, text), document.fileName);
      setStatus({ kind: 'done', fileName: document.fileName });
    } catch {
      setStatus({ kind: 'error' });
    } finally {
      busy.current = false;
    }
  }

  const isBusy = status.kind === 'busy';
  return (
    <div className="download-pdf">
      {/* aria-disabled rather than disabled: a disabled button drops keyboard focus mid-task. */}
      <button type="button" className="button button--secondary" aria-disabled={isBusy || undefined} onClick={download}>
        {isBusy ? 'Preparing PDF…' : label}
      </button>
      <p className="download-pdf__status" role="status">
        {isBusy && 'Preparing your PDF. This takes a second or two.'}
        {status.kind === 'done' && `PDF ready: ${status.fileName}.`}
      </p>
      {status.kind === 'error' && (
        <p className="download-pdf__error" role="alert">
          The PDF could not be made in this browser. Everything it would hold is on this page: use your browser’s Print
          to keep a copy.
        </p>
      )}
    </div>
  );
}
