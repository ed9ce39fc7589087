/**
 * What it takes, from these exact answers, to reach a higher stage: the stage that the fewest
 * further Yes answers reach (the lowest such stage on a tie), how many, and which questions must be
 * among them. Computed from the stage rules rather than read from a stage's `next`, because the
 * answers can skip a rung: at the top of Experimentation one more Yes lands on Distributed delivery,
 * not on Selective production. Pure; the results screen, the report and the PDF use the same step.
 */
import type { Question, SiteContent, Stage } from './content-types';
import { fillSlots } from './fill-slots';
import type { DiagnosticViewText } from '../schemas/page-wording';
import { stageMatches, type YesPattern } from './stage-rules';

export interface NextStep {
  /** The stage reached; null when no higher stage can be reached (the top of the ladder). */
  stage: Stage | null;
  /** The fewest further Yes answers that reach it (0 at the top). */
  moreYes: number;
  /** Questions that must be among those Yes answers (the stage's "yes" conditions not yet met). */
  mustInclude: Question[];
  /** With one more Yes: every open question whose Yes alone reaches `stage`. */
  anyOf: Question[];
  /** Every question not yet answered Yes, in order. */
  open: Question[];
}

type Content = Pick<SiteContent, 'questions' | 'stages'>;

function stageOf(content: Content, pattern: YesPattern): Stage | undefined {
  return content.stages.find((stage) => stageMatches(stage.rule, pattern));
}

/** The fewest added Yes answers that reach `target` from `pattern`, or null if adding Yes never can. */
function additionsFor(target: Stage, pattern: YesPattern, open: readonly Question[]): number | null {
  const { minYes, maxYes, when } = target.rule;
  if (when.some((c) => c.answer === 'not-yes' && pattern.has(c.question))) return null;
  const openIds = new Set(open.map((q) => q.id));
  const required = when.filter((c) => c.answer === 'yes' && !pattern.has(c.question));
  if (required.some((c) => !openIds.has(c.question))) return null;
  const forbidden = new Set(when.filter((c) => c.answer === 'not-yes').map((c) => c.question));
  const available = open.filter((q) => !forbidden.has(q.id)).length;
  const needed = Math.max(required.length, minYes - pattern.size, 1);
  if (pattern.size + needed > maxYes || needed > available) return null;
  return needed;
}

export function nextStep(content: Content, pattern: YesPattern): NextStep {
  const open = [...content.questions].sort((a, b) => a.order - b.order).filter((q) => !pattern.has(q.id));
  const current = stageOf(content, pattern);
  const none: NextStep = { stage: null, moreYes: 0, mustInclude: [], anyOf: [], open };
  if (!current) return none;
  let best: { stage: Stage; moreYes: number } | null = null;
  for (const stage of [...content.stages].sort((a, b) => a.order - b.order)) {
    if (stage.order <= current.order) continue;
    const moreYes = additionsFor(stage, pattern, open);
    if (moreYes !== null && (!best || moreYes < best.moreYes)) best = { stage, moreYes };
  }
  if (!best) return none;
  const target = best.stage;
  const mustInclude = target.rule.when
    .filter((c) => c.answer === 'yes' && !pattern.has(c.question))
    .flatMap((c) => content.questions.filter((q) => q.id === c.question));
  const anyOf =
    best.moreYes === 1 ? open.filter((q) => stageOf(content, new Set([...pattern, q.id]))?.id === target.id) : [];
  return { stage: target, moreYes: best.moreYes, mustInclude, anyOf, open };
}

const quoted = (q: Question) => `\u201c${q.label}\u201d`;

function joinWith(parts: string[], word: 'and' | 'or'): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} ${word} ${parts[parts.length - 1]}`;
}

/** The sentences a step is said in: content/pages/assessment.md (`text`, the `step-` keys). */
export type NextStepText = Pick<
  DiagnosticViewText,
  'step-top' | 'step-one-any' | 'step-one-of' | 'step-more' | 'step-more-including'
>;

/** The step as one sentence (`step-one-of`: "A Yes on “Production owner” reaches Selective production."). */
export function describeNextStep(step: NextStep, text: NextStepText): string {
  const { stage, moreYes, mustInclude, anyOf, open } = step;
  if (!stage) return text['step-top'];
  if (moreYes === 1) {
    if (anyOf.length === open.length) return fillSlots(text['step-one-any'], { stage: stage.name });
    return fillSlots(text['step-one-of'], { 'question-list': joinWith(anyOf.map(quoted), 'or'), stage: stage.name });
  }
  if (mustInclude.length === 0) return fillSlots(text['step-more'], { stage: stage.name, count: moreYes });
  return fillSlots(text['step-more-including'], {
    stage: stage.name,
    count: moreYes,
    'question-list': joinWith(mustInclude.map(quoted), 'and'),
  });
}
