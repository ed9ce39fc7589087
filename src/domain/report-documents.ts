/**
 * The documents part of the report as plain lines, so /report/ and the PDF render the same words:
 * each document the user filled in with where it stands in one sentence, its label–value rows,
 * what to ask a partner for and the facilitator's notes; and one line for
 * the PDF's first page naming what exists. Documents never filled in are left out; none at all
 * gives null, so the report leaves the part out. No web-only wording: the PDF prints it as is.
 * Every word is content/pages/report.md's (REPORT_DOCUMENTS_PART_TEXT), passed in as `text`.
 */
import type { DocumentsReport } from './documents-report';
import { counted, fillSlots } from './fill-slots';
import type { SignableDocument } from './signable-document';
import type { ReportDocumentsPartText } from '../schemas/page-wording';

export interface ReportDocumentRow {
  label: string;
  value: string;
}

export interface ReportDocumentPart {
  key: 'invariants' | 'definition' | 'scorecard' | 'partner';
  title: string;
  /** Where it stands, in one sentence. */
  status: string;
  /** The system or programme it is for, the fields and the sign-offs, in the document's order. */
  rows: ReportDocumentRow[];
  /** What to ask the partner for; null when there is nothing to list. */
  list: { heading: string; items: string[] } | null;
  /** The facilitator's notes ('' when none). */
  notes: string;
}

export interface ReportDocuments {
  /** One line for page one naming what exists (report.md's `documents-overview`, its parts joined by "; "). */
  overview: string;
  parts: ReportDocumentPart[];
}

/** The signable document's subject, rows, table and sign-offs as label–value rows. */
function documentRows(document: SignableDocument, text: ReportDocumentsPartText): ReportDocumentRow[] {
  // What a row left empty says in the report (the signable PDF prints a line to write on instead).
  const valueOrBlank = (value: string) => value || text['not-filled-in'];
  const rows: ReportDocumentRow[] = [{ label: document.subjectLabel, value: valueOrBlank(document.subject) }];
  for (const group of document.groups)
    for (const row of group.rows) rows.push({ label: row.label, value: valueOrBlank(row.value) });
  if (document.table) {
    const [, ...parts] = document.table.columns;
    for (const [label = '', ...values] of document.table.rows) {
      const filled = values.map((value, i) => (value ? `${parts[i]}: ${value}` : '')).filter(Boolean);
      // One part a line: the targets are sentences of their own.
      rows.push({ label, value: filled.length > 0 ? filled.join('\n') : text['not-filled-in'] });
    }
  }
  for (const signOff of document.signOffs) {
    const value = [signOff.name, signOff.date].filter(Boolean).join(', ');
    rows.push({
      label: fillSlots(text['signed-off-by'], { role: signOff.role.toLowerCase() }),
      value: valueOrBlank(value),
    });
  }
  return rows;
}

export function reportDocuments(report: DocumentsReport, text: ReportDocumentsPartText): ReportDocuments | null {
  const parts: ReportDocumentPart[] = [];
  const overview: string[] = [];
  const { invariants, definition, scorecard, partner } = report;

  if (invariants) {
    parts.push({
      key: 'invariants',
      title: text['invariants-title'],
      status: invariants.sentence,
      rows: invariants.rows.map((row) => ({
        label: row.title,
        value: row.fromDiagnostic ? fillSlots(text['invariant-from-diagnostic'], { status: row.status }) : row.status,
      })),
      list: null,
      notes: invariants.notes,
    });
    overview.push(fillSlots(text['overview-invariants'], { have: invariants.have, total: invariants.total }));
  }

  if (definition) {
    const { completeness: c } = definition;
    parts.push({
      key: 'definition',
      title: definition.document.title,
      status: c.complete
        ? text['document-complete']
        : fillSlots(text['definition-status'], {
            complete: c.elementsComplete,
            elements: c.elementsTotal,
            signed: c.signedOff,
            'sign-offs': c.signOffsTotal,
            percent: c.percent,
          }),
      rows: documentRows(definition.document, text),
      list: null,
      notes: definition.notes,
    });
    overview.push(
      c.complete
        ? text['overview-definition-complete']
        : fillSlots(text['overview-definition'], { complete: c.elementsComplete, elements: c.elementsTotal }),
    );
  }

  if (scorecard) {
    // The form's messages ("Enter the date…") are instructions for the page, not for paper: the
    // rows show what is not filled in, and the count says how much is left.
    const missing = scorecard.missing.length;
    parts.push({
      key: 'scorecard',
      title: scorecard.document.title,
      status: missing === 0 ? text['document-complete'] : counted(text, 'scorecard-status', missing),
      rows: documentRows(scorecard.document, text),
      list: null,
      notes: scorecard.notes,
    });
    overview.push(missing === 0 ? text['overview-scorecard-complete'] : text['overview-scorecard']);
  }

  if (partner) {
    parts.push({
      key: 'partner',
      title: text['partner-title'],
      status: partner.verdict ?? text['partner-unanswered'],
      rows: [{ label: text['partner-proposal'], value: partner.proposal || text['not-filled-in'] }],
      list:
        partner.askFor.length > 0
          ? { heading: text['partner-ask-for'], items: partner.askFor.map((a) => `${a.commitment} ${a.askFor}`) }
          : null,
      notes: partner.notes,
    });
    overview.push(partner.verdict ? text['overview-partner-done'] : text['overview-partner-started']);
  }

  if (parts.length === 0) return null;
  return { overview: fillSlots(text['documents-overview'], { parts: overview.join('; ') }), parts };
}
