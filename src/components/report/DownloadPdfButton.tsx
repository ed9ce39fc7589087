import './download-pdf.css';
import { useId, useRef, useState } from 'react';
import type { ReportModel } from '../../domain/report-model';
import { fillSlotParts, fillSlots } from '../../domain/fill-slots';
import type { SharedText } from '../../schemas/page-wording';
import { saveFile } from '../common/save-file';
import { openPdfEngine } from '../../report/open-engine';
import { usePdfPrefetch, type PrefetchWhen } from './use-pdf-prefetch';
import { FontWarning } from './FontWarning';

interface DownloadPdfButtonProps {
  /**
   * The report to print: the model the page shows, or a function that builds it on click (so a
   * page that does not show the report need not load the report model up front).
   */
  report: ReportModel | (() => ReportModel | Promise<ReportModel>);
  /** The button's and its messages' words, from the page file of the page that shows it. */
  text: SharedText<'pdf'>;
  className?: string;
  /** Where the HTML report is, for the fallback message; leave out on /report/ itself. */
  htmlReportHref?: string | null;
  /** When to get the PDF ready in the background (see usePdfPrefetch). */
  prefetch?: PrefetchWhen;
}

// This file's chunk has "pdf" in its name, and `npm run bench` flags any page whose initial
// JavaScript holds such a chunk as loading the PDF engine early: keep this button out of first loads.

type Status = { kind: 'idle' } | { kind: 'busy' } | { kind: 'done'; fileName: string } | { kind: 'error' };

/**
 * "Download PDF". The PDF engine (~0.4 MB gzip) is never part of the page's first load: it runs in
 * a worker, started once the report is on screen (usePdfPrefetch), or on click if that has not
 * happened yet. Fields the PDF cannot print as typed are named before download. While it works
 * the button is marked disabled and the change is announced; if it fails the message says so and
 * points to the HTML report, which holds everything the PDF would.
 */
export function DownloadPdfButton({
  report,
  text,
  className = 'button',
  htmlReportHref = null,
  prefetch = 'idle',
}: DownloadPdfButtonProps) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const busy = useRef(false);
  const unprintable = usePdfPrefetch(report, prefetch);
  const warningId = useId();

  async function download() {
    if (busy.current) return;
    busy.current = true;
    setStatus({ kind: 'busy' });
    // User-timing marks: scripts/bench-pdf.mjs times click to file between them.
    performance.mark('pdf:click');
    try {
      // The worker starts, and loads the engine, while the page builds the model.
      const [{ renderReportPdf }, model] = await Promise.all([
        openPdfEngine(),
        typeof report === 'function' ? report() : report,
      ]);
      const { blob, fileName } = await renderReportPdf(model);
      performance.mark('pdf:rendered');
      saveFile(blob, fileName);
      setStatus({ kind: 'done', fileName });
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
      <button
        type="button"
        className={className}
        aria-disabled={isBusy || undefined}
        aria-describedby={unprintable.length ? warningId : undefined}
        data-busy={isBusy || undefined}
        onClick={download}
      >
        {isBusy ? text['pdf-preparing'] : text['pdf-download']}
      </button>
      {unprintable.length > 0 && <FontWarning id={warningId} fields={unprintable} text={text} />}
      <p className="download-pdf__status" role="status">
        {isBusy && text['pdf-preparing-status']}
        {status.kind === 'done' && fillSlots(text['pdf-ready'], { file: status.fileName })}
      </p>
      {status.kind === 'error' && (
        <p className="download-pdf__error" role="alert">
          {text['pdf-failed']}{' '}
          {htmlReportHref
            ? fillSlotParts(text['pdf-failed-report'], {
                link: (
                  <a key="link" href={htmlReportHref}>
                    {text['pdf-report-link']}
                  </a>
                ),
              })
            : text['pdf-failed-print']}
        </p>
      )}
    </div>
  );
}
