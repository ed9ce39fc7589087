/**
 * The questions and stages in full and the report's words, as a static JSON file
 * (dist/report-content.json, fetched by src/stores/report-content-file.ts) for the PDF: /cost/
 * fetches it when its PDF is got ready instead of carrying ~45 KB of it in every first load, and
 * /report/ fetches the Markdown its PDF draws (its page shows that Markdown as HTML).
 */
import type { APIRoute } from 'astro';
import { getSiteContent } from '../lib/site-content';
import { getReportWording } from '../lib/pages';
import type { ReportContentFile } from '../stores/report-content-file';

export const GET: APIRoute = async () => {
  const { questions, stages } = await getSiteContent();
  const file: ReportContentFile = { content: { questions, stages }, wording: await getReportWording() };
  return new Response(JSON.stringify(file), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
