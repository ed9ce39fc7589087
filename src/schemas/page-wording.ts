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
  }),
  history: page(true, [], []),
  invariants: page(true, ['check', 'list', 'done'], ['check-note', 'check-reading', 'questions']),
  'partner-check': page(true, [], []),
  'readiness-definition': page(false, [], []),
  scorecard: page(false, [], []),
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
    'plan-heading': ['stage'],
    'cost-reference': [],
    'cost-reference-link': [],
    'cost-lines-caption': [],
    'cost-bar-column': [],
    'rules-caption': [],
    'stage-column': [],
    'rule-column': [],
    'methodology-more': [],
    'methodology-link': [],
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

export const isPageName = (name: string): name is PageName => Object.hasOwn(PAGE_WORDING, name);
