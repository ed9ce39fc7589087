/**
 * The view models behind the report's new parts: the documents the results point to (worded once
 * for the results screen, /report/ and the PDF), the documents part and the decisions part of the
 * report model, and page one's line naming the documents.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentLinkViews } from '../../src/domain/document-links';
import { buildDocumentsReport, type DocumentsReport } from '../../src/domain/documents-report';
import { NO_DOCUMENTS, type DocumentsState } from '../../src/domain/documents-section';
import { decisionsReport } from '../../src/domain/decisions-report';
import { EMPTY_DECISIONS } from '../../src/domain/decisions-state';
import { initialDefinition } from '../../src/domain/readiness-definition';
import { reportDocuments } from '../../src/domain/report-documents';
import { buildReport, hasReportContent, type ReportInput } from '../../src/domain/report-model';
import { EMPTY_SCORECARD } from '../../src/domain/scorecard';
import { arbitraryAnswers } from '../helpers/answers';
import { loadDecisionsContent } from '../helpers/decisions-content';
import { fillSlots } from '../../src/domain/fill-slots';
import { REPORT_DOCUMENTS_PART_TEXT, type ReportDocumentsPartText } from '../../src/schemas/page-wording';
import {
  loadDecisionsReportText,
  loadReportDocumentsPartText,
  loadSiteContent,
  loadReportWording,
} from '../helpers/load-content';
import { commitments, definitionContent, documentsReportContent, filledDocuments } from './documents-fixtures';

const site = loadSiteContent();
const wording = loadReportWording(site);
const ids = site.questions.map((q) => q.id);
const labelOf = (id: string) => site.questions.find((q) => q.id === id)!.label;
const now = new Date(2026, 11, 1);
// The block's words, from content/pages/assessment.md as the results screen and /report/ have them.
const linkText = wording.diagnostic;

describe('the documents that close these gaps', () => {
  it('names each gap by its question label, never its id', () => {
    const views = documentLinkViews(site.questions, { 'outcome-metric': 'no', 'security-review': 'unsure' }, linkText);
    expect(views).toEqual([
      {
        href: '/scorecard/',
        title: linkText['document-scorecard'],
        line: `Closes your gaps on “${labelOf('outcome-metric')}” and “${labelOf('stop-condition')}”.`,
      },
      {
        href: '/readiness-definition/',
        title: linkText['document-readiness-definition'],
        line: `Closes your gap on “${labelOf('security-review')}”.`,
      },
      {
        href: '/invariants/',
        title: linkText['document-invariants'],
        line: linkText['document-invariants-line'],
      },
    ]);
  });

  it('leaves out a gap the content has no question for, and a document left with none', () => {
    const withoutStop = site.questions.filter((q) => q.id !== 'stop-condition' && q.id !== 'security-review');
    expect(documentLinkViews(withoutStop, { 'outcome-metric': 'yes' }, linkText).map((v) => v.href)).toEqual([
      '/invariants/',
    ]);
    expect(documentLinkViews(withoutStop, {}, linkText)[0]!.line).toBe(
      `Closes your gap on “${labelOf('outcome-metric')}”.`,
    );
  });

  it('for any answers: names exactly the labels of the document questions not answered Yes, and no id', () => {
    const documentQuestions = ['outcome-metric', 'stop-condition', 'security-review'];
    fc.assert(
      fc.property(arbitraryAnswers(ids), (answers) => {
        const views = documentLinkViews(site.questions, answers, linkText);
        const text = views.map((v) => `${v.title} ${v.line}`).join(' ');
        for (const id of ids) expect(text).not.toContain(id);
        const named = documentQuestions.filter((id) => text.includes(`“${labelOf(id)}”`));
        expect(named).toEqual(documentQuestions.filter((id) => answers[id] !== 'yes'));
        expect(views.at(-1)!.href).toBe('/invariants/');
        // No call to action and no site link in the words the PDF prints.
        expect(text).not.toMatch(/\/[a-z-]+\/|\b(Write|Start|Open|Check yours)\b/);
      }),
    );
  });

  it('is part of the diagnostic the report and the PDF render', () => {
    const report = buildReport({
      siteName: 'Readiness',
      text: wording,
      content: site,
      answers: Object.fromEntries(ids.map((id) => [id, id === 'stop-condition' ? 'unsure' : 'yes'])),
      cost: null,
      session: null,
      generatedAt: now,
    });
    expect(report.diagnostic!.documents.map((d) => d.href)).toEqual(['/scorecard/', '/invariants/']);
    expect(report.diagnostic!.documents[0]!.line).toContain('Stop condition');
  });
});

const documentsContent = documentsReportContent;
const filled: DocumentsState = {
  invariantCheck: { statuses: { other: 'have' }, notes: 'Checked with the CTO' },
  readinessDefinition: { ...initialDefinition(definitionContent.elements), system: 'Claims agent' },
  scorecard: { ...EMPTY_SCORECARD, metric: 'Claims closed per day', target: '90' },
  partnerCheck: null,
};
const documentsOf = (state: DocumentsState) => buildDocumentsReport(documentsContent, state, { q1: 'yes' }, null, now);
// The part's words, from content/pages/report.md as /report/ passes them.
const partText = loadReportDocumentsPartText(site);

describe('the documents part of the report', () => {
  it('is null when no document was filled in', () => {
    expect(reportDocuments(documentsOf(NO_DOCUMENTS), partText)).toBeNull();
  });

  it('shows only the documents filled in, with where each stands, its fields and what it lacks', () => {
    const part = reportDocuments(documentsOf(filled), partText)!;
    expect(part.parts.map((p) => p.key)).toEqual(['invariants', 'definition', 'scorecard']);
    const [check, definition, scorecard] = part.parts;
    expect(check!.status).toBe('You have 2 of the 3 invariants.');
    expect(check!.notes).toBe('Checked with the CTO');
    expect(check!.rows[0]).toEqual({ label: 'One', value: 'We have this (from the diagnostic answers)' });
    expect(definition!.title).toBe('Definition');
    expect(definition!.rows).toContainEqual({ label: 'System', value: 'Claims agent' });
    expect(definition!.status).toMatch(/^0 of 3 elements complete; 0 of 2 sign-offs/);
    expect(scorecard!.rows).toContainEqual({ label: 'Outcome metric', value: 'Claims closed per day' });
    expect(scorecard!.rows).toContainEqual({ label: 'Baseline', value: 'Not filled in' });
    expect(scorecard!.status).toMatch(/^Drafted: \d+ things still to settle\.$/);
    expect(scorecard!.list).toBeNull();
    expect(definition!.rows).toContainEqual({
      label: 'Element a',
      value: 'Target: Default target a\nOwner: Owner a',
    });
    expect(part.overview).toBe(
      'Documents: invariants self-check 2 of 3 in place; readiness definition 0 of 3 elements; scorecard drafted.',
    );
  });

  it('names the partner verdict and what to ask for', () => {
    const part = reportDocuments(
      documentsOf({
        ...NO_DOCUMENTS,
        partnerCheck: {
          proposal: 'Acme AI',
          answers: Object.fromEntries(commitments.map((c) => [c.id, c.id === 'c2' ? 'no' : 'yes'])),
          notes: '',
        },
      }),
      partText,
    )!;
    expect(part.parts).toEqual([
      {
        key: 'partner',
        title: 'Partner commitments check',
        status: 'Selling you a pilot',
        rows: [{ label: 'Proposal', value: 'Acme AI' }],
        list: { heading: 'What to ask for', items: ['Commitment c2. Ask for c2.'] },
        notes: '',
      },
    ]);
    expect(part.overview).toBe('Documents: partner check done.');
  });
});

describe('the documents part’s words', () => {
  /** All four documents as buildDocumentsReport gives them, then moved to the states not yet worded above. */
  const all = documentsOf(filledDocuments());
  const settled: DocumentsReport = {
    ...all,
    definition: { ...all.definition!, completeness: { ...all.definition!.completeness, complete: true } },
    scorecard: { ...all.scorecard!, missing: [] },
    partner: { ...all.partner!, verdict: null, askFor: [] },
  };
  const oneLeft: DocumentsReport = {
    ...all,
    scorecard: { ...all.scorecard!, missing: all.scorecard!.missing.slice(0, 1) },
  };

  it('reads as it always has in report.md’s words: complete, one thing left, a check not finished', () => {
    const statuses = (report: DocumentsReport) => reportDocuments(report, partText)!.parts.map((p) => p.status);
    expect(statuses(settled).slice(1)).toEqual([
      'Complete and signed off.',
      'Complete and signed off.',
      'Not every commitment is answered yet.',
    ]);
    expect(statuses(oneLeft)[2]).toBe('Drafted: 1 thing still to settle.');
    expect(reportDocuments(settled, partText)!.overview).toBe(
      'Documents: invariants self-check 2 of 3 in place; readiness definition complete; scorecard complete; partner check started.',
    );
    const partner = reportDocuments(all, partText)!.parts[3]!;
    expect(partner.rows).toEqual([{ label: 'Proposal', value: 'Acme' }]);
    const definition = reportDocuments(all, partText)!.parts[1]!;
    expect(definition.status).toBe('0 of 3 elements complete; 0 of 2 sign-offs; 46% filled in.');
    expect(definition.rows).toContainEqual({ label: 'Signed off by the business sponsor', value: 'Not filled in' });
  });

  /** Every word of the part marked with its key, slots kept: "Proposal" → "«partner-proposal» Proposal". */
  const marked = Object.fromEntries(
    Object.keys(REPORT_DOCUMENTS_PART_TEXT).map((key) => [
      key,
      `«${key}» ${partText[key as keyof ReportDocumentsPartText]}`,
    ]),
  ) as ReportDocumentsPartText;

  it('takes every word it adds from content/pages/report.md, slots filled', () => {
    const part = reportDocuments(all, marked)!;
    const c = all.definition!.completeness;
    const [check, definition, scorecard, partner] = part.parts;
    expect(check!.title).toBe(marked['invariants-title']);
    expect(check!.rows[0]!.value).toBe(
      fillSlots(marked['invariant-from-diagnostic'], { status: all.invariants!.rows[0]!.status }),
    );
    expect(definition!.status).toBe(
      fillSlots(marked['definition-status'], {
        complete: c.elementsComplete,
        elements: c.elementsTotal,
        signed: c.signedOff,
        'sign-offs': c.signOffsTotal,
        percent: c.percent,
      }),
    );
    expect(definition!.rows).toContainEqual({
      label: fillSlots(marked['signed-off-by'], { role: 'engineering' }),
      value: marked['not-filled-in'],
    });
    expect(scorecard!.status).toBe(
      fillSlots(marked['scorecard-status-many'], { count: all.scorecard!.missing.length }),
    );
    expect(partner!.title).toBe(marked['partner-title']);
    expect(partner!.rows).toEqual([{ label: marked['partner-proposal'], value: 'Acme' }]);
    expect(partner!.list?.heading).toBe(marked['partner-ask-for']);
    expect(part.overview).toBe(
      fillSlots(marked['documents-overview'], {
        parts: [
          fillSlots(marked['overview-invariants'], { have: all.invariants!.have, total: all.invariants!.total }),
          fillSlots(marked['overview-definition'], { complete: c.elementsComplete, elements: c.elementsTotal }),
          marked['overview-scorecard'],
          marked['overview-partner-done'],
        ].join('; '),
      }),
    );

    const done = reportDocuments(settled, marked)!;
    expect(done.parts.slice(1).map((p) => p.status)).toEqual([
      marked['document-complete'],
      marked['document-complete'],
      marked['partner-unanswered'],
    ]);
    expect(done.overview).toContain(
      `${marked['overview-definition-complete']}; ${marked['overview-scorecard-complete']}`,
    );
    expect(done.overview).toContain(marked['overview-partner-started']);
    expect(reportDocuments(oneLeft, marked)!.parts[2]!.status).toBe(
      fillSlots(marked['scorecard-status-one'], { count: 1 }),
    );
  });

  it('prints an edited report.md, and none of the words it replaced', () => {
    const edited: ReportDocumentsPartText = {
      'not-filled-in': 'Blank',
      'invariants-title': 'Invariants',
      'invariant-from-diagnostic': '{status}, per the diagnostic',
      'document-complete': 'Finished.',
      'definition-status': '{percent}%: {complete}/{elements} elements, {signed}/{sign-offs} signatures.',
      'scorecard-status-one': 'Draft, {count} open item.',
      'scorecard-status-many': 'Draft, {count} open items.',
      'signed-off-by': 'Signature ({role})',
      'partner-title': 'Partner',
      'partner-unanswered': 'Unfinished.',
      'partner-proposal': 'Offer',
      'partner-ask-for': 'Requests',
      'documents-overview': 'On file: {parts}',
      'overview-invariants': 'invariants {have}/{total}',
      'overview-definition': 'definition {complete}/{elements}',
      'overview-definition-complete': 'definition finished',
      'overview-scorecard': 'scorecard in draft',
      'overview-scorecard-complete': 'scorecard finished',
      'overview-partner-done': 'partner reviewed',
      'overview-partner-started': 'partner begun',
    };
    const shown = [all, settled, oneLeft].map((report) => JSON.stringify(reportDocuments(report, edited))).join('\n');
    const part = reportDocuments(all, edited)!;
    expect(part.overview).toBe('On file: invariants 2/3; definition 0/3; scorecard in draft; partner reviewed');
    expect(part.parts[1]!.status).toBe('46%: 0/3 elements, 0/2 signatures.');
    expect(part.parts[1]!.rows).toContainEqual({ label: 'Signature (engineering)', value: 'Blank' });
    expect(part.parts[0]!.rows[0]!.value).toBe('We have this, per the diagnostic');
    expect(reportDocuments(oneLeft, edited)!.parts[2]!.status).toBe('Draft, 1 open item.');
    for (const old of [
      'Not filled in',
      'The seven invariants: self-check',
      'from the diagnostic answers',
      'Complete and signed off.',
      'elements complete',
      'sign-offs',
      'filled in.',
      'still to settle',
      'Signed off by',
      'Partner commitments check',
      'Not every commitment is answered yet.',
      'Proposal',
      'What to ask for',
      'Documents:',
      'self-check',
      'readiness definition',
      'scorecard drafted',
      'scorecard complete',
      'partner check',
    ])
      expect(shown, old).not.toContain(old);
  });
});

describe('the report model with documents and decisions', () => {
  const decisionsContent = loadDecisionsContent();
  const decided = decisionsReport(
    decisionsContent,
    {
      ...EMPTY_DECISIONS,
      useCases: [{ id: 'uc-a', name: 'Invoice matching', description: '', answers: { path: 'known' }, note: '' }],
    },
    loadDecisionsReportText(),
  );
  const base: ReportInput = {
    siteName: 'Readiness',
    text: wording,
    content: site,
    answers: null,
    cost: null,
    session: null,
    generatedAt: now,
  };

  it('carries them, and page one names the documents', () => {
    const report = buildReport({
      ...base,
      documents: reportDocuments(documentsOf(filled), partText),
      decisions: decided,
    });
    expect(report.documents?.parts).toHaveLength(3);
    expect(report.decisions?.useCases[0]!.name).toBe('Invoice matching');
    expect(report.summary.documentsText).toBe(report.documents!.overview);
    expect(hasReportContent(report)).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('leaves them out when nothing was filled in or decided', () => {
    const report = buildReport({
      ...base,
      documents: reportDocuments(documentsOf(NO_DOCUMENTS), partText),
      decisions: decisionsReport(decisionsContent, EMPTY_DECISIONS, loadDecisionsReportText()),
    });
    expect(report.documents).toBeNull();
    expect(report.decisions).toBeNull();
    expect(report.summary.documentsText).toBeNull();
    expect(hasReportContent(report)).toBe(false);
  });
});
