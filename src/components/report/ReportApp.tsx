import '../../styles/forms.css';
import '../assessment/assessment.css';
import './report.css';
import '../facilitator/facilitator.css';
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import {
  buildReport,
  costReportInput,
  hasReportContent,
  type ReportInput,
  type ReportModel,
} from '../../domain/report-model';
import type { Answers } from '../../domain/answers';
import type { CostContext, CostState } from '../../domain/cost-state';
import type { SessionState } from '../../domain/session-state';
import { readStored } from '../../stores/storage';
import { fetchReportContent } from '../../stores/report-content-file';
import { SITE_NAME, STORAGE_KEYS } from '../../consts';
import { Notices } from '../common/Notices';
import { lazyChunk, onStorage, useChunkWhenStored } from '../common/use-chunk-when-stored';
import { useOptionalStore } from '../common/use-optional-store';
import { DownloadPdfButton } from './DownloadPdfButton';
import { ReportAnswers, ReportPlan, ReportSummary } from './ReportDiagnostic';
import { ReportCost } from './ReportCost';
import { usePresentationClass } from '../facilitator/use-presentation';
import { SaveResultButton } from '../history/SaveResultButton';
import type { SaveOutcome } from '../../stores/history';
import type { ReportProps, ReportText } from './report-props';
import * as assessmentStore from '../../stores/assessment';
import * as costStore from '../../stores/cost';
import * as sessionStore from '../../stores/session';

/** The report's optional parts (documents, decisions): their decoders and views, one chunk. */
type SavedParts = typeof import('./saved-parts');
const loadSavedParts = lazyChunk(async () => {
  const parts = await import('./saved-parts');
  parts.followDecisions();
  return parts;
});

/** What this device holds of each document, as stored (null for those never filled in). */
function readStoredDocuments(): (string | null)[] {
  return [
    readStored(STORAGE_KEYS.invariantCheck.key),
    readStored(STORAGE_KEYS.readinessDefinition.key),
    readStored(STORAGE_KEYS.scorecard.key),
    readStored(STORAGE_KEYS.partnerCheck.key),
  ];
}

/**
 * Whether this device holds a document or a decision. The parts' code (about 11 KB gzip) is
 * requested only then: most visitors have none, and the page is interactive without it.
 */
function holdsAPart(): boolean {
  return [...readStoredDocuments(), readStored(STORAGE_KEYS.decisions.key)].some((stored) => stored !== null);
}

/**
 * The documents as stored, one string that changes whenever one of them does (another tab's
 * edits included), so the report reads them again then; '' on the server.
 */
function storedDocuments(): string {
  return JSON.stringify(readStoredDocuments());
}
const noStoredDocuments = () => '';

/**
 * The /report/ island: everything the visitor has done, as one accessible page built from the
 * report model, with "Download PDF" for the same model. Reads the stores the other islands write.
 */

export function ReportApp({
  content,
  html,
  text,
  costText,
  diagnosticText,
  methodology,
  removableLineIds,
  scenarioNames,
  documents,
  decisions,
  decisionsText,
}: ReportProps) {
  const ids = useMemo(() => content.questions.map((q) => q.id), [content]);
  const costContext = useMemo<CostContext>(
    () => ({ content, removableLineIds, scenarioNames }),
    [content, removableLineIds, scenarioNames],
  );
  // The cost calculator keeps nothing on the device until its inputs leave the reference
  // programme, so "done" means something is stored (or was opened from a link on /cost/).
  const [costDone, setCostDone] = useState<boolean | null>(null);
  const storesRead = costDone !== null;
  const [cost, setCost] = useState<CostState | null>(null);
  // Opened on /cost/ but never changed: the report shows it, and says it is the reference.
  const [costReference, setCostReference] = useState(false);
  const costIsReference = costDone === true && costReference;
  const [session, setSession] = useState<SessionState | null>(null);
  const [answers, setAnswers] = useState<Answers | null>(null);
  // The optional parts come with their chunk, and are read in the render it arrives in, so the
  // report never shows one part without the other; one saved in another tab appears then too.
  const loadedParts = useChunkWhenStored(holdsAPart, loadSavedParts);
  const parts = typeof loadedParts === 'string' ? null : loadedParts;
  const documentsStored = useSyncExternalStore(onStorage, storedDocuments, noStoredDocuments);
  const documentsState = useMemo(
    () => (parts && documentsStored ? parts.readDocuments(documents) : null),
    [parts, documents, documentsStored],
  );
  const decisionsState = useOptionalStore(parts?.$decisions ?? null);
  const ready = storesRead && loadedParts !== 'unread';
  // A facilitator presenting on a shared screen keeps the larger type here too.
  usePresentationClass(session?.presentation ?? false);

  useEffect(() => {
    // Share links belong to the pages that make them; the report reads this device's copy only.
    const costStored = readStored(STORAGE_KEYS.cost.key) !== null;
    // The stores (and their decoders) come in this component's own chunk, which the page's shell
    // loads right after React (ReportIsland.tsx), so the report shows in one step after hydration.
    assessmentStore.initAssessment(ids, '');
    costStore.initCost(costContext, '');
    sessionStore.initSession(ids, '');
    const unsubscribe = [
      assessmentStore.$assessment.subscribe((state) => setAnswers(state.answers)),
      costStore.$cost.subscribe((state) => {
        setCost(state);
        setCostReference(state !== null && costStore.isCostReference());
      }),
      sessionStore.$session.subscribe(setSession),
    ];
    // What this browser holds exists only after hydration (the server page has no storage).
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read once, after hydration
    setCostDone(costStored);
    return () => {
      for (const stop of unsubscribe) stop();
    };
  }, [ids, costContext]);

  // What the report is built from, once per change: the page's model, and the PDF's from the same
  // input with the questions' and stages' Markdown, which this page shows as HTML and does not carry
  // (fetched when the PDF is got ready, src/stores/report-content-file.ts).
  const input: ReportInput | null = useMemo(() => {
    if (!ready) return null;
    const generatedAt = new Date();
    const savedCost = costDone && cost ? { context: costContext, state: cost } : null;
    return {
      siteName: SITE_NAME,
      text: { diagnostic: diagnosticText, report: text, methodology },
      content,
      answers,
      ...costReportInput(costDone ? cost : null),
      costText,
      session: session ? { clientLabel: session.clientLabel, notes: session.notes } : null,
      documents:
        parts && documentsState
          ? parts.documentsPart(documents, documentsState, answers, savedCost, generatedAt, text)
          : null,
      decisions: parts ? parts.decisionsPart(decisions, decisionsState, decisionsText) : null,
      generatedAt,
    };
  }, [
    ready,
    content,
    text,
    diagnosticText,
    methodology,
    costContext,
    answers,
    cost,
    costDone,
    session,
    documents,
    documentsState,
    decisions,
    decisionsState,
    decisionsText,
    costText,
    parts,
  ]);
  const report: ReportModel | null = useMemo(() => (input ? buildReport(input) : null), [input]);
  const pdfReport = useMemo(
    () =>
      input
        ? async () => {
            const file = await fetchReportContent();
            return buildReport({ ...input, content: { ...input.content, ...file.content } });
          }
        : null,
    [input],
  );

  const root = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (report && root.current) root.current.dataset.ready = 'true';
  }, [report]);

  if (!report || !pdfReport) {
    return (
      // Same header layout as the loaded report, and tall enough to keep the footer out of view,
      // so swapping in the report does not shift the page (Lighthouse measured CLS 0.25 before).
      <div className="report report--loading stack stack--xl" ref={root}>
        <header className="stack stack--s">
          <Notices text={text} />
          <p className="eyebrow">{SITE_NAME}</p>
          <h1>{text['report-title']}</h1>
          <p className="muted">{text.loading}</p>
        </header>
      </div>
    );
  }
  return (
    <div className="report stack stack--xl" ref={root}>
      <ReportView
        report={report}
        pdfReport={pdfReport}
        costIsReference={costIsReference}
        html={html}
        text={text}
        parts={parts}
        // "Save this result" keeps a dated snapshot in the history; its store loads on click.
        onSave={
          report.diagnostic
            ? () =>
                import('../../stores/saved-results').then(({ saveResult }) =>
                  saveResult({
                    questions: content.questions,
                    stages: content.stages,
                    answers: answers ?? {},
                    cost: {
                      costLines: content.costLines,
                      assumptions: content.assumptions,
                      removableLineIds,
                      scenarioNames,
                    },
                    parts: { documents, decisions, decisionsText },
                  }),
                )
            : null
        }
      />
    </div>
  );
}

interface ReportViewProps {
  report: ReportModel;
  /** The same report for the PDF, with the Markdown it draws (fetched when the PDF is got ready). */
  pdfReport: () => Promise<ReportModel>;
  costIsReference: boolean;
  html: ReportProps['html'];
  text: ReportText;
  /** The optional parts' views; null while their chunk is not loaded (then the model has neither). */
  parts: SavedParts | null;
  onSave: (() => Promise<SaveOutcome>) | null;
}

function ReportView({ report, pdfReport, costIsReference, html, text, parts, onSave }: ReportViewProps) {
  const { diagnostic, cost, documents, decisions, session, missing, methodology } = report;
  // The title names the client when there is one (report.md, `report-title-client`).
  return (
    <>
      <header className="stack stack--s">
        <Notices text={text} />
        <p className="eyebrow">{report.siteName}</p>
        <h1>{report.title}</h1>
        <p className="muted">
          <time dateTime={report.generatedAt.iso}>{report.generatedAt.text}</time>. {report.privacyNote}
        </p>
        {hasReportContent(report) && (
          <div className="report__actions button-group no-print">
            <DownloadPdfButton report={pdfReport} prefetch="file" text={text} />
            {onSave && <SaveResultButton save={onSave} text={text} />}
          </div>
        )}
      </header>

      {missing.length > 0 && (
        <section className="report-section stack stack--s" aria-labelledby="missing-heading">
          <h2 id="missing-heading">{hasReportContent(report) ? text['missing-heading'] : text['nothing-heading']}</h2>
          {missing.map((part) => (
            <div key={part.part} className="notice notice--info">
              <p>{part.message}</p>
              <p>
                <a href={part.href}>{part.linkText}</a>
              </p>
            </div>
          ))}
        </section>
      )}

      {diagnostic && (
        <>
          <ReportSummary diagnostic={diagnostic} html={html} text={text} />
          <ReportAnswers diagnostic={diagnostic} text={text} />
          <ReportPlan diagnostic={diagnostic} html={html} text={text} />
        </>
      )}
      {cost && costIsReference && (
        <div className="notice notice--info" data-cost-reference>
          <p>
            {text['cost-reference']} <a href="/cost/">{text['cost-reference-link']}</a>
          </p>
        </div>
      )}
      {cost && <ReportCost cost={cost} sourcesHtml={html.costSources} text={text} />}
      {/* The model has these parts only once their chunk, which draws them, has loaded. */}
      {documents && parts && <parts.ReportDocuments documents={documents} text={text} />}
      {decisions && parts && <parts.ReportDecisions decisions={decisions} text={text} />}

      {session && session.notes.length > 0 && (
        <section className="report-section stack stack--s" aria-labelledby="notes-heading">
          <h2 id="notes-heading">{text['notes-label']}</h2>
          <dl className="summary-list">
            {session.notes.map((note) => (
              <div key={note.key} className="summary-list__row">
                <dt className="summary-list__key">{note.label}</dt>
                <dd className="summary-list__value report-note">{note.text}</dd>
              </div>
            ))}
          </dl>
        </section>
      )}

      <section className="report-section stack stack--s" aria-labelledby="method-heading">
        <h2 id="method-heading">{text['methodology-heading']}</h2>
        <div className="prose">
          {methodology.paragraphs.map((p) => (
            <p key={p}>{p}</p>
          ))}
          <p>{methodology.sourceCredit}</p>
        </div>
        <div className="table-wrap">
          <table className="table">
            <caption>{text['rules-caption']}</caption>
            <thead>
              <tr>
                <th scope="col">{text['stage-column']}</th>
                <th scope="col">{text['rule-column']}</th>
              </tr>
            </thead>
            <tbody>
              {methodology.stageRules.map((rule) => (
                <tr key={rule.stageId}>
                  <th scope="row">{rule.name}</th>
                  <td>{rule.rule}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p>
          {text['methodology-more']} <a href={methodology.href}>{text['methodology-link']}</a>.
        </p>
      </section>
    </>
  );
}
