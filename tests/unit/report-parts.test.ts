/**
 * The view models behind the report's new parts: the documents the results point to (worded once
 * for the results screen, /report/ and the PDF), the documents part and the decisions part of the
 * report model, and page one's line naming the documents.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentLinkViews } from '../../src/domain/document-links';
import { buildDocumentsReport } from '../../src/domain/documents-report';
import { NO_DOCUMENTS, type DocumentsState } from '../../src/domain/documents-section';
import { decisionsReport } from '../../src/domain/decisions-report';
import { EMPTY_DECISIONS } from '../../src/domain/decisions-state';
import { initialDefinition } from '../../src/domain/readiness-definition';
import { NOT_FILLED_IN, reportDocuments } from '../../src/domain/report-documents';
import { buildReport, hasReportContent, type ReportInput } from '../../src/domain/report-model';
import { EMPTY_SCORECARD } from '../../src/domain/scorecard';
import { arbitraryAnswers } from '../helpers/answers';
import { loadDecisionsContent } from '../helpers/decisions-content';
import { loadDecisionCountsText, loadSiteContent, loadReportWording } from '../helpers/load-content';
import { commitments, definitionContent, documentsReportContent } from './documents-fixtures';

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

describe('the documents part of the report', () => {
  it('is null when no document was filled in', () => {
    expect(reportDocuments(documentsOf(NO_DOCUMENTS))).toBeNull();
  });

  it('shows only the documents filled in, with where each stands, its fields and what it lacks', () => {
    const part = reportDocuments(documentsOf(filled))!;
    expect(part.parts.map((p) => p.key)).toEqual(['invariants', 'definition', 'scorecard']);
    const [check, definition, scorecard] = part.parts;
    expect(check!.status).toBe('You have 2 of the 3 invariants.');
    expect(check!.notes).toBe('Checked with the CTO');
    expect(check!.rows[0]).toEqual({ label: 'One', value: 'We have this (from the diagnostic answers)' });
    expect(definition!.title).toBe('Definition');
    expect(definition!.rows).toContainEqual({ label: 'System', value: 'Claims agent' });
    expect(definition!.status).toMatch(/^0 of 3 elements complete; 0 of 2 sign-offs/);
    expect(scorecard!.rows).toContainEqual({ label: 'Outcome metric', value: 'Claims closed per day' });
    expect(scorecard!.rows).toContainEqual({ label: 'Baseline', value: NOT_FILLED_IN });
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

describe('the report model with documents and decisions', () => {
  const decisionsContent = loadDecisionsContent();
  const decided = decisionsReport(
    decisionsContent,
    {
      ...EMPTY_DECISIONS,
      useCases: [{ id: 'uc-a', name: 'Invoice matching', description: '', answers: { path: 'known' }, note: '' }],
    },
    loadDecisionCountsText(),
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
    const report = buildReport({ ...base, documents: reportDocuments(documentsOf(filled)), decisions: decided });
    expect(report.documents?.parts).toHaveLength(3);
    expect(report.decisions?.useCases[0]!.name).toBe('Invoice matching');
    expect(report.summary.documentsText).toBe(report.documents!.overview);
    expect(hasReportContent(report)).toBe(true);
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('leaves them out when nothing was filled in or decided', () => {
    const report = buildReport({
      ...base,
      documents: reportDocuments(documentsOf(NO_DOCUMENTS)),
      decisions: decisionsReport(decisionsContent, EMPTY_DECISIONS, loadDecisionCountsText()),
    });
    expect(report.documents).toBeNull();
    expect(report.decisions).toBeNull();
    expect(report.summary.documentsText).toBeNull();
    expect(hasReportContent(report)).toBe(false);
  });
});
