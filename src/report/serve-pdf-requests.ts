/**
 * The PDF worker's message loop, apart from the engine so it can be tested without one. Requests
 * run one at a time, in the order they came: the engine is not built to lay out two documents at
 * once, and the page's client keeps at most one render ahead queued, so a click never waits
 * behind a backlog. Every request gets one reply with its id; a failure is a reply, not a crash.
 */
import type { ReportModel } from '../domain/report-model';
import type { SignableDocument } from '../domain/signable-document';
import type { SignableDocumentText } from '../schemas/page-wording';
import type { PdfReply, PdfRequest } from './pdf-worker-protocol';

/** The worker's global scope, as far as it is used here (the DOM typings have no worker scope). */
export interface PdfWorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<PdfRequest>) => void): void;
  postMessage(reply: PdfReply): void;
}

export interface PdfEngine {
  prefetchPdf(report: ReportModel): Promise<void>;
  renderReportPdf(report: ReportModel, origin: string | null): Promise<{ blob: Blob; fileName: string }>;
  renderSignableDocument(document: SignableDocument, text: SignableDocumentText): Promise<Blob>;
}

async function handle(engine: PdfEngine, request: PdfRequest): Promise<PdfReply> {
  const { id } = request;
  try {
    if (request.kind === 'document') {
      const blob = await engine.renderSignableDocument(request.document, request.text);
      return { id, ok: true, file: { blob, fileName: request.document.fileName } };
    }
    if (request.kind === 'prefetch') {
      await engine.prefetchPdf(request.report);
      return { id, ok: true, file: null };
    }
    const { blob, fileName } = await engine.renderReportPdf(request.report, request.origin);
    return { id, ok: true, file: { blob, fileName } };
  } catch (error) {
    return { id, ok: false, message: error instanceof Error ? error.message : String(error) };
  }
}

export function servePdfRequests(scope: PdfWorkerScope, engine: PdfEngine): void {
  let queue: Promise<void> = Promise.resolve();
  scope.addEventListener('message', (event) => {
    const request = event.data;
    queue = queue.then(async () => scope.postMessage(await handle(engine, request)));
  });
}
