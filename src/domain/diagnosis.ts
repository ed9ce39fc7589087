/**
 * From answers to a diagnosis: score, stage, ladder, stall point and gaps. Pure, so the results
 * screen, the report page and the PDF all show the same thing for the same answers.
 */
import type { Question, SiteContent, Stage } from './content-types';
import { answerOf, type Answers } from './answers';
import { stageMatches, type YesPattern } from './stage-rules';
import { nextStep, type NextStep } from './next-step';

export interface Gap {
  question: Question;
  /** "unsure" is kept apart from "no": its first step is to find out. */
  answer: 'no' | 'unsure' | 'unanswered';
  isStallPoint: boolean;
}

export interface LadderRung {
  stage: Stage;
  position: 'below' | 'current' | 'above';
}

export interface Diagnosis {
  /** Number of Yes answers. */
  score: number;
  /** Number of questions. */
  total: number;
  /** Number of questions with any answer. */
  answered: number;
  complete: boolean;
  stage: Stage;
  /**
   * The stage these answers can reach next, by the fewest further Yes answers: not always the
   * stage's `next` (at the top of Experimentation one more Yes skips to Distributed delivery).
   */
  nextStage: Stage | null;
  /** What reaching `nextStage` takes; `describeNextStep` says it in a sentence. */
  nextStep: NextStep;
  /** Every stage, least mature first. */
  ladder: LadderRung[];
  /** The first non-Yes in question order; null when every answer is Yes. */
  stallPoint: Question | null;
  /** Every non-Yes question, stall point first. */
  gaps: Gap[];
}

const byOrder = <T extends { order: number }>(a: T, b: T) => a.order - b.order;

/** Callers may pass questions in any order; position in the diagnostic is `order`, not the index. */
function inOrder<T extends { order: number }>(items: readonly T[]): T[] {
  return [...items].sort(byOrder);
}

function yesPattern(questions: readonly Question[], answers: Answers): YesPattern {
  return new Set(questions.filter((q) => answerOf(answers, q.id) === 'yes').map((q) => q.id));
}

/** Only Yes counts; answers to ids that are not among `questions` are ignored. */
export function countYes(questions: readonly Question[], answers: Answers): number {
  return yesPattern(questions, answers).size;
}

/**
 * The one stage whose rule matches the answers. The content checks prove at build time that every
 * pattern matches exactly one stage, so a throw here means content skipped those checks.
 */
export function resolveStage(stages: readonly Stage[], questions: readonly Question[], answers: Answers): Stage {
  const pattern = yesPattern(questions, answers);
  const matching = stages.filter((stage) => stageMatches(stage.rule, pattern));
  const [only, ...others] = matching;
  if (!only) {
    throw new Error(
      `No stage matches ${pattern.size} Yes answer(s) (${[...pattern].join(', ') || 'none'}): the stage rules in content/stages/ leave this pattern uncovered.`,
    );
  }
  if (others.length > 0) {
    throw new Error(
      `${matching.length} stages (${matching.map((s) => s.id).join(', ')}) match ${pattern.size} Yes answer(s): the stage rules in content/stages/ overlap.`,
    );
  }
  return only;
}

/** The first question, in order, not answered Yes; unanswered counts as not Yes. */
export function findStallPoint(questions: readonly Question[], answers: Answers): Question | null {
  return inOrder(questions).find((q) => answerOf(answers, q.id) !== 'yes') ?? null;
}

/** Every question not answered Yes: the stall point first, the rest in question order. */
export function listGaps(questions: readonly Question[], answers: Answers): Gap[] {
  const gaps = inOrder(questions).flatMap((question): Gap[] => {
    const answer = answerOf(answers, question.id);
    if (answer === 'yes') return [];
    return [{ question, answer: answer ?? 'unanswered', isStallPoint: false }];
  });
  // In question order the stall point is already first; mark it rather than re-sort.
  const [first] = gaps;
  if (first) first.isStallPoint = true;
  return gaps;
}

function ladderOf(stages: readonly Stage[], current: Stage): LadderRung[] {
  return inOrder(stages).map((stage) => ({
    stage,
    position: stage.id === current.id ? 'current' : stage.order < current.order ? 'below' : 'above',
  }));
}

export function diagnose(content: Pick<SiteContent, 'questions' | 'stages'>, answers: Answers): Diagnosis {
  const { questions, stages } = content;
  const stage = resolveStage(stages, questions, answers);
  const answered = questions.filter((q) => answerOf(answers, q.id) !== undefined).length;
  const gaps = listGaps(questions, answers);
  const step = nextStep(content, yesPattern(questions, answers));
  return {
    score: countYes(questions, answers),
    total: questions.length,
    answered,
    complete: answered === questions.length,
    stage,
    nextStage: step.stage,
    nextStep: step,
    ladder: ladderOf(stages, stage),
    stallPoint: gaps[0]?.question ?? null,
    gaps,
  };
}
