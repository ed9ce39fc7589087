/**
 * The documents part of the report as plain lines, so /report/ and the PDF render the same words:
 * each document the user filled in with where it stands in one sentence, its label–value rows,
 * what to ask a partner for and the facilitator's notes; and one line for
 * the PDF's first page naming what exists. Documents never filled in are left out; none at all
 * gives null, so the report leaves the part out. No web-only wording: the PDF prints it as is.
 */
import type { DocumentsReport } from './documents-report';
import type { SignableDocument } from './signable-document';

/** What a row left empty says in the report (the signable PDF prints a line to write on instead). */
export const NOT_FILLED_IN = 'Not filled in';

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
  /** One line for page one: "Documents: scorecard drafted; readiness definition 6 of 8 elements." */
  overview: string;
  parts: ReportDocumentPart[];
}

export const REPORT_DOCUMENT_TITLES = {
  invariants: 'The seven invariants: self-check',
  partner: 'Partner commitments check',
} as const;

const valueOrBlank = (value: string) => value || NOT_FILLED_IN;

/** The signable document's subject, rows, table and sign-offs as label–value rows. */
function documentRows(document: SignableDocument): ReportDocumentRow[] {
  const rows: ReportDocumentRow[] = [{ label: document.subjectLabel, value: valueOrBlank(document.subject) }];
  for (const group of document.groups)
    for (const row of group.rows) rows.push({ label: row.label, value: valueOrBlank(row.value) });
  if (document.table) {
    const [, ...parts] = document.table.columns;
    for (const [label = '', ...values] of document.table.rows) {
      const filled = values.map((value, i) => (value ? `${parts[i]}: ${value}` : '')).filter(Boolean);
      // One part a line: the targets are sentences of their own.
      rows.push({ label, value: filled.length > 0 ? filled.join('\n') : NOT_FILLED_IN });
    }
  }
  for (const signOff of document.signOffs) {
    const value = [signOff.name, signOff.date].filter(Boolean).join(', ');
    rows.push({ label: `Signed off by the ${signOff.role.toLowerCase()}`, value: valueOrBlank(value) });
  }
  return rows;
}

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function reportDocuments(report: DocumentsReport): ReportDocuments | null {
  const parts: ReportDocumentPart[] = [];
  const overview: string[] = [];
  const { invariants, definition, scorecard, partner } = report;

  if (invariants) {
    parts.push({
      key: 'invariants',
      title: REPORT_DOCUMENT_TITLES.invariants,
      status: invariants.sentence,
      rows: invariants.rows.map((row) => ({
        label: row.title,
        value: row.fromDiagnostic ? `${row.status} (from the diagnostic answers)` : row.status,
      })),
      list: null,
      notes: invariants.notes,
    });
    overview.push(`invariants self-check ${invariants.have} of ${invariants.total} in place`);
  }

  if (definition) {
    const { completeness: c } = definition;
    const elements = `${c.elementsComplete} of ${c.elementsTotal} elements complete`;
    parts.push({
      key: 'definition',
      title: definition.document.title,
      status: c.complete
        ? 'Complete and signed off.'
        : `${elements}; ${c.signedOff} of ${c.signOffsTotal} sign-offs; ${c.percent}% filled in.`,
      rows: documentRows(definition.document),
      list: null,
      notes: definition.notes,
    });
    overview.push(
      c.complete
        ? 'readiness definition complete'
        : `readiness definition ${c.elementsComplete} of ${c.elementsTotal} elements`,
    );
  }

  if (scorecard) {
    // The form's messages ("Enter the date…") are instructions for the page, not for paper: the
    // rows show what is not filled in, and the count says how much is left.
    const missing = scorecard.missing.length;
    parts.push({
      key: 'scorecard',
      title: scorecard.document.title,
      status:
        missing === 0 ? 'Complete and signed off.' : `Drafted: ${count(missing, 'thing', 'things')} still to settle.`,
      rows: documentRows(scorecard.document),
      list: null,
      notes: scorecard.notes,
    });
    overview.push(missing === 0 ? 'scorecard complete' : 'scorecard drafted');
  }

  if (partner) {
    parts.push({
      key: 'partner',
      title: REPORT_DOCUMENT_TITLES.partner,
      status: partner.verdict ?? 'Not every commitment is answered yet.',
      rows: [{ label: 'Proposal', value: valueOrBlank(partner.proposal) }],
      list:
        partner.askFor.length > 0
          ? { heading: 'What to ask for', items: partner.askFor.map((a) => `${a.commitment} ${a.askFor}`) }
          : null,
      notes: partner.notes,
    });
    overview.push(partner.verdict ? 'partner check done' : 'partner check started');
  }

  if (parts.length === 0) return null;
  const line = overview.join('; ');
  return { overview: `Documents: ${line}.`, parts };
}
