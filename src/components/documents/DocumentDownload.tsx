import '../report/download-pdf.css';
import { useRef, useState } from 'react';
import type { SignableDocument } from '../../domain/signable-document';
import { fillSlots } from '../../domain/fill-slots';
import type { SignableDocumentText } from '../../schemas/page-wording';
import { saveFile } from '../common/save-file';
import { openPdfEngine } from '../../report/open-engine';
import type { DocumentsText } from './documents-text';

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
  /** The progress and failure wording, from content/pages/documents.md. */
  text: DocumentsText;
  /** The words the PDF prints around the fields, from the page's file (`text`). */
  pdfText: SignableDocumentText;
}

/**
 * Downloads one signable document as a one-page PDF. The PDF worker is started only on click;
 * while it works the button is marked busy and the change is announced.
 */
export function DocumentDownload({ build, label, text, pdfText }: DocumentDownloadProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = useRef(false);

  async function download() {
    if (busy.current) return;
    busy.current = true;
    setStatus({ kind: 'busy' });
    try {
      // The worker starts, and loads the engine, while the page builds the document.
      const [{ renderDocumentPdf }, document] = await Promise.all([openPdfEngine(), build()]);
      saveFile(await renderDocumentPdf(document, pdfText), document.fileName);
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
        {isBusy ? text['preparing-pdf'] : label}
      </button>
      <p className="download-pdf__status" role="status">
        {isBusy && text['preparing-pdf-status']}
        {status.kind === 'done' && fillSlots(text['pdf-ready'], { file: status.fileName })}
      </p>
      {status.kind === 'error' && (
        <p className="download-pdf__error" role="alert">
          {text['pdf-failed']}
        </p>
      )}
    </div>
  );
}
