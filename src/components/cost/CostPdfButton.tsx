import { useMemo } from 'react';
import type { Id, SiteContent } from '../../domain/content-types';
import type { CostState } from '../../domain/cost-state';
import { useSessionKit, useSessionState } from '../facilitator/use-session-kit';
import { SITE_NAME } from '../../consts';
import { DownloadPdfButton } from '../report/DownloadPdfButton';
import type { SharedText } from '../../schemas/page-wording';
import type { CostDisplayText } from '../../domain/cost-display';

interface CostPdfButtonProps {
  content: Pick<SiteContent, 'costLines' | 'assumptions'>;
  /** The diagnostic's question ids, to read its saved answers. */
  questionIds: readonly Id[];
  state: CostState;
  /** The button's and its messages' words and the estimate's words as the page shows them (so
   * the PDF says the same), from content/pages/cost.md. */
  text: SharedText<'pdf'> & CostDisplayText;
}

/**
 * "Download PDF" on /cost/: the same report model /report/ renders — the estimate on screen, plus
 * the diagnostic when it has been done on this device — so a sponsor gets one document either way.
 * The questions, stages and the report's words it prints are not in the page: they are fetched
 * (src/stores/report-content-file.ts) when the PDF is got ready, and the model is built then, with
 * the code that builds it and the diagnostic's saved answers: none of it is part of the page's load.
 */
export function CostPdfButton({ content, questionIds, state, text }: CostPdfButtonProps) {
  // The facilitator's client label and notes, once this device's session has loaded (most
  // visitors hold none: the PDF then has neither).
  const session = useSessionState(useSessionKit());
  const report = useMemo(() => {
    const generatedAt = new Date();
    return async () => {
      const [file, { buildReport, costReportInput }, { readSavedAnswers }] = await Promise.all([
        import('../../stores/report-content-file').then((module) => module.fetchReportContent()),
        import('../../domain/report-model'),
        import('../../stores/assessment'),
      ]);
      return buildReport({
        siteName: SITE_NAME,
        text: file.wording,
        content: { ...file.content, ...content },
        answers: readSavedAnswers([...questionIds]),
        ...costReportInput(state),
        costText: text,
        session: { clientLabel: session?.clientLabel ?? '', notes: session?.notes ?? {} },
        generatedAt,
      });
    };
  }, [content, questionIds, state, session, text]);
  // The estimate is on screen from the first load, so the PDF is got ready only once the visitor
  // starts working with the page, never as part of that load.
  return <DownloadPdfButton report={report} htmlReportHref="/report/" prefetch="interaction" text={text} />;
}
