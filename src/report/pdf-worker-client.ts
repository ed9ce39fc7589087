/**
 * The page's side of the PDF worker (render-pdf.worker.ts): the engine's calls, answered from a
 * worker started at the first call. Nothing here loads the engine into the page.
 *
 * Renders ahead of a click (renderAhead) are kept to one waiting at a time, the latest report: a
 * visitor typing a figure makes many reports, and only the last one can be clicked. A click's own
 * render therefore waits at most for the one render the worker is doing.
 */
import type { ReportModel } from '../domain/report-model';
import type { SignableDocument } from '../domain/signable-document';
import type { SignableDocumentText } from '../schemas/page-wording';
import type { PdfReply, PdfRequest } from './pdf-worker-protocol';
import type { RenderedReport } from './render-pdf';

type Pending = { resolve: (reply: PdfReply & { ok: true }) => void; reject: (error: Error) => void };

let worker: Worker | null = null;
let nextId = 1;
const pending = new Map<number, Pending>();

// Links to this site are printed only when the build knows its public address (SITE_URL).
const ORIGIN = import.meta.env.SITE ?? null;

/** Fails every request still waiting and forgets the worker, so the next call starts a new one. */
function fail(error: Error): void {
  worker?.terminate();
  worker = null;
  for (const { reject } of pending.values()) reject(error);
  pending.clear();
}

function started(): Worker {
  if (worker) return worker;
  const created = new Worker(new URL('./render-pdf.worker.ts', import.meta.url), { type: 'module' });
  created.addEventListener('message', (event: MessageEvent<PdfReply>) => {
    const reply = event.data;
    const waiting = pending.get(reply.id);
    if (!waiting) return;
    pending.delete(reply.id);
    if (reply.ok) waiting.resolve(reply);
    else waiting.reject(new Error(reply.message));
  });
  // The worker's script could not be fetched or run (offline, blocked): every waiting request fails,
  // and the button says so and points to the HTML report.
  created.addEventListener('error', (event) => {
    event.preventDefault();
    fail(new Error(`The PDF worker failed: ${event.message || 'its script did not load'}`));
  });
  created.addEventListener('messageerror', () =>
    fail(new Error('The PDF worker sent a message that could not be read')),
  );
  worker = created;
  return created;
}

/** Sends a request (the id is added here) and settles with the worker's reply to it. */
function request(ask: (id: number) => PdfRequest): Promise<PdfReply & { ok: true }> {
  return new Promise((resolve, reject) => {
    const id = nextId++;
    pending.set(id, { resolve, reject });
    try {
      started().postMessage(ask(id));
    } catch (error) {
      pending.delete(id);
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}

/** A request about a report. */
const aboutReport =
  (kind: 'prefetch' | 'render', report: ReportModel) =>
  (id: number): PdfRequest => ({ id, kind, report, origin: ORIGIN });

/**
 * Starts the worker, which fetches and evaluates the engine as it starts, without asking it for
 * anything yet: a click calls this first so that the engine loads while the page builds the model.
 */
export function startPdfWorker(): void {
  try {
    started();
  } catch {
    // No worker could be made here: the request that follows reports it.
  }
}

/** Sends a request whose reply carries a file, and settles with that file. */
async function requestFile(ask: (id: number) => PdfRequest): Promise<RenderedReport> {
  const { file } = await request(ask);
  if (!file) throw new Error('The PDF worker returned no file');
  return file;
}

/** Renders the report to a PDF; an unchanged report gets the file the worker made before. */
export function renderReportPdf(report: ReportModel): Promise<RenderedReport> {
  return requestFile(aboutReport('render', report));
}

/** Renders a signable document to a PDF, with the words printed around its fields. */
export async function renderDocumentPdf(document: SignableDocument, text: SignableDocumentText): Promise<Blob> {
  return (await requestFile((id) => ({ id, kind: 'document', document, text }))).blob;
}

/** Fetches the engine and the fonts this report needs, and warms the engine, in the worker. */
export async function prefetchPdf(report: ReportModel): Promise<void> {
  await request(aboutReport('prefetch', report));
}

let waitingAhead: ReportModel | null = null;
let renderingAhead = false;

/**
 * Renders the report in the background so that a click finds the file made. Only the latest
 * report waits: one asked for while another renders replaces any still waiting. Failures are
 * left for a click to report.
 */
export function renderAhead(report: ReportModel): void {
  waitingAhead = report;
  if (renderingAhead) return;
  renderingAhead = true;
  void (async () => {
    while (waitingAhead) {
      const next = waitingAhead;
      waitingAhead = null;
      await request(aboutReport('render', next)).catch(() => undefined);
    }
    renderingAhead = false;
  })();
}
