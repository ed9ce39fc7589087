/**
 * The questions and stages in full (their Markdown guidance, first steps and plans) and the
 * report's words, fetched from the static file the build writes (src/pages/report-content.json.ts)
 * when a PDF is got ready. /cost/ prints the report but shows none of it, and /report/ shows that
 * Markdown as HTML: neither carries it in its first load. It comes from the same deployment as
 * this code, so a shape check is enough; anything else rejects, and the PDF button says it failed.
 */
import type { SiteContent } from '../domain/content-types';
import type { ReportWording } from '../domain/report-model';
import { fetchBuildFile, isObject } from './build-file';

export const REPORT_CONTENT_PATH = '/report-content.json';

export interface ReportContentFile {
  content: Pick<SiteContent, 'questions' | 'stages'>;
  wording: ReportWording;
}

const load = () =>
  fetchBuildFile<ReportContentFile>(
    REPORT_CONTENT_PATH,
    "the report's content",
    (file) =>
      isObject(file.content) &&
      Array.isArray(file.content.questions) &&
      Array.isArray(file.content.stages) &&
      isObject(file.wording) &&
      isObject(file.wording.report),
  );

let loaded: Promise<ReportContentFile> | null = null;

/** Fetched once per page; a failure is not remembered, so the next click tries again. */
export function fetchReportContent(): Promise<ReportContentFile> {
  if (!loaded) {
    loaded = load();
    loaded.catch(() => {
      loaded = null;
    });
  }
  return loaded;
}
