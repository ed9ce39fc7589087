/**
 * What each file in content/pages/ must hold besides its description: whether the page has a
 * title of its own, and the keys of the headings and labels its .astro page shows. The content
 * check holds every file to its page's list (src/schemas/page.ts), so a missing or misspelt key
 * fails the build naming the file and field, and the pages can only ask for keys listed here.
 */
export interface PageWording {
  /** False where the title comes from the content the page shows (a document, a decision, a stage). */
  ownTitle: boolean;
  /** Headings, one line of plain text each. */
  headings: readonly string[];
  /** Short texts — buttons, links, notes — one line each; inline Markdown (links, emphasis) allowed. */
  labels: readonly string[];
  /** Placeholders only this page can fill, for the one thing it shows (a stage page: its stage). */
  pagePlaceholders: readonly string[];
  /**
   * The words the page's island shows (buttons, headings, notices), plain text one line each, by
   * key, each with the slots it may hold: `{stage}` in "Your plan: {stage}" is filled in the
   * browser with `fillSlots` (src/domain/fill-slots.ts); the content check refuses any other.
   */
  text: Readonly<Record<string, readonly string[]>>;
}

const page = <
  const H extends readonly string[],
  const L extends readonly string[],
  const T extends Readonly<Record<string, readonly string[]>> = Record<never, never>,
>(
  ownTitle: boolean,
  headings: H,
  labels: L,
  pagePlaceholders: readonly string[] = [],
  text: T = {} as T,
) => ({ ownTitle, headings, labels, pagePlaceholders, text });

/**
 * The diagnostic's own sentences, which the results screen, /report/ and the PDF all print: kept in
 * content/pages/assessment.md (`text`) and passed to `buildDiagnosticView`, so no view composes
 * them and none can say them differently.
 */
export const DIAGNOSTIC_VIEW_TEXT = {
  score: ['score', 'total'],
  'score-sentence': ['score', 'total'],
  'stall-sentence': ['position', 'question', 'answer', 'text'],
  'no-stall-point': [],
  'next-heading': ['stage'],
  'at-the-top': [],
  'next-takes': ['rule', 'step'],
  'step-top': [],
  'step-one-any': ['stage'],
  'step-one-of': ['question-list', 'stage'],
  'step-more': ['stage', 'count'],
  'step-more-including': ['stage', 'count', 'question-list'],
} as const;

/**
 * The report's words that the PDF prints, kept in content/pages/report.md (`text`): the report model
 * (`buildReport`) carries them to the PDF, and /report/ reads the same keys, so the page and the PDF
 * never disagree. The results screen and the calculator get them too, for their "Download PDF".
 */
export const REPORT_DOCUMENT_TEXT = {
  // The report's title, subject and cover.
  'report-title': [],
  'report-title-client': ['client'],
  'subject-stage': ['stage', 'score'],
  'subject-cost': ['range'],
  'subject-none': [],
  'who-default': [],
  'privacy-note': [],
  'source-credit': ['title', 'publisher', 'date'],
  'cost-note-label': [],
  // The typed fields the PDF warns about, named as the visitor knows them.
  'field-client-label': [],
  'field-note': ['question'],
  'field-scenario-name': [],
  // What the report does not cover yet: on the page (with a link) and on paper.
  'diagnostic-missing': [],
  'diagnostic-missing-link': [],
  'diagnostic-missing-print': [],
  'diagnostic-unfinished': ['answered', 'total', 'left'],
  'diagnostic-unfinished-link': [],
  'diagnostic-unfinished-print': ['answered', 'total'],
  'cost-not-in-scope': [],
  'cost-not-in-scope-link': [],
  'cost-not-in-scope-print': [],
  'cost-missing': [],
  'cost-missing-link': [],
  'cost-missing-print': [],
  // Headings and columns the page and the PDF share.
  'answers-heading': [],
  'question-column': [],
  'answer-column': [],
  'plan-section-heading': [],
  'plan-heading': ['stage'],
  'methodology-heading': [],
  'cost-heading': [],
  'cost-scenario-heading': ['scenario'],
  'total-year-one': [],
  midpoint: ['midpoint'],
  'other-scenario-midpoint': ['midpoint'],
  'wrong-cut': [],
  'other-scenarios-heading': [],
  'inputs-heading': [],
  'lines-heading': [],
  'line-column': [],
  'kind-column': [],
  'basis-column': [],
  'low-column': [],
  'high-column': [],
  'protected-line': [],
  'unit-cost-heading': [],
  'assumptions-heading': [],
  'notes-label': [],
  'documents-heading': [],
  'decisions-heading': [],
  'use-cases-heading': [],
  'deployment-heading': [],
  recommendation: ['recommendation'],
  'recommendation-pending': [],
  'nothing-ruled-out': [],
  // Only the PDF prints these.
  'pdf-keywords': [],
  'pdf-page': ['page', 'pages'],
  'pdf-brand': ['site'],
  'pdf-summary-outline': [],
  'pdf-stands': [],
  'pdf-score': ['score'],
  'pdf-you-are-here': [],
  'pdf-stall-point': [],
  'pdf-first-actions': [],
  'pdf-next-stage': [],
  'pdf-privacy': [],
  'pdf-stall-start': [],
  'pdf-other-gaps': [],
  'pdf-breakdown': [],
  'pdf-low-legend': [],
  'pdf-high-legend': [],
  'pdf-stages-heading': [],
  'pdf-source-heading': [],
} as const;

/**
 * What History says of the documents and decisions a saved result recorded (src/domain/
 * snapshot-parts-view.ts): the parts' names and where each stands, kept in content/pages/history.md.
 */
export const SNAPSHOT_PARTS_TEXT = {
  'part-invariants': [],
  'part-definition': [],
  'part-scorecard': [],
  'part-partner': [],
  'part-use-cases': [],
  'part-deployment': [],
  'parts-not-recorded': [],
  'parts-none': [],
  'part-absent': [],
  'part-of': ['have', 'total'],
  'part-signed-off': [],
  'definition-elements': ['complete', 'total', 'signed'],
  'definition-not-signed': [],
  'definition-signed': [],
  'definition-sign-offs': ['signed', 'total'],
  'scorecard-drafted-one': ['count'],
  'scorecard-drafted-many': ['count'],
  'partner-unanswered': [],
  'partner-ask-for': ['verdict', 'count'],
  'use-cases-hybrid': ['count'],
  'use-cases-unclassified': ['count'],
  'use-cases-none': [],
  'deployment-undecided': [],
  'parts-neither': [],
  'parts-only-earlier': [],
  'parts-only-later': [],
  'parts-no-change-none': [],
  'parts-no-change': [],
  'parts-changed': ['parts'],
} as const;

/**
 * What the one-page signable documents print around the fields (src/report/documents/
 * SignableDocumentPDF.tsx), kept in their pages' files (readiness-definition.md, scorecard.md).
 */
export const SIGNABLE_DOCUMENT_TEXT = {
  'pdf-sign-off': [],
  'pdf-signature': [],
  'pdf-name': [],
  'pdf-date': [],
  'pdf-printed': ['document', 'date', 'site'],
} as const;

export const PAGE_WORDING = {
  home: page(
    true,
    ['how-it-works', 'beyond', 'stages', 'privacy'],
    [
      'eyebrow',
      'start',
      'estimate',
      'fact-questions',
      'fact-sign-up',
      'fact-private',
      'step-answer',
      'step-answer-text',
      'step-stage',
      'step-stage-text',
      'step-plan',
      'step-plan-text',
      'step-share',
      'step-share-text',
      'stages-lead',
      'stages-link',
      'privacy-text',
      'privacy-link',
    ],
  ),
  methodology: page(
    true,
    [
      'contents',
      'approach',
      'questions',
      'stage-rules',
      'cost-model',
      'assumptions',
      'our-reading',
      'source',
      'decisions',
      'sources',
    ],
    ['questions-intro', 'stage-rules-intro', 'assumptions-intro', 'our-reading-intro'],
  ),
  privacy: page(true, [], []),
  documents: page(true, [], []),
  decisions: page(true, [], []),
  'not-found': page(true, [], ['eyebrow', 'start', 'estimate', 'home']),
  assessment: page(true, ['keyboard-help'], [], [], {
    // The results screen.
    'results-title': ['stage'],
    'result-eyebrow': [],
    'stall-heading': [],
    'gaps-heading': [],
    'stall-tag': [],
    guidance: [],
    'guidance-on': ['question'],
    'first-step': [],
    'plan-heading': ['stage'],
    'actions-end-heading': [],
    'copy-link': [],
    'link-copied': [],
    'full-report': [],
    'review-answers': [],
    'estimate-cost': [],
    ...DIAGNOSTIC_VIEW_TEXT,
  }),
  cost: page(true, [], [], [], {
    saved: [],
    reset: [],
    'chart-heading': [],
    'inputs-heading': [],
    'scenario-legend': [],
    'scenario-hint': [],
    'copy-into': ['from', 'to'],
    compare: [],
    'compare-hint': [],
    'breakdown-heading': [],
    'cuts-heading': [],
    'cuts-intro': [],
    'compare-heading': [],
    'assumptions-heading': [],
    'assumptions-intro': [],
    'share-heading': [],
    'copy-link': [],
    'link-copied': [],
    'report-link': [],
    'methodology-link': [],
    'reset-title': [],
    'reset-confirm': [],
    'reset-text': [],
    'copy-title': ['to'],
    'copy-confirm': ['from'],
    'copy-text': ['from', 'to'],
    'field-needs-fixing': [],
    'stale-announcement': ['problem'],
    'total-announcement': ['range', 'midpoint'],
    'scenario-total-announcement': ['scenario', 'range', 'midpoint'],
    'warning-announcement': ['message'],
    'compare-announcement': ['copy', 'plan'],
    'reset-announcement': [],
    'copy-announcement': ['from', 'to'],
    'total-heading': [],
    midpoint: [],
    'stale-title': [],
    'stale-fix-one': [],
    'stale-fix-many': [],
    'stale-waiting': [],
    'stale-fix-field': [],
    'wrong-cut': ['line'],
    'build-share': [],
    'per-task': [],
    'per-task-run': [],
    'tasks-over': ['tasks'],
    'bar-stale': [],
    // The scenario form.
    'form-label': [],
    'name-label': [],
    'name-hint': [],
    'build-legend': [],
    'workflows-label': [],
    'agents-label': [],
    'count-hint': ['max'],
    'count-hint-each': ['max', 'range'],
    'include-label': ['line'],
    'include-hint': ['range'],
    'inference-legend': [],
    'reference-option': [],
    'reference-hint': ['range'],
    'volume-option': [],
    'volume-hint': [],
    'tasks-label': [],
    'tasks-hint': ['max'],
    'tier-legend': [],
    'tier-price': ['range'],
    'assumption-tag': [],
    'deployment-legend': [],
    'deployment-neutral': [],
    'deployment-change': ['change', 'lines'],
    'quotes-summary': [],
    'quotes-legend': [],
    'quotes-hint': ['currency'],
    'quotes-hint-converted': ['currency', 'currency-name'],
    'protected-tag': [],
    'quote-low': [],
    'quote-high': [],
    'quote-for': ['line'],
    // Currency, error summary, right cuts.
    'currency-form-label': [],
    'currency-legend': [],
    'currency-option': ['currency-name', 'currency'],
    'rate-label': ['currency'],
    'rate-hint': ['date', 'rate', 'note'],
    'rate-reset': ['date', 'rate'],
    'error-summary-title': [],
    'no-cuts': [],
    // Comparing the two scenarios.
    'card-midpoint': ['midpoint'],
    'plan-chosen': [],
    'plan-chosen-note': [],
    'choose-plan': [],
    'choose-plan-label': ['scenario'],
    'line-column': [],
    'change-low-column': [],
    'change-high-column': [],
    'total-row': [],
    'midpoint-row': [],
  }),
  history: page(true, [], [], [], {
    'saved-heading': [],
    loading: [],
    empty: [],
    'empty-how': ['link'],
    'empty-link': [],
    'delete-all': [],
    'compare-heading': [],
    'compare-heading-client': ['client'],
    'compare-choose-client': [],
    'transfer-heading': [],
    'transfer-intro': [],
    'transfer-failed': [],
    'import-memory-only': ['done'],
    'deleted-one': ['saved-at'],
    'deleted-all': [],
    'client-label': [],
    'all-clients': ['results'],
    'client-option': ['client', 'results'],
    'delete-all-title': [],
    'delete-all-text': ['count'],
    'delete-all-keep': [],
    'delete-all-confirm': [],
    'delete-title': [],
    'delete-text': ['saved-at'],
    'delete-confirm': [],
    'table-caption': ['client', 'count', 'max'],
    'saved-column': [],
    'stage-column': [],
    'score-column': [],
    'cost-column': [],
    'parts-column': [],
    'actions-column': [],
    delete: [],
    'delete-which': ['saved-at'],
    // Comparing two saved results.
    'compare-need-two': [],
    'compare-same': [],
    'compare-first': [],
    'compare-second': [],
    'compare-option': ['name', 'score'],
    'error-prefix': [],
    'compare-button': [],
    'changed-heading': ['before', 'after'],
    'compared-row': [],
    'compared-text': ['earlier', 'later'],
    'compared-labels': ['earlier', 'later', 'before', 'after'],
    'no-label': [],
    'stage-row': [],
    'score-row': [],
    'cost-row': [],
    'parts-row': [],
    'answers-row': [],
    'changes-caption': [],
    'question-column': [],
    'before-column': [],
    'after-column': [],
    // Download and import.
    'download-heading': [],
    'download-intro': [],
    'download-session': [],
    'download-history': [],
    'download-hint': [],
    downloaded: ['file'],
    'import-heading': [],
    'import-failed': [],
    'import-unreadable': [],
    'import-nothing-changed': [],
    'import-mode-legend': [],
    'import-merge': [],
    'import-replace': [],
    'import-label': [],
    'import-hint': [],
    ...SNAPSHOT_PARTS_TEXT,
  }),
  invariants: page(true, ['check', 'list', 'done'], ['check-note', 'check-reading', 'questions']),
  'partner-check': page(true, [], []),
  'readiness-definition': page(false, [], [], [], { ...SIGNABLE_DOCUMENT_TEXT, 'pdf-elements': [] }),
  scorecard: page(false, [], [], [], SIGNABLE_DOCUMENT_TEXT),
  report: page(true, [], [], [], {
    loading: [],
    'missing-heading': [],
    'nothing-heading': [],
    'summary-heading': [],
    'stage-eyebrow': [],
    'stall-heading': [],
    'answers-caption': [],
    'stall-tag': [],
    'first-step': [],
    guidance: [],
    'guidance-on': ['question'],
    'no-gaps': [],
    'cost-reference': [],
    'cost-reference-link': [],
    'cost-lines-caption': [],
    'cost-bar-column': [],
    'rules-caption': [],
    'stage-column': [],
    'rule-column': [],
    'methodology-more': [],
    'methodology-link': [],
    ...REPORT_DOCUMENT_TEXT,
  }),
  'agent-or-automation': page(false, ['hybrid', 'weights'], ['rule']),
  deployment: page(false, [], []),
  stages: page(true, ['stages'], ['note', 'find-stage']),
  stage: page(
    false,
    ['cta'],
    [
      'position',
      'breadcrumb-home',
      'breadcrumb-stages',
      'lands-here',
      'aim-for',
      'top',
      'cta-text',
      'cta-button',
      'previous',
      'next',
    ],
    ['this-stage.position', 'this-stage.summary'],
  ),
} as const satisfies Record<string, PageWording>;

export type PageName = keyof typeof PAGE_WORDING;
export type HeadingKey<N extends PageName> = (typeof PAGE_WORDING)[N]['headings'][number];
export type LabelKey<N extends PageName> = (typeof PAGE_WORDING)[N]['labels'][number];
export type TextKey<N extends PageName> = keyof (typeof PAGE_WORDING)[N]['text'] & string;
/** An island's words: every text key of its page, slots still in place. */
export type IslandText<N extends PageName> = Record<TextKey<N>, string>;

/** The diagnostic's sentences (assessment.md), as `buildDiagnosticView` takes them. */
export type DiagnosticViewText = Record<keyof typeof DIAGNOSTIC_VIEW_TEXT, string>;
/** The report's words the PDF prints (report.md), as `buildReport` takes them. */
export type ReportDocumentText = Record<keyof typeof REPORT_DOCUMENT_TEXT, string>;

/** What History says of a saved result's documents and decisions (history.md), as snapshot-parts-view takes it. */
export type SnapshotPartsText = Record<keyof typeof SNAPSHOT_PARTS_TEXT, string>;

/** A signable document's printed words; the definition's table heading (`pdf-elements`) only where it has one. */
export type SignableDocumentText = Record<keyof typeof SIGNABLE_DOCUMENT_TEXT, string> & { 'pdf-elements'?: string };

export const isPageName = (name: string): name is PageName => Object.hasOwn(PAGE_WORDING, name);
