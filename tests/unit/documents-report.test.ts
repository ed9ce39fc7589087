import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { documentLinks } from '../../src/domain/document-links';
import { buildDocumentsReport } from '../../src/domain/documents-report';
import { NO_DOCUMENTS } from '../../src/domain/documents-section';
import type { Answers } from '../../src/domain/answers';
import { documentsReportContent, filledDocuments } from './documents-fixtures';

const content = documentsReportContent;
const now = new Date(2026, 11, 1);

describe('documents in the report', () => {
  it('leaves out every document never filled in', () => {
    expect(buildDocumentsReport(content, NO_DOCUMENTS, {}, null, now)).toEqual({
      invariants: null,
      definition: null,
      scorecard: null,
      partner: null,
    });
  });

  it('reports each filled document from the same functions the pages use', () => {
    const report = buildDocumentsReport(content, filledDocuments('note'), { q1: 'yes' }, null, now);
    expect(report.invariants?.sentence).toBe('You have 2 of the 3 invariants.');
    expect(report.invariants?.rows.map((r) => [r.status, r.fromDiagnostic])).toEqual([
      ['We have this', true],
      ['Partly', true],
      ['We have this', false],
    ]);
    expect(report.definition?.document.subject).toBe('Agent');
    expect(report.definition?.completeness.complete).toBe(false);
    expect(report.scorecard?.missing.find((p) => p.field === 'baseline')?.message).toMatch(/target without a baseline/);
    expect(report.partner).toEqual({
      proposal: 'Acme',
      verdict: 'Selling you a pilot',
      askFor: [{ commitment: 'Commitment c4.', askFor: 'Ask for c4.' }],
      notes: '',
    });
  });
});

describe('links from the results', () => {
  it.each([
    [{}, ['/scorecard/', '/readiness-definition/', '/invariants/']],
    [{ 'outcome-metric': 'yes', 'stop-condition': 'yes', 'security-review': 'yes' }, ['/invariants/']],
    [
      { 'outcome-metric': 'yes', 'stop-condition': 'unsure', 'security-review': 'yes' },
      ['/scorecard/', '/invariants/'],
    ],
    [
      { 'outcome-metric': 'yes', 'stop-condition': 'yes', 'security-review': 'no' },
      ['/readiness-definition/', '/invariants/'],
    ],
  ] as const)('%j → %j', (answers, hrefs) => {
    expect(documentLinks(answers as Answers).map((l) => l.href)).toEqual(hrefs);
  });

  it('always ends with the invariants, and names exactly the questions not answered Yes', () => {
    const answer = fc.constantFrom('yes', 'no', 'unsure', undefined);
    fc.assert(
      fc.property(
        fc.record({ 'outcome-metric': answer, 'stop-condition': answer, 'security-review': answer }),
        (raw) => {
          const answers = Object.fromEntries(Object.entries(raw).filter(([, v]) => v)) as Answers;
          const links = documentLinks(answers);
          expect(links.at(-1)).toEqual({ href: '/invariants/', gaps: [] });
          const gaps = links.flatMap((l) => l.gaps).sort();
          expect(gaps).toEqual(
            Object.keys(raw)
              .filter((id) => answers[id] !== 'yes')
              .sort(),
          );
        },
      ),
    );
  });
});
