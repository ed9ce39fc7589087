/**
 * The diagnostic, the results screen, /report/, the cost calculator, History and the components
 * they share show the words their page file gives them, not words of their
 * own: rendered with every text changed, no original word is left and every changed one shows,
 * with its slots filled.
 */
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { prerender } from 'react-dom/static';
import { describe, expect, it, vi } from 'vitest';
import { Results } from '../../src/components/assessment/Results';
import { QuestionStep } from '../../src/components/assessment/QuestionStep';
import { AllQuestions } from '../../src/components/assessment/AllQuestions';
import { CheckAnswers } from '../../src/components/assessment/CheckAnswers';
import { ErrorSummary } from '../../src/components/assessment/ErrorSummary';
import { Ladder } from '../../src/components/assessment/Ladder';
import { ShortcutsDialog } from '../../src/components/facilitator/ShortcutsDialog';
import { FacilitatorPanel } from '../../src/components/facilitator/FacilitatorPanel';
import { NoteField } from '../../src/components/facilitator/NoteField';
import { CostNoteSection } from '../../src/components/facilitator/CostFacilitator';
import { ToggleButton } from '../../src/components/facilitator/ToggleButton';
import type { WritableAtom } from 'nanostores';
import { $session as $readableSession } from '../../src/stores/session';
import type { SessionState } from '../../src/domain/session-state';

/** The session as the store holds it, set directly to render each state. */
const $session = $readableSession as WritableAtom<SessionState>;
import { MAX_LABEL_LENGTH, MAX_NOTE_LENGTH } from '../../src/domain/session-state';
import { SHARED_TEXT } from '../../src/schemas/page-wording';
import { answerDifferences } from '../../src/domain/share-choice';
import { DocumentField } from '../../src/components/documents/DocumentField';
import DocumentNotesField from '../../src/components/documents/DocumentNotesField';
import { Notices } from '../../src/components/common/Notices';
import { DownloadPdfButton } from '../../src/components/report/DownloadPdfButton';
import { FontWarning } from '../../src/components/report/FontWarning';
import { SaveResultButton } from '../../src/components/history/SaveResultButton';
import { $notices } from '../../src/stores/notices';
import { numberWordsFromFile } from '../../src/lib/number-words';
import { CostCalculator } from '../../src/components/cost/CostCalculator';
import { CostSummary, CostSummaryBar } from '../../src/components/cost/CostSummary';
import { buildCostDisplay, buildScenarioComparisonDisplay } from '../../src/domain/cost-display';
import { ScenarioComparison } from '../../src/components/cost/ScenarioComparison';
import { Compare, ComparisonView } from '../../src/components/history/Compare';
import { SnapshotTable } from '../../src/components/history/SnapshotTable';
import { ScoreChart } from '../../src/components/history/ScoreChart';
import { Transfer } from '../../src/components/history/Transfer';
import { MAX_SNAPSHOTS, type Snapshot } from '../../src/domain/history';
import { formatSavedAt, formatSavedDate } from '../../src/domain/history-view';
import { costContentFor } from '../../src/lib/cost-content';
import { loadDocumentsContent } from '../helpers/load-documents-content';
import { ReportCost } from '../../src/components/report/ReportCost';
import { ReportAnswers, ReportPlan, ReportSummary } from '../../src/components/report/ReportDiagnostic';
import { buildDiagnosticView } from '../../src/domain/diagnostic-view';
import { buildReport, costReportInput } from '../../src/domain/report-model';
import { defaultScenarioNames, initialCostState } from '../../src/domain/cost-state';
import { defaultCostInputs, removableCostLineIds } from '../../src/domain/cost';
import { fillSlots } from '../../src/domain/fill-slots';
import { answersWithYes } from '../helpers/answers';
import {
  loadCostText,
  loadDecisionCountsText,
  loadPageText,
  loadScenarioNames,
  loadSiteContent,
  loadReportWording,
} from '../helpers/load-content';
import { answerLabelText } from '../../src/lib/page-text';

const content = loadSiteContent();
const wording = loadReportWording(content);
const ids = content.questions.map((q) => q.id);
const html = { guidance: {}, firstStep: {}, plan: {}, reaching: {}, costSources: '' };
const unescaped = (html: string) => html.replace(/&#x27;/g, "'").replace(/&amp;/g, '&');
const markup = (element: ReactElement) => unescaped(renderToStaticMarkup(element));
/** As `markup`, once every lazily loaded part has loaded. */
const markupLoaded = async (element: ReactElement) =>
  unescaped(await new Response((await prerender(element)).prelude).text());

/** Every text marked with its key, slots kept: "Your plan: {stage}" → "«plan-heading» Your plan: {stage}". */
function marked<T extends Record<string, string>>(text: T): T {
  return Object.fromEntries(Object.entries(text).map(([key, value]) => [key, `«${key}» ${value}`])) as T;
}

// Six Yes then Not sure: gaps, a stall point and a next stage.
const answers = answersWithYes(ids, ids.slice(0, 6), 'unsure');

describe('the results screen', () => {
  const text = loadPageText('assessment', content);
  const view = buildDiagnosticView(content, answers, text);
  const shown = markup(createElement(Results, { view, html, text: marked(text), actions: null }));

  it('shows each of its words from the page file, slots filled', () => {
    const keys = [
      'result-eyebrow',
      'stall-heading',
      'gaps-heading',
      'stall-tag',
      'guidance',
      'first-step',
      'actions-end-heading',
    ] as const;
    for (const key of keys) expect(shown).toContain(`«${key}» ${text[key]}`);
    expect(shown).toContain(`«plan-heading» ${fillSlots(text['plan-heading'], { stage: view.stage.name })}`);
    expect(shown).toContain(`«guidance-on» ${fillSlots(text['guidance-on'], { question: view.gaps[0]!.label })}`);
    expect(shown).not.toMatch(/\{(stage|question)\}/);
  });

  it('keeps no copy of the words the page file holds', () => {
    const unmarked = shown.replace(/«[^»]+» [^<]*/g, '');
    for (const words of ['Where you stall', 'Your gaps, stall point first', 'Keep or share this result', 'Your plan'])
      expect(unmarked).not.toContain(words);
  });
});

describe('/report/', () => {
  const text = loadPageText('report', content);
  const cost = initialCostState({
    content,
    removableLineIds: removableCostLineIds(content.costLines),
    scenarioNames: loadScenarioNames(content),
  });
  // The estimate's words come from the cost page's file, as /report/ passes them.
  const costText = marked(loadCostText(content));
  const report = buildReport({
    siteName: 'Readiness',
    costText,
    text: wording,
    content,
    answers,
    ...costReportInput(cost),
    session: null,
    generatedAt: new Date(2026, 10, 27, 9, 0),
  });
  const diagnostic = report.diagnostic!;
  const t = marked(text);
  const shown = markup(
    createElement('div', null, [
      createElement(ReportSummary, { key: 's', diagnostic, html, text: t }),
      createElement(ReportAnswers, { key: 'a', diagnostic, text: t }),
      createElement(ReportPlan, { key: 'p', diagnostic, html, text: t }),
      createElement(ReportCost, { key: 'c', cost: report.cost!, sourcesHtml: '', text: t }),
    ]),
  );

  it('shows the diagnostic and cost parts’ words from the page file, slots filled', () => {
    const keys = [
      'summary-heading',
      'stage-eyebrow',
      'stall-heading',
      'answers-caption',
      'stall-tag',
      'first-step',
      'guidance',
      'cost-lines-caption',
      'cost-bar-column',
    ] as const;
    for (const key of keys) expect(shown).toContain(`«${key}» ${text[key]}`);
    expect(shown).toContain(`«plan-heading» ${fillSlots(text['plan-heading'], { stage: diagnostic.stage.name })}`);
    expect(shown).not.toMatch(/\{(stage|question)\}/);
  });

  it('puts the estimate in the cost page’s words, as /cost/ does', () => {
    for (const key of [
      'kind-build',
      'kind-governance',
      'kind-run',
      'basis-reference',
      'input-workflows',
      'input-inference',
      'input-inference-reference',
      'input-nothing',
      'input-usd',
    ] as const)
      expect(shown, key).toContain(`«${key}» ${costText[key].replace(/^«[^»]+» /, '')}`);
    expect(shown).toContain('«build-share-text» ');
    expect(shown).not.toMatch(/\{(share|source|low|high)\}/);
  });

  it('says there are no gaps in the page file’s words', () => {
    const allYes = buildReport({
      siteName: 'Readiness',
      text: wording,
      content,
      answers: answersWithYes(ids, ids, 'no'),
      cost: null,
      session: null,
      generatedAt: new Date(2026, 10, 27, 9, 0),
    });
    expect(markup(createElement(ReportPlan, { diagnostic: allYes.diagnostic!, html, text: t }))).toContain(
      `«no-gaps» ${text['no-gaps']}`,
    );
  });
});

describe('the cost calculator’s headline', () => {
  const text = loadPageText('cost', content);
  const t = marked(text);
  const context = { content, removableLineIds: removableCostLineIds(content.costLines) };
  // Governance cut below its reference low: a wrong cut; a volume: the unit cost.
  const inputs = {
    ...defaultCostInputs(content),
    inference: { mode: 'volume' as const, tasksPerMonth: 10_000, modelTier: content.assumptions.defaultModelTier },
    overrides: { 'governance-evaluation': { low: 1000, high: 2000 } },
  };
  // The estimate itself is put in the page file's words too (src/domain/cost-display.ts).
  const display = buildCostDisplay(context, inputs, { code: 'USD', ratePerUsd: 1 }, t, 'Your plan');
  const problem = { id: 'workflows', message: 'Enter a whole number' };

  it('shows its words from the page file, slots filled', () => {
    const shown = markup(
      createElement('div', null, [
        createElement(CostSummary, { key: 's', display, stale: true, problems: [problem], text: t }),
        createElement(CostSummaryBar, { key: 'b', display, stale: true, text: t }),
      ]),
    );
    for (const key of [
      'total-heading',
      'midpoint',
      'stale-title',
      'stale-fix-one',
      'build-share',
      'bar-stale',
    ] as const)
      expect(shown).toContain(`«${key}» ${text[key]}`);
    expect(display.warnings.length).toBeGreaterThan(0);
    expect(shown).toContain(`«wrong-cut» ${fillSlots(text['wrong-cut'], { line: display.warnings[0]!.label })}`);
    // The warning's sentence, the total and the build share are the page file's, slots filled.
    const governance = content.costLines.find((line) => line.id === 'governance-evaluation')!;
    expect(shown).toContain(
      `«wrong-cut-below» ${fillSlots(text['wrong-cut-below'], { line: governance.label, why: governance.cutWarning! })}`,
    );
    expect(shown).toContain(`«total-bar» ${fillSlots(text['total-bar'], { range: display.total.rangeText })}`);
    expect(shown).toContain('«build-share-text» ');
    expect(display.unitCost).not.toBeNull();
    expect(shown).toContain(
      `«tasks-over» ${fillSlots(text['tasks-over'], { tasks: display.unitCost!.tasksPerYearText })}`,
    );
    expect(shown).not.toMatch(/\{(line|tasks)\}/);
  });

  it('says how many fields to fix, and what it waits for, in the page file’s words', () => {
    const two = [problem, { id: 'agents', message: 'Enter a whole number' }];
    const many = markup(createElement(CostSummary, { display, stale: true, problems: two, text: t }));
    expect(many).toContain(`«stale-fix-many» ${text['stale-fix-many']}`);
    const waiting = markup(
      createElement(CostSummary, { display, stale: true, problems: [], waiting: [problem], text: t }),
    );
    expect(waiting).toContain(`«stale-waiting» ${text['stale-waiting']}`);
  });
});

describe('the cost calculator', () => {
  const text = loadPageText('cost', content);
  const removableLineIds = removableCostLineIds(content.costLines);
  const shown = markup(
    createElement(CostCalculator, {
      costLines: content.costLines,
      assumptions: content.assumptions,
      removableLineIds,
      rateDates: {},
      questionIds: ids,
      text: marked(text),
      decisionsText: loadDecisionCountsText(content),
      // The names the rest of the fast tests use: the cost store is shared between test files (one
      // module graph), and a name other than the default counts as a second scenario in use.
      context: { content, removableLineIds, scenarioNames: loadScenarioNames(content) },
      onMounted: () => {},
    }),
  );

  it('shows its words from the page file as the server renders it, slots filled', () => {
    const keys = [
      'saved',
      'reset',
      'chart-heading',
      'inputs-heading',
      'compare',
      'compare-hint',
      'breakdown-heading',
      'cuts-heading',
      'cuts-intro',
      'assumptions-heading',
      'assumptions-intro',
      'share-heading',
      'copy-link',
      'report-link',
      'methodology-link',
      'total-heading',
      'form-label',
      'build-legend',
      'workflows-label',
      'agents-label',
      'inference-legend',
      'reference-option',
      'volume-option',
      'volume-hint',
      'deployment-legend',
      'deployment-neutral',
      'assumption-tag',
      'quotes-summary',
      'quotes-legend',
      'protected-tag',
      'currency-form-label',
      'currency-legend',
      // The breakdown, the chart and the right cuts, worded by the cost display.
      'units-column',
      'low-column',
      'high-column',
      'basis-column',
      'notes-column',
      'line-column',
      'total-row',
      'basis-reference',
      'units-programme',
      'units-year-of-use',
      'legend-range',
      'chart-summary-table',
      'cut-narrow-title',
      'decide-counts-link',
      'decide-deployment-link',
    ] as const;
    for (const key of keys) expect(shown, key).toContain(`«${key}» ${text[key]}`);
    for (const key of [
      'count-hint-each',
      'include-label',
      'include-hint',
      'reference-hint',
      'deployment-change',
      'quotes-hint',
      'currency-option',
      'breakdown-caption',
      'card-midpoint',
      'chart-summary',
      'build-share-text',
      'total-bar',
      'cut-narrow-detail',
      'cut-saves',
      'cut-total',
    ])
      expect(shown, key).toContain(`«${key}» `);
    expect(shown).not.toMatch(/\{(max|range|line|change|lines|currency|currency-name|count|zero|to|from|share)\}/);
  });

  it('keeps no copy of the estimate’s words the page file holds', () => {
    const unmarked = shown.replace(/«[^»]+» [^<"]*/g, '');
    for (const words of ['Year-one cost by line', 'Reference range', 'Narrow the scope', 'Not sure how many?', 'Units'])
      expect(unmarked).not.toContain(words);
  });
});

describe('History', () => {
  const text = loadPageText('history', content);
  const t = marked(text);
  const answerText = marked(answerLabelText(loadPageText('assessment', content)));
  const snapshot = (id: string, savedAt: string): Snapshot => ({
    id,
    savedAt,
    clientLabel: 'Acme Bank',
    answers: {},
    stageId: content.stages[0]!.id,
    stageName: content.stages[0]!.name,
    score: 2,
    total: ids.length,
    cost: null,
  });

  it('the score chart shows its caption and summary from the page file, slots filled', () => {
    const snapshots = [snapshot('a', '2026-11-01T09:00:00.000Z'), snapshot('b', '2026-11-20T09:00:00.000Z')];
    const shown = markup(createElement(ScoreChart, { snapshots, text: t }));
    expect(shown).toContain(`«chart-caption» ${text['chart-caption']}`);
    expect(shown).toContain('«chart-summary-many» ');
    expect(markup(createElement(ScoreChart, { snapshots: snapshots.slice(0, 1), text: t }))).toContain(
      '«chart-summary-one» ',
    );
    expect(shown).not.toMatch(/\{(count|from|to|first|latest|lowest|highest)\}/);
  });

  it('the table of saved results shows its words from the page file, slots filled', () => {
    const snapshots = [snapshot('a', '2026-11-01T09:00:00.000Z'), snapshot('b', '2026-11-20T09:00:00.000Z')];
    const shown = markup(
      createElement(SnapshotTable, { snapshots, captionId: 'c', client: 'Acme Bank', onDelete: () => {}, text: t }),
    );
    for (const key of [
      'saved-column',
      'stage-column',
      'score-column',
      'cost-column',
      'actions-column',
      'delete',
    ] as const)
      expect(shown).toContain(`«${key}» ${text[key]}`);
    expect(shown).toContain(
      `«table-caption» ${fillSlots(text['table-caption'], { client: 'Acme Bank', count: 2, max: MAX_SNAPSHOTS })}`,
    );
    expect(shown).toContain(
      `«delete-which» ${fillSlots(text['delete-which'], { 'saved-at': formatSavedAt(snapshots[0]!.savedAt) })}`,
    );
    expect(shown).not.toMatch(/\{(client|count|max|saved-at)\}/);
  });

  it('the page as the server renders it, before the saved results load', async () => {
    // A server render starts from fresh modules. The fast project shares modules between test files
    // (vitest.config.ts), and another file may already have loaded the history store.
    vi.resetModules();
    const { HistoryApp } = await import('../../src/components/history/HistoryApp');
    const documents = loadDocumentsContent();
    const shown = markup(
      createElement(HistoryApp, {
        questions: content.questions,
        stages: content.stages,
        cost: costContentFor(content, loadPageText('cost', content)),
        // The server renders the loading state; the documents are read only on import.
        documents: {
          invariantIds: documents.invariants.map((invariant) => invariant.id),
          definition: { elements: documents.readinessElements, document: documents.readinessDocument },
          scorecardRoles: documents.scorecard.signOffRoles,
          commitmentIds: documents.partnerCommitments.map((commitment) => commitment.id),
        },
        text: t,
        answerText,
      }),
    );
    expect(shown).toContain(`«saved-heading» ${text['saved-heading']}`);
    expect(shown).toContain(`«loading» ${text.loading}`);
  });
});

describe('the comparison of two scenarios', () => {
  const text = loadPageText('cost', content);
  // The default names marked too: they come from the page file like every other word.
  const context = {
    content,
    removableLineIds: removableCostLineIds(content.costLines),
    scenarioNames: defaultScenarioNames(marked(text)),
  };
  const state = initialCostState(context);
  const second = { ...state.scenarios[1], inputs: { ...state.scenarios[1].inputs, agents: 0 } };
  const comparison = buildScenarioComparisonDisplay(
    context,
    { ...state, scenarios: [state.scenarios[0], second] },
    marked(text),
  );

  it('shows its words from the page file, slots filled', () => {
    const shown = markup(
      createElement(ScenarioComparison, { comparison, plan: 0, onChoosePlan: () => {}, text: marked(text) }),
    );
    const keys = [
      'plan-chosen',
      'plan-chosen-note',
      'choose-plan',
      'line-column',
      'change-low-column',
      'change-high-column',
      'total-row',
      'midpoint-row',
    ] as const;
    for (const key of keys) expect(shown, key).toContain(`«${key}» ${text[key]}`);
    const [card] = comparison.cards;
    expect(shown).toContain(`«card-midpoint» ${fillSlots(text['card-midpoint'], { midpoint: card!.midpointText })}`);
    expect(shown).toContain(`«choose-plan-label» ${fillSlots(text['choose-plan-label'], { scenario: second.name })}`);
    expect(second.name).toBe(`«scenario-name-second» ${text['scenario-name-second']}`);
    expect(shown).toContain(`«scenario-name-first» ${text['scenario-name-first']}`);
    const names = { first: state.scenarios[0].name, second: second.name };
    expect(shown).toContain(`«compare-caption» ${fillSlots(text['compare-caption'], { ...names, currency: 'USD' })}`);
    expect(shown).toMatch(/«compare-less» “[^”]+” costs \$[\d,]+ – \$[\d,]+ less than “[^”]+”\./);
    expect(shown).toContain(
      `«same-lines-many» ${fillSlots(text['same-lines-many'], { count: content.costLines.length - 1 })}`,
    );
  });
});

describe('History’s comparison', () => {
  const text = loadPageText('history', content);
  const t = marked(text);
  const answerText = marked(answerLabelText(loadPageText('assessment', content)));
  const saved = (id: string, savedAt: string, clientLabel: string, yes: number): Snapshot => ({
    id,
    savedAt,
    clientLabel,
    answers: answersWithYes(ids, ids.slice(0, yes), 'no'),
    stageId: content.stages[0]!.id,
    stageName: content.stages[0]!.name,
    score: yes,
    total: ids.length,
    cost: null,
  });
  const before = saved('a', '2026-11-01T09:00:00.000Z', 'Acme', 2);
  const after = saved('b', '2026-11-20T09:00:00.000Z', 'Acme Bank', 3);

  it('the form, and the reason it is not there, in the page file’s words', () => {
    const form = markup(
      createElement(Compare, {
        snapshots: [before, after],
        questions: content.questions,
        stages: content.stages,
        text: t,
        answerText,
      }),
    );
    for (const key of ['compare-first', 'compare-second', 'compare-button'] as const)
      expect(form).toContain(`«${key}» ${text[key]}`);
    expect(form).toContain('«compare-option» ');
    const one = markup(
      createElement(Compare, {
        snapshots: [before],
        questions: content.questions,
        stages: content.stages,
        text: t,
        answerText,
      }),
    );
    expect(one).toContain(`«compare-need-two» ${text['compare-need-two']}`);
  });

  it('what changed, with the dates and labels in their slots', () => {
    const shown = markup(
      createElement(ComparisonView, {
        before,
        after,
        questions: content.questions,
        stages: content.stages,
        heading: { current: null },
        text: t,
        answerText,
      }),
    );
    for (const key of [
      'compared-row',
      'stage-row',
      'score-row',
      'cost-row',
      'answers-row',
      'changes-caption',
      'question-column',
      'before-column',
      'after-column',
    ] as const)
      expect(shown, key).toContain(`«${key}» ${text[key]}`);
    expect(shown).toContain(
      `«changed-heading» ${fillSlots(text['changed-heading'], { before: formatSavedDate(before.savedAt), after: formatSavedDate(after.savedAt) })}`,
    );
    // The labels differ, so the sentence that names them is shown, with a <time> in each date's slot.
    expect(shown).toContain('«compared-labels» <time');
    expect(shown).toContain('Acme → Acme Bank');
    expect(shown).not.toMatch(/\{(earlier|later|before|after)\}/);
    // The comparison's sentences are History's words and the answers' labels assessment.md's.
    expect(shown).toContain('«compare-stage-same» ');
    expect(shown).toContain('«compare-score-changed» «score-of» 2 of ');
    expect(shown).toContain('«compare-cost-neither» ');
    expect(shown).toContain('«compare-answers-one» 1 answer changed.');
    expect(shown).toContain(`«answer-no» ${answerText['answer-no'].replace('«answer-no» ', '')}`);
    expect(shown).toContain('«answer-yes» ');
  });
});

describe('History’s download and import', () => {
  const text = loadPageText('history', content);
  it('shows its words from the page file', () => {
    const shown = markup(
      createElement(Transfer, {
        kit: null,
        hasSnapshots: true,
        onPlan: () => {},
        imported: null,
        importedRef: { current: null },
        text: marked(text),
      }),
    );
    const keys = [
      'download-heading',
      'download-intro',
      'download-session',
      'download-history',
      'download-hint',
      'import-heading',
      'import-mode-legend',
      'import-merge',
      'import-replace',
      'import-label',
      'import-hint',
    ] as const;
    for (const key of keys) expect(shown, key).toContain(`«${key}» ${text[key]}`);
  });
});

describe('the diagnostic’s question, all-questions and check screens', () => {
  const text = loadPageText('assessment', content);
  const t = marked(text);
  const [first] = content.questions;

  it('one question: progress, guidance, buttons and the error summary’s words from the page file', () => {
    const shown = markup(
      createElement(QuestionStep, {
        question: first!,
        position: 2,
        total: ids.length,
        value: undefined,
        guidanceHtml: '',
        onAnswer: () => {},
        onContinue: () => {},
        onBack: () => {},
        onErrorChange: () => {},
        text: t,
      }),
    );
    for (const key of ['what-counts', 'continue', 'back'] as const)
      expect(shown, key).toContain(`«${key}» ${text[key]}`);
    expect(shown).toContain(`«progress» ${fillSlots(text.progress, { position: 2, total: ids.length })}`);
    const summary = markup(createElement(ErrorSummary, { errors: [{ href: 'a', message: 'Pick one' }], text: t }));
    expect(summary).toContain(`«error-summary-title» ${text['error-summary-title']}`);
  });

  it('all questions: the heading counts the questions from content, the lead fills its slots', () => {
    const answers = answersWithYes(ids, ids.slice(0, 3), 'unanswered');
    const shown = markup(
      createElement(AllQuestions, {
        questions: content.questions,
        answers,
        guidanceHtml: {},
        onAnswer: () => {},
        onDone: () => {},
        onErrorChange: () => {},
        text: t,
      }),
    );
    expect(text['all-heading']).toBe(`All ${numberWordsFromFile()[ids.length]} questions`);
    for (const key of ['all-heading', 'what-counts', 'check-answers'] as const)
      expect(shown, key).toContain(`«${key}» ${text[key]}`);
    expect(shown).toContain(`«all-lead» ${fillSlots(text['all-lead'], { answered: 3, total: ids.length })}`);
    expect(shown).not.toMatch(/\{(answered|total)\}/);
  });

  it('check your answers: Change and Answer name their question in the page file’s words', () => {
    const answers = answersWithYes(ids, ids.slice(0, 3), 'unanswered');
    const shown = markup(
      createElement(CheckAnswers, {
        questions: content.questions,
        answers,
        onChange: () => {},
        onSubmit: () => {},
        onErrorChange: () => {},
        text: t,
      }),
    );
    for (const key of ['check-heading', 'change', 'answer', 'see-results'] as const)
      expect(shown, key).toContain(`«${key}» ${text[key]}`);
    expect(shown).toContain(`«change-which» ${fillSlots(text['change-which'], { question: first!.label })}`);
    const last = content.questions.at(-1)!;
    expect(shown).toContain(`«answer-which» ${fillSlots(text['answer-which'], { question: last.label })}`);
    expect(shown).not.toMatch(/\{question\}/);
  });

  it('the keyboard shortcuts list', () => {
    const shown = markup(
      createElement(ShortcutsDialog, {
        open: false,
        onClose: () => {},
        keysOn: true,
        onKeysOnChange: () => {},
        text: t,
      }),
    );
    const keys = [
      'keyboard-shortcuts',
      'shortcuts-caption',
      'shortcuts-key-column',
      'shortcuts-what-column',
      'shortcut-yes',
      'shortcut-no',
      'shortcut-unsure',
      'shortcut-help',
      'shortcut-arrows',
      'shortcut-enter',
      'shortcut-tab',
      'shortcut-esc',
      'shortcuts-hint',
      'shortcuts-single-key',
      'shortcuts-single-key-hint',
      'shortcuts-close',
    ] as const;
    for (const key of keys) expect(shown, key).toContain(`«${key}» ${text[key]}`);
    // The named keys' caps are the page file's words too; letters and symbols are the keys themselves.
    for (const key of ['key-enter', 'key-tab', 'key-esc'] as const)
      expect(shown, key).toContain(`<kbd>«${key}» ${text[key]}</kbd>`);
    expect(shown.match(/<kbd>[^<]*<\/kbd>/g)).toEqual([
      ...['Y', 'N', 'U', '?', '↑', '↓'].map((character) => `<kbd>${character}</kbd>`),
      ...(['key-enter', 'key-tab', 'key-esc'] as const).map((key) => `<kbd>«${key}» ${text[key]}</kbd>`),
    ]);
    const unmarked = shown.replace(/«[^»]+» [^<]*/g, '');
    for (const words of ['Answer Yes', 'What it does', 'Use single-key shortcuts', 'Close', 'Enter', 'Esc'])
      expect(unmarked).not.toContain(words);
  });

  it('the island as the server renders it: toolbar and Start over dialog, with no word of its own', async () => {
    // A server render starts from fresh modules (see History's server render above).
    vi.resetModules();
    const { AssessmentApp } = await import('../../src/components/assessment/AssessmentApp');
    const shown = markup(
      createElement(AssessmentApp, {
        questions: content.questions,
        stages: content.stages,
        html,
        text: t,
      }),
    );
    const keys = [
      'saved-here',
      'view-all',
      'start-over',
      'tools',
      'keyboard-shortcuts',
      'start-over-title',
      'start-over-confirm',
      'start-over-text',
      'dialog-cancel',
      'what-counts',
      'continue',
    ] as const;
    for (const key of keys) expect(shown, key).toContain(`«${key}» ${text[key]}`);
    const unmarked = shown.replace(/«[^»]+» [^<]*/g, '');
    for (const words of ['Saved on this device', 'Start over', 'Show all questions', 'Cancel', 'What counts as Yes'])
      expect(unmarked).not.toContain(words);
  });
});

describe('the shared components', () => {
  // Each page that shows one words it in its own file; the diagnostic's file is one of them.
  const text = loadPageText('assessment', content);
  const t = marked(text);

  it('every page whose island shows a shared component has its words', () => {
    const report = loadPageText('report', content);
    for (const key of ['notice-dismiss', 'ladder-label', 'pdf-download', 'save-result'] as const)
      expect(report[key], key).toBe(text[key]);
    expect(loadPageText('deployment', content)['notice-dismiss']).toBe(text['notice-dismiss']);
    expect(loadPageText('history', content)['dialog-cancel']).toBe(text['dialog-cancel']);
  });

  it('Notices: Dismiss, and which notice, from the page file', () => {
    $notices.set([{ id: 'n', tone: 'info', message: 'Something happened.' }]);
    try {
      const shown = markup(createElement(Notices, { text: t }));
      expect(shown).toContain(`«notice-dismiss» ${text['notice-dismiss']}`);
      expect(shown).toContain(`«notice-dismiss-which» ${text['notice-dismiss-which']}`);
      expect(shown.replace(/«[^»]+» [^<]*/g, '')).not.toContain('Dismiss');
    } finally {
      $notices.set([]);
    }
  });

  it('the ladder, the PDF and save buttons and the font warning', () => {
    const view = buildDiagnosticView(content, answers, text);
    const shown = markup(
      createElement('div', null, [
        createElement(Ladder, { key: 'l', ladder: view.ladder, text: t }),
        createElement(DownloadPdfButton, { key: 'd', report: () => Promise.reject(new Error('not here')), text: t }),
        createElement(SaveResultButton, { key: 's', save: () => 'saved' as const, text: t }),
        createElement(FontWarning, {
          key: 'f',
          id: 'w',
          fields: [
            { field: 'Client', kind: 'emoji', sample: '🙂', printsAs: '?' },
            { field: 'Notes', kind: 'script', sample: 'ᚠ', printsAs: '?' },
          ],
          text: t,
        }),
      ]),
    );
    for (const key of [
      'ladder-label',
      'ladder-here',
      'pdf-download',
      'save-result',
      'pdf-fonts-intro',
      'pdf-fonts-rest',
    ] as const)
      expect(shown, key).toContain(`«${key}» ${text[key]}`);
    expect(shown).toContain(
      `«pdf-font-emoji» ${fillSlots(text['pdf-font-emoji'], { sample: '🙂', 'prints-as': '?' })}`,
    );
    expect(shown).toContain(
      `«pdf-font-script» ${fillSlots(text['pdf-font-script'], { sample: 'ᚠ', 'prints-as': '?' })}`,
    );
    expect(shown).not.toMatch(/\{(sample|prints-as)\}/);
  });
});

describe('the facilitator’s tools', () => {
  const text = loadPageText('assessment', content);
  const t = marked(text);
  const keys = Object.keys(SHARED_TEXT.facilitator) as (keyof typeof SHARED_TEXT.facilitator)[];
  /** The old English the tools wrote themselves: none may show unless marked with its key. */
  const OLD_WORDS = [
    'Facilitator mode',
    'Presentation mode',
    'Presenting',
    'Larger text for a shared screen',
    'New session',
    'Clears everything for the next client',
    'Start a new session?',
    'Yes, start a new session',
    'This clears the answers',
    'Your saved results are kept',
    'download it from History',
    'Client or programme',
    'Shown as the report’s title',
    'Notes on',
    'Saved on this device as you type',
    '>On<',
    '>Off<',
    'Error:',
    'characters or fewer',
    'characters remaining',
  ];
  const unmarked = (shown: string) => shown.replace(/«[^»]+» [^<]*/g, '');
  const withSession = async (
    change: Partial<ReturnType<typeof $session.get>>,
    render: () => string | Promise<string>,
  ): Promise<string> => {
    const before = $session.get();
    $session.set({ ...before, ...change });
    try {
      return await render();
    } finally {
      $session.set(before);
    }
  };

  it('the cost page words the tools as the diagnostic does', () => {
    const cost = loadPageText('cost', content);
    for (const key of keys) expect(cost[key], key).toBe(text[key]);
  });

  it('the panel, its New session dialog, the client label, a note and the toggle: every word from the page file', async () => {
    // A label over the limit, so its error names the field in the page file's words.
    const tooLong = 'x'.repeat(MAX_LABEL_LENGTH + 1);
    // A note near its limit, so it counts what is left in the page file's words.
    const nearLimit = { [ids[0]!]: 'x'.repeat(MAX_NOTE_LENGTH - 5) };
    const shown = await withSession(
      { facilitator: true, presentation: false, clientLabel: tooLong, notes: nearLimit },
      () =>
        markup(
          createElement('div', null, [
            createElement(FacilitatorPanel, { key: 'p', onNewSession: () => undefined, text: t }),
            createElement(NoteField, { key: 'n', noteKey: ids[0]!, subject: content.questions[0]!.label, text: t }),
            createElement(ToggleButton, {
              key: 'on',
              pressed: true,
              onToggle: () => undefined,
              text: t,
              children: 'x',
            }),
            createElement(ToggleButton, {
              key: 'off',
              pressed: false,
              onToggle: () => undefined,
              text: t,
              children: 'x',
            }),
          ]),
        ),
    );
    const inPanel = keys.filter((key) => !['presenting-region', 'presenting', 'presenting-leave'].includes(key));
    for (const key of inPanel.filter((key) => key !== 'note-label' && key !== 'new-session-kept'))
      expect(shown, key).toContain(`«${key}» ${text[key]}`);
    expect(shown).toContain(`«note-label» ${fillSlots(text['note-label'], { subject: content.questions[0]!.label })}`);
    expect(shown).toContain(`«new-session-kept» ${text['new-session-kept'].split('{link}')[0]}`);
    expect(shown).toContain(
      `«limit-over-one» ${fillSlots(text['limit-over-one'], { what: `«client-field-what» ${text['client-field-what']}`, max: MAX_LABEL_LENGTH })}`,
    );
    expect(shown).toContain(`«error-prefix» ${text['error-prefix']}`);
    expect(shown).toContain(`«limit-remaining-many» ${fillSlots(text['limit-remaining-many'], { count: 5 })}`);
    expect(shown).not.toMatch(/\{(link|subject|what|max|count)\}/);
    for (const words of OLD_WORDS) expect(unmarked(shown), words).not.toContain(words);
  });

  it('presentation mode’s bar, and the note on the cost', async () => {
    const cost = loadPageText('cost', content);
    const presenting = await withSession({ facilitator: true, presentation: true }, () =>
      markup(createElement(FacilitatorPanel, { onNewSession: () => undefined, text: t })),
    );
    for (const key of ['presenting-region', 'presenting', 'presenting-leave'] as const)
      expect(presenting, key).toContain(`«${key}» ${text[key]}`);
    for (const words of OLD_WORDS) expect(unmarked(presenting), words).not.toContain(words);
    // The note's region as CostNote shows it in facilitator mode (its field is loaded then): rendered
    // once it has loaded.
    const note = await withSession({ facilitator: true, presentation: false }, () =>
      markupLoaded(createElement(CostNoteSection, { text: marked(cost) })),
    );
    expect(note).toContain(
      `«note-label» ${fillSlots(cost['note-label'], { subject: `«note-subject» ${cost['note-subject']}` })}`,
    );
    expect(note).toContain(`«note-hint» ${cost['note-hint']}`);
    for (const words of OLD_WORDS) expect(unmarked(note), words).not.toContain(words);
  });
});

describe('a share link’s differences', () => {
  it('name each question’s answers in the page file’s words, slots filled', () => {
    const text = loadPageText('assessment', content);
    const lines = answerDifferences(
      content.questions,
      { [ids[0]!]: 'no', [ids[1]!]: 'unsure' },
      { [ids[0]!]: 'yes', [ids[2]!]: 'no' },
      marked(text),
    );
    // Each answer by the name it has everywhere else (answer-yes, …); none by link-answer-none.
    const word = (key: 'answer-yes' | 'answer-no' | 'answer-unsure' | 'link-answer-none') => `«${key}» ${text[key]}`;
    expect(lines).toEqual([
      `«link-answer-differs» ${fillSlots(text['link-answer-differs'], { position: 1, question: content.questions[0]!.label, theirs: word('answer-yes'), mine: word('answer-no') })}`,
      `«link-answer-differs» ${fillSlots(text['link-answer-differs'], { position: 2, question: content.questions[1]!.label, theirs: word('link-answer-none'), mine: word('answer-unsure') })}`,
      `«link-answer-differs» ${fillSlots(text['link-answer-differs'], { position: 3, question: content.questions[2]!.label, theirs: word('answer-no'), mine: word('link-answer-none') })}`,
    ]);
    for (const line of lines) expect(line).not.toMatch(/\{(position|question|theirs|mine)\}/);
  });
});

describe('a document’s fields over or near their limit', () => {
  it('say so in the documents’ page file’s words, slots filled', () => {
    const text = loadPageText('documents', content);
    const t = marked(text);
    const shown = markup(
      createElement('div', null, [
        createElement(DocumentField, {
          key: 'f',
          id: 'f',
          label: 'Baseline',
          errorPrefix: t['error-prefix'],
          what: 'The baseline',
          max: 10,
          stored: 'x'.repeat(13),
          save: () => true,
          limitText: t,
        }),
        createElement(DocumentNotesField, {
          key: 'n',
          id: 'n',
          label: 'Notes',
          hint: t['notes-hint'],
          stored: 'x'.repeat(99),
          save: () => true,
          text: t,
        }),
      ]),
    );
    expect(shown).toContain(
      `«limit-over-many» ${fillSlots(text['limit-over-many'], { what: 'The baseline', max: 10, count: 3 })}`,
    );
    // 99 of MAX_DOCUMENT_NOTE_LENGTH is far from the limit: nothing counted yet.
    expect(shown).not.toContain('limit-remaining');
    const unmarked = shown.replace(/«[^»]+» [^<]*/g, '');
    for (const words of ['characters or fewer', 'characters remaining', 'too many'])
      expect(unmarked).not.toContain(words);
  });
});
