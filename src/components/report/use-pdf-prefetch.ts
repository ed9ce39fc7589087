import { useEffect, useRef, useState } from 'react';
import type { ReportModel } from '../../domain/report-model';
import type { UnprintableField } from '../../domain/script-coverage';

export type ReportSource = ReportModel | (() => ReportModel | Promise<ReportModel>);

/**
 * When to get the PDF ready. "idle": once the page has loaded and the browser is idle (the results
 * screen). "interaction": at the visitor's first pointer, wheel or key use (/cost/, whose first load
 * already shows results, so that load never includes the engine). "file": the same, and the first
 * report is rendered too, so a click hands over the file at once (/report/, a page a visitor opens
 * to get the report). Rendering takes seconds of main thread on a slow phone, so it never starts
 * while the page is loading: a visitor who has not touched the page yet is still reading it.
 */
export type PrefetchWhen = 'idle' | 'file' | 'interaction';

// Any sign of a visitor at the page. A mouse user's first press is usually the Download click
// itself, which would make every click a cold one: moving the pointer or the wheel counts too.
// Lighthouse and a page left alone never do any of these.
const INTERACTIONS = ['pointerdown', 'pointermove', 'wheel', 'keydown', 'focusin'] as const;

/** Runs `task` at the chosen moment, off the page's first load. Returns a cancel function. */
function whenSettled(when: PrefetchWhen, task: () => void): () => void {
  let idle: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const schedule = () => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(task, { timeout: 1500 });
    else timer = setTimeout(task, 300);
  };
  const start = () => {
    for (const type of INTERACTIONS) window.removeEventListener(type, start, true);
    schedule();
  };
  if (when !== 'idle') for (const type of INTERACTIONS) window.addEventListener(type, start, true);
  else if (document.readyState === 'complete') schedule();
  else window.addEventListener('load', schedule, { once: true });
  return () => {
    window.removeEventListener('load', schedule);
    for (const type of INTERACTIONS) window.removeEventListener(type, start, true);
    if (idle !== null) cancelIdleCallback(idle);
    if (timer !== null) clearTimeout(timer);
  };
}

/**
 * Gets the PDF ready in the background: works out, once the page is idle (with "interaction", once
 * the visitor is at it), which fields the PDF cannot print as typed, so the page can say so before
 * download; and at the chosen moment fetches the engine and the fonts this report's text needs. With "file" the first report is also rendered
 * then (the same report is never rendered twice); later changes only fetch what new text needs, and
 * the click lays the document out.
 */
export function usePdfPrefetch(report: ReportSource, when: PrefetchWhen): UnprintableField[] {
  const [unprintable, setUnprintable] = useState<UnprintableField[]>([]);
  const renderedFirst = useRef(false);
  useEffect(() => {
    let cancelled = false;
    const modelOf = () => (typeof report === 'function' ? report() : report);
    // Which typed fields the PDF cannot print: a small module, so the warning is there early. With
    // "interaction" (/cost/, whose report's content is fetched to build it) it waits for the visitor
    // too, so nothing of the PDF is part of that page's load; any pointer, wheel, key or focus use
    // comes before the click.
    const cancelCheck = whenSettled(when === 'interaction' ? 'interaction' : 'idle', async () => {
      try {
        const { unprintableReportFields } = await import('../../report/fonts/plan');
        const fields = await unprintableReportFields(await modelOf());
        if (!cancelled) setUnprintable(fields);
      } catch {
        // Nothing to tell yet: a click reports a failure then.
      }
    });
    const cancelEngine = whenSettled(when, async () => {
      try {
        const model = await modelOf();
        const { prefetchPdf, renderReportPdf } = await import('../../report/render-pdf');
        if (cancelled) return;
        await prefetchPdf(model);
        if (when === 'file' && !renderedFirst.current && !cancelled) {
          renderedFirst.current = true;
          await renderReportPdf(model);
        }
      } catch {
        // Nothing to tell yet: a click loads what is missing and reports a failure then.
      }
    });
    return () => {
      cancelled = true;
      cancelCheck();
      cancelEngine();
    };
  }, [report, when]);
  return unprintable;
}
