/**
 * The signable documents' PDF. It runs in the PDF worker (render-pdf.worker.ts), started when
 * someone clicks "Download": the engine is ~0.33 MB gzip and never part of a page's initial
 * JavaScript, and laying the document out never blocks the page.
 */
import { pdf } from '@react-pdf/renderer';
import type { SignableDocument } from '../../domain/signable-document';
import type { SignableDocumentText } from '../../schemas/page-wording';
import { planFonts } from '../fonts/plan';
import { loadFaces, registerFaces, siteFontUrl } from '../fonts/register';
import { SignableDocumentPDF } from './SignableDocumentPDF';

/** Renders the document to a PDF Blob, with the fonts its text needs fetched from this site. */
export async function renderSignableDocument(document: SignableDocument, text: SignableDocumentText): Promise<Blob> {
  // The words are planned with the fields: a page file in another script gets its fonts too.
  const plan = await planFonts({ document, text });
  const fontFamily = registerFaces(plan.faces, siteFontUrl);
  await loadFaces(plan.faces);
  return pdf(SignableDocumentPDF({ ...plan.printable, fontFamily })).toBlob();
}
