/**
 * The PDF engine's entry point. It runs in a Web Worker (render-pdf.worker.ts, started by
 * pdf-worker-client.ts once results are on screen or on the first click — never in a page's
 * initial JavaScript: it is ~0.33 MB gzip), so laying a report out never blocks the page.
 * Takes the report model the page already built.
 */
import { createElement } from 'react';
import { Document, Page, pdf } from '@react-pdf/renderer';
import { reportFileName, type ReportModel } from '../domain/report-model';
import { planFonts, type FontPlan } from './fonts/plan';
import { loadFaces, registerFaces, siteFontUrl } from './fonts/register';
import { ReportPDF } from './ReportPDF';

export interface RenderedReport {
  blob: Blob;
  fileName: string;
}

// The same report always gives the same file, so asking again for an unchanged report reuses the
// first rendering. Keyed by content, not by object: the results screen builds a fresh model on
// every click. The timestamp is left out of the key (the PDF prints the date, not the time).
const rendered = new Map<string, Promise<RenderedReport>>();
const KEEP_RENDERED = 3;

function cacheKey(report: ReportModel): string {
  return JSON.stringify({
    ...report,
    generatedAt: { ...report.generatedAt, iso: report.generatedAt.iso.slice(0, 10) },
  });
}

async function render(
  report: ReportModel,
  plan: FontPlan<ReportModel>,
  origin: string | null,
): Promise<RenderedReport> {
  const fontFamily = registerFaces(plan.faces, siteFontUrl);
  await loadFaces(plan.faces);
  const blob = await pdf(ReportPDF({ report: plan.printable, origin, fontFamily })).toBlob();
  return { blob, fileName: reportFileName(report) };
}

/**
 * Renders the report to a PDF Blob, with fonts fetched from this site. `origin` is the site's
 * public address (SITE_URL at build), or null: links to the site are printed only when it is
 * known, otherwise a PDF would point at the machine it was made on, often localhost.
 */
export function renderReportPdf(report: ReportModel, origin: string | null): Promise<RenderedReport> {
  const key = `${origin}\n${cacheKey(report)}`;
  let result = rendered.get(key);
  if (!result) {
    result = planFonts(report).then((plan) => render(report, plan, origin));
    // A failure is not remembered: the next click tries again.
    result.catch(() => rendered.delete(key));
    rendered.set(key, result);
    if (rendered.size > KEEP_RENDERED) rendered.delete(rendered.keys().next().value!);
  }
  return result;
}

let engineWarm: Promise<unknown> | null = null;

/**
 * Gets everything but the layout ready for this report: the fonts its text needs are fetched and
 * parsed, and (once per page) the layout engine's WebAssembly compiled by laying out an empty page.
 * Cheap to call again when the report changes: only fonts not loaded yet are fetched.
 */
export async function prefetchPdf(report: ReportModel): Promise<void> {
  const plan = await planFonts(report);
  registerFaces(plan.faces, siteFontUrl);
  engineWarm ??= pdf(createElement(Document, null, createElement(Page))).toBlob();
  await Promise.all([loadFaces(plan.faces), engineWarm]);
}
