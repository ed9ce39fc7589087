/**
 * Entry point for the signable documents' PDF, loaded only by `import()` when someone clicks
 * "Download" (the engine is ~0.45 MB gzip and never part of a page's initial JavaScript).
 */
import { pdf } from '@react-pdf/renderer';
import type { SignableDocument } from '../../domain/signable-document';
import { registerReportFonts } from '../fonts';
import { SignableDocumentPDF } from './SignableDocumentPDF';

/** Renders the document to a PDF Blob, with the font fetched from this site's /fonts/. */
export async function renderSignableDocument(document: SignableDocument): Promise<Blob> {
  registerReportFonts(new URL('/fonts/', window.location.origin).href);
  return pdf(SignableDocumentPDF({ document })).toBlob();
}
