/**
 * The messages between the page (pdf-worker-client.ts) and the PDF worker (render-pdf.worker.ts).
 * Every request gets exactly one reply with its id.
 */
import type { ReportModel } from '../domain/report-model';
import type { SignableDocument } from '../domain/signable-document';
import type { SignableDocumentText } from '../schemas/page-wording';

export type PdfRequest =
  | {
      id: number;
      /** "prefetch": fetch the fonts and warm the engine; "render": lay the report out. */
      kind: 'prefetch' | 'render';
      report: ReportModel;
      /** The site's public address (SITE_URL at build), or null; see renderReportPdf. */
      origin: string | null;
    }
  | {
      id: number;
      /** A signable document (scorecard, readiness definition…), with the words printed around it. */
      kind: 'document';
      document: SignableDocument;
      text: SignableDocumentText;
    };

export type PdfReply =
  { id: number; ok: true; file: { blob: Blob; fileName: string } | null } | { id: number; ok: false; message: string };
