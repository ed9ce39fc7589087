/**
 * The PDF engine's entry point, loaded only by `import()` when someone asks for a PDF (never in a
 * page's initial JavaScript: it is ~0.45 MB gzip). Takes the report model the page already built.
 */
import { pdf } from '@react-pdf/renderer';
import { reportFileName, type ReportModel } from '../domain/report-model';
import { registerReportFonts } from './fonts';
import { ReportPDF } from './ReportPDF';

export interface RenderedReport {
  blob: Blob;
  fileName: string;
}

// The same model always gives the same file, so asking twice for an unchanged report reuses the
// first rendering. Keyed by the model object: pages rebuild the model whenever its inputs change.
const rendered = new WeakMap<ReportModel, Promise<RenderedReport>>();

/** Renders the report to a PDF Blob, with the font fetched from this site's /fonts/. */
export function renderReportPdf(report: ReportModel): Promise<RenderedReport> {
  let result = rendered.get(report);
  if (!result) {
    registerReportFonts(new URL('/fonts/', window.location.origin).href);
    // No origin: the PDF prints no links to the site it was made on (often localhost).
    result = pdf(ReportPDF({ report }))
      .toBlob()
      .then((blob) => ({ blob, fileName: reportFileName(report) }));
    // A failure is not remembered: the next click tries again.
    result.catch(() => rendered.delete(report));
    rendered.set(report, result);
  }
  return result;
}
