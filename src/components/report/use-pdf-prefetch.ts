import { useEffect, useState } from 'react';
import type { ReportModel } from '../../domain/report-model';
import type { UnprintableField } from '../../domain/script-coverage';

export type ReportSource = ReportModel | (() => ReportModel | Promise<ReportModel>);

/**
 * When to get the PDF ready. Nothing starts while the page is loading, and a page left alone never
 * renders: a visitor who has not touched the page yet is still reading it.
 * - "idle": once the page has loaded and the browser is idle, the PDF worker fetches the engine and
 *   this report's fonts (the results screen, where most visitors read rather than download).
 * - "file": at the visitor's first pointer, wheel or key use, the worker renders the report ahead,
 *   and again after each change, so a click hands over the file made
 *   (/report/, a page a visitor opens to get the report). Unprintable fields are named in idle time.
 * - "interaction": the same, and the unprintable fields are named at the first use too (/cost/,
 *   whose report needs content fetched over the network: none of it is part of that page's load).
 */
export type PrefetchWhen = 'idle' | 'file' | 'interaction';

// Any sign of a visitor at the page. A mouse user's first press is usually the Download click
// itself, which would make every click a cold one: moving the pointer or the wheel counts too.
// Lighthouse and a page left alone never do any of these.
const INTERACTIONS = ['pointerdown', 'pointermove', 'wheel', 'keydown', 'focusin'] as const;

/** Whether the visitor has used the page yet (kept for the page's life, across re-renders). */
let visitorSeen = false;

/**
 * Runs `task` off the page's first load: in idle time after load, or at the visitor's first use of
 * the page (and, once they have used it, at once in idle time). Returns a cancel function.
 */
function whenSettled(when: 'idle' | 'interaction', task: () => void): () => void {
  let idle: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  const runWhenIdle = () => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(task, { timeout: 1500 });
    else timer = setTimeout(task, 300);
  };
  const start = () => {
    visitorSeen = true;
    for (const type of INTERACTIONS) window.removeEventListener(type, start, true);
    runWhenIdle();
  };
  if (when === 'idle') {
    if (document.readyState === 'complete') runWhenIdle();
    else window.addEventListener('load', runWhenIdle, { once: true });
  } else if (visitorSeen) {
    // The report changed while the visitor works on it. No pause is waited for here: a typed
    // figure reaches the report only once typing pauses (the cost form's COMMIT_AFTER_MS), and
    // renderAhead keeps only the latest report waiting while one renders.
    runWhenIdle();
  } else {
    for (const type of INTERACTIONS) window.addEventListener(type, start, true);
  }
  return () => {
    window.removeEventListener('load', runWhenIdle);
    for (const type of INTERACTIONS) window.removeEventListener(type, start, true);
    if (idle !== null) cancelIdleCallback(idle);
    if (timer !== null) clearTimeout(timer);
  };
}

/**
 * Gets the PDF ready in the background: works out, once the page is idle (with "interaction", once
 * the visitor is at it), which fields the PDF cannot print as typed, so the page can say so before
 * download; and at the chosen moment has the PDF worker fetch the engine and the fonts this
 * report's text needs ("idle") or render the report ahead ("file", "interaction").
 */
export function usePdfPrefetch(report: ReportSource, when: PrefetchWhen): UnprintableField[] {
  const [unprintable, setUnprintable] = useState<UnprintableField[]>([]);
  useEffect(() => {
    let cancelled = false;
    // Built once per report, for both tasks below: on /cost/ it means fetching the report's
    // content and laying the model out, at every committed change.
    let model: Promise<ReportModel> | null = null;
    const modelOf = () => (model ??= Promise.resolve(typeof report === 'function' ? report() : report));
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
    const renderAhead = when !== 'idle';
    const cancelEngine = whenSettled(renderAhead ? 'interaction' : 'idle', async () => {
      try {
        const [model, pdf] = await Promise.all([modelOf(), import('../../report/pdf-worker-client')]);
        if (cancelled) return;
        if (renderAhead) pdf.renderAhead(model);
        else await pdf.prefetchPdf(model);
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
