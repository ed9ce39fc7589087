/**
 * The PDF worker: lays reports and signable documents out off the page's main thread, so a page
 * stays responsive while a PDF is made and can have one made ahead of the click (usePdfPrefetch),
 * and a visitor who downloads both loads the engine once. Started by
 * pdf-worker-client.ts; its messages are in pdf-worker-protocol.ts.
 */
// First: it must run before the modules below load (see the file).
import './dev-worker-window';
import { renderSignableDocument } from './documents/render-document';
import { prefetchPdf, renderReportPdf } from './render-pdf';
import { servePdfRequests, type PdfWorkerScope } from './serve-pdf-requests';

servePdfRequests(globalThis as unknown as PdfWorkerScope, { prefetchPdf, renderReportPdf, renderSignableDocument });
