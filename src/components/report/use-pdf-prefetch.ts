import { useEffect, useState } from 'react';
import type { ReportModel } from '../../domain/report-model';
import type { UnprintableField } from '../../domain/script-coverage';

export type ReportSource = ReportModel | (() => ReportModel | Promise<ReportModel>);

/**
 * Runs `task` once the page has loaded and the browser is idle, so nothing here competes with the
 * page's own first load. Returns a cancel function.
 */
function whenSettled(task: () => void): () => void {
  let idle: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(task, { timeout: 1500 });
    else timer = setTimeout(task, 300);
  };
  if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    window.removeEventListener('load', schedule);
    if (idle !== null) cancelIdleCallback(idle);
    if (timer !== null) clearTimeout(timer);
  };
}

/**
 * Once results are on screen and the page is idle, fetches the PDF engine and the fonts this
 * report's text needs (so a click gives the file without waiting for the network), and works out
 * which fields the PDF cannot print as typed, so the page can say so before download. Runs again,
 * cheaply, when the report changes: the engine is cached, and only fonts not yet loaded are fetched.
 */
export function usePdfPrefetch(report: ReportSource): UnprintableField[] {
  const [unprintable, setUnprintable] = useState<UnprintableField[]>([]);
  useEffect(() => {
    let cancelled = false;
    const cancel = whenSettled(async () => {
      try {
        const model = typeof report === 'function' ? await report() : report;
        const { unprintableReportFields } = await import('../../report/fonts/plan');
        const fields = await unprintableReportFields(model);
        if (cancelled) return;
        setUnprintable(fields);
        const { prefetchPdf } = await import('../../report/render-pdf');
        if (!cancelled) await prefetchPdf(model);
      } catch {
        // Nothing to tell yet: a click loads what is missing and reports a failure then.
      }
    });
    return () => {
      cancelled = true;
      cancel();
    };
  }, [report]);
  return unprintable;
}
