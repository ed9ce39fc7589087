/**
 * The report input with nothing done yet — no answers, no cost, no session — in the real pages'
 * words: what the report tests start from and override.
 */
import type { SiteContent } from '../../src/domain/content-types';
import type { ReportInput } from '../../src/domain/report-model';
import { loadCostText, loadReportWording } from './load-content';

export function emptyReportInput(content: SiteContent, generatedAt: Date): ReportInput {
  return {
    siteName: 'Readiness',
    costText: loadCostText(),
    text: loadReportWording(content),
    content,
    answers: null,
    cost: null,
    session: null,
    generatedAt,
  };
}
