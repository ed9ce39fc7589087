/**
 * The words the documents' and decisions' domain code prints — the scorecard's and the definition's
 * problems and PDF rows, the sign-off problems, the invariants' statuses and count, the decisions'
 * counts — come from the page files (scorecard.md, readiness-definition.md, documents.md,
 * invariants.md, decisions.md), not from code: given every text marked with its key, everything
 * they print is marked, slots filled. The report gets them the same way (buildDocumentsReport,
 * decisionsReport), so /report/ and the PDF say what the pages say.
 */
import { describe, expect, it } from 'vitest';
import { buildDocumentsReport, type DocumentsReportText } from '../../src/domain/documents-report';
import { decisionsReport } from '../../src/domain/decisions-report';
import { decidedCountsSentence, describeCounts } from '../../src/domain/decisions-view';
import { fillSlots } from '../../src/domain/fill-slots';
import { definitionProblems, initialDefinition } from '../../src/domain/readiness-definition';
import { EMPTY_SCORECARD, scorecardProblems } from '../../src/domain/scorecard';
import { definitionDocument, scorecardDocument } from '../../src/domain/signable-document';
import { buildDiagnosticView } from '../../src/domain/diagnostic-view';
import {
  loadDecisionCountsText,
  loadDecisionsReportText,
  loadDocumentsReportText,
  loadReportWording,
  loadSiteContent,
} from '../helpers/load-content';
import { loadDecisionsContent } from '../helpers/decisions-content';
import { AUTOMATION_ANSWERS } from './decisions-fixtures';
import { definitionContent, documentsReportContent, scorecardContent } from './documents-fixtures';

/** Every text marked with its key, slots kept: "Unit" → "«pdf-unit» Unit". */
function marked<T extends Record<string, string>>(text: T): T {
  return Object.fromEntries(Object.entries(text).map(([key, value]) => [key, `«${key}» ${value}`])) as T;
}

const real = loadDocumentsReportText();
const text: DocumentsReportText = {
  invariants: marked(real.invariants),
  definition: marked(real.definition),
  scorecard: marked(real.scorecard),
};
const isMarked = (words: string) => /^«[a-z-]+» /.test(words);
const now = new Date(2027, 0, 15);

describe('the documents’ words', () => {
  it('words every scorecard problem from scorecard.md and documents.md', () => {
    const problems = scorecardProblems(scorecardContent, EMPTY_SCORECARD, text.scorecard);
    expect(problems.length).toBeGreaterThan(5);
    for (const { message } of problems) expect(isMarked(message), message).toBe(true);
    expect(problems[0]!.message).toBe(text.scorecard['problem-programme']);
    const role = scorecardContent.signOffRoles[0]!;
    expect(problems.map((p) => p.message)).toContain(
      fillSlots(text.scorecard['problem-signer-name'], { role: role.label.toLowerCase() }),
    );
    const dates = scorecardProblems(
      scorecardContent,
      { ...EMPTY_SCORECARD, baselineMeasuredOn: '2027-02-30', targetDate: 'soon', stopDate: 'x' },
      text.scorecard,
    ).map((p) => p.message);
    for (const key of ['problem-measured-on-date', 'problem-target-date-date', 'problem-stop-date-date'] as const)
      expect(dates).toContain(text.scorecard[key]);
  });

  it('words every definition problem from readiness-definition.md, the element filled in', () => {
    const state = { ...initialDefinition(definitionContent.elements), elements: {} };
    const problems = definitionProblems(definitionContent, state, text.definition);
    for (const { message } of problems) expect(isMarked(message), message).toBe(true);
    const element = definitionContent.elements[0]!;
    expect(problems.map((p) => p.message)).toContain(
      fillSlots(text.definition['problem-evidence'], { element: element.label.toLowerCase() }),
    );
    expect(problems.map((p) => p.message).join('\n')).not.toContain('{element}');
  });

  it('labels the signable PDFs’ rows, groups and columns from the page files', () => {
    const scorecard = scorecardDocument(scorecardContent, { ...EMPTY_SCORECARD, stopAction: 'rescope' }, '$1', now, {
      ...text.scorecard,
    });
    const definition = definitionDocument(definitionContent, initialDefinition(definitionContent.elements), now, {
      ...text.definition,
    });
    for (const document of [scorecard, definition]) {
      expect(isMarked(document.subjectLabel)).toBe(true);
      for (const group of document.groups) {
        expect(isMarked(group.heading)).toBe(true);
        for (const row of group.rows) expect(isMarked(row.label), row.label).toBe(true);
      }
    }
    for (const column of definition.table!.columns) expect(isMarked(column)).toBe(true);
    const action = scorecard.groups
      .flatMap((g) => g.rows)
      .find((row) => row.label === text.scorecard['pdf-stop-action']);
    expect(action?.value).toBe(text.scorecard['stop-action-rescope']);
  });

  it('gives /report/ the same words: the invariants’ statuses and count, the scorecard’s rows', () => {
    const report = buildDocumentsReport(
      { ...documentsReportContent, text },
      {
        invariantCheck: { statuses: { [documentsReportContent.invariants[0]!.id]: 'partly' }, notes: '' },
        readinessDefinition: null,
        scorecard: EMPTY_SCORECARD,
        partnerCheck: null,
      },
      {},
      null,
      now,
    );
    const total = documentsReportContent.invariants.length;
    expect(report.invariants?.sentence).toBe(fillSlots(text.invariants['count-sentence'], { have: 0, total }));
    expect(report.invariants?.rows.map((row) => row.status)).toEqual([
      text.invariants['status-partly'],
      ...Array<string>(total - 1).fill(text.invariants['status-not-assessed']),
    ]);
    for (const problem of report.scorecard!.missing) expect(isMarked(problem.message)).toBe(true);
    expect(report.scorecard!.document.subjectLabel).toBe(text.scorecard['pdf-subject']);
  });
});

describe('the decisions’ counts', () => {
  const counts = marked(loadDecisionCountsText());

  it('are worded from decisions.md, one sentence for the rubric page, the cost hint and the report', () => {
    expect(describeCounts({ workflows: 1, agents: 2 }, counts)).toBe(
      fillSlots(counts['decided-counts-list'], {
        workflows: fillSlots(counts['workflows-one'], { count: 1 }),
        agents: fillSlots(counts['agents-many'], { count: 2 }),
      }),
    );
    const report = decisionsReport(
      loadDecisionsContent(),
      {
        useCases: [{ id: 'uc-a', name: 'Invoices', description: '', answers: AUTOMATION_ANSWERS, note: '' }],
        deployment: { answers: {}, note: '' },
      },
      marked(loadDecisionsReportText()),
    );
    expect(report?.counts).toBe(decidedCountsSentence({ workflows: 1, agents: 0 }, counts));
    expect(report?.counts?.startsWith('«decided-counts» ')).toBe(true);
  });
});

describe('the documents that close the gaps', () => {
  it('are headed and worded from assessment.md, on the results screen, /report/ and the PDF alike', () => {
    const diagnosticText = marked(loadReportWording().diagnostic);
    const view = buildDiagnosticView(loadSiteContent(), { 'outcome-metric': 'no' }, diagnosticText);
    expect(view.documentsHeading).toBe(diagnosticText['document-links-heading']);
    expect(view.documents.map((d) => d.title)).toEqual([
      diagnosticText['document-scorecard'],
      diagnosticText['document-readiness-definition'],
      diagnosticText['document-invariants'],
    ]);
    for (const { line } of view.documents) expect(isMarked(line), line).toBe(true);
    expect(view.documents[0]!.line.startsWith('«document-closes-many» ')).toBe(true);
  });
});
