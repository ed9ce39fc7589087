import { useMemo } from 'react';
import { useStore } from '@nanostores/react';
import type { SiteContent } from '../../domain/content-types';
import type { CostState } from '../../domain/cost-state';
import { buildReport, costReportInput, type ReportWording } from '../../domain/report-model';
import { readSavedAnswers } from '../../stores/assessment';
import { $session } from '../../stores/session';
import { SITE_NAME } from '../../consts';
import { DownloadPdfButton } from '../report/DownloadPdfButton';
import type { SharedText } from '../../schemas/page-wording';
import type { CostDisplayText } from '../../domain/cost-display';

interface CostPdfButtonProps {
  content: Pick<SiteContent, 'questions' | 'stages' | 'costLines' | 'assumptions'>;
  wording: ReportWording;
  state: CostState;
  /** The button's words and the estimate's words as the page shows them (so the PDF says the
   * same), from content/pages/cost.md. */
  text: SharedText<'pdf'> & CostDisplayText;
}

/**
 * "Download PDF" on /cost/: the same report model /report/ renders — the estimate on screen, plus
 * the diagnostic when it has been done on this device — so a sponsor gets one document either way.
 */
export function CostPdfButton({ content, wording, state, text }: CostPdfButtonProps) {
  const session = useStore($session);
  // Read once: the diagnostic cannot change while this page is open.
  const answers = useMemo(() => readSavedAnswers(content.questions.map((q) => q.id)), [content]);
  const report = useMemo(() => {
    return buildReport({
      siteName: SITE_NAME,
      text: wording,
      content,
      answers,
      ...costReportInput(state),
      costText: text,
      session: { clientLabel: session.clientLabel, notes: session.notes },
      generatedAt: new Date(),
    });
  }, [content, wording, answers, state, session, text]);
  // The estimate is on screen from the first load, so the PDF is got ready only once the visitor
  // starts working with the page, never as part of that load.
  return <DownloadPdfButton report={report} htmlReportHref="/report/" prefetch="interaction" text={text} />;
}
