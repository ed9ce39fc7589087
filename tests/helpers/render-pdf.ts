/**
 * Renders a report model to PDF bytes in Node the way the browser does (fonts planned from its
 * text, emoji replaced), with the font files read from node_modules instead of fetched.
 */
import path from 'node:path';
import { renderToBuffer } from '@react-pdf/renderer';
import type { ReportModel } from '../../src/domain/report-model';
import { planFonts } from '../../src/report/fonts/plan';
import { loadFaces, registerFaces } from '../../src/report/fonts/register';
import { ReportPDF } from '../../src/report/ReportPDF';
import { SignableDocumentPDF } from '../../src/report/documents/SignableDocumentPDF';
import type { SignableDocument } from '../../src/domain/signable-document';
import type { SignableDocumentText } from '../../src/schemas/page-wording';
import { PROJECT_ROOT } from './load-content';

/** Vite hands out `/node_modules/…` (or `/@fs/…` outside the root) URLs for the bundled fonts. */
export function fontFilePath(src: string): string {
  if (src.startsWith('/@fs/')) return src.slice('/@fs'.length);
  return path.join(PROJECT_ROOT, src.split('?')[0]!);
}

/** `origin` as in the browser: null unless the build was given SITE_URL. */
export async function renderReportBuffer(report: ReportModel, origin: string | null = null) {
  const plan = await planFonts(report);
  const fontFamily = registerFaces(plan.faces, fontFilePath);
  await loadFaces(plan.faces);
  const buffer = await renderToBuffer(ReportPDF({ report: plan.printable, origin, fontFamily }));
  return { buffer, faces: plan.faces.map((f) => f.id) };
}

/** A signable document's PDF bytes, fonts planned from its text as in the browser. */
export async function renderDocumentBuffer(document: SignableDocument, text: SignableDocumentText): Promise<Buffer> {
  const plan = await planFonts({ document, text });
  const fontFamily = registerFaces(plan.faces, fontFilePath);
  await loadFaces(plan.faces);
  return renderToBuffer(SignableDocumentPDF({ ...plan.printable, fontFamily }));
}
