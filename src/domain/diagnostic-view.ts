/**
 * The diagnostic as every view shows it: the results screen, /report/, History's saved result and
 * the PDF. Score, stage, ladder, the stall point in one sentence, every gap with its first step,
 * the plan, the three first actions with owners, what reaching the next stage takes and the
 * documents that close the gaps: computed once here, so no component composes a sentence another
 * view also shows.
 *
 * Markdown stays Markdown (the HTML views look up HTML rendered at build time by id; the PDF draws
 * the Markdown itself), so the islands never ship a Markdown parser.
 *
 * Its sentences are content's (`text` of content/pages/assessment.md, DIAGNOSTIC_VIEW_TEXT in
 * src/schemas/page-wording.ts): every caller passes the same words, so no view composes them.
 *
 * Imported by the client islands: pure, no dependencies beyond the domain.
 */
import type { AnswerValue, Id, SiteContent } from './content-types';
import { answerOf, type Answers } from './answers';
import { describeRule } from './describe-rule';
import { describeNextStep } from './next-step';
import { diagnose, type Gap } from './diagnosis';
import { documentLinkViews, type DocumentLinkView } from './document-links';
import { fillSlots } from './fill-slots';
import { answerLabel, gapLabel } from './answer-labels';
import type { DiagnosticViewText } from '../schemas/page-wording';

export interface QuestionRef {
  questionId: Id;
  order: number;
  label: string;
  text: string;
}

export interface AnswerRow extends QuestionRef {
  answer: AnswerValue | 'unanswered';
  answerText: string;
}

export interface GapView extends QuestionRef {
  answer: Gap['answer'];
  answerText: string;
  isStallPoint: boolean;
  /** Markdown; the HTML views use the build-time HTML for `questionId` instead. */
  guidance: string;
  /** Markdown. */
  firstStep: string;
}

export interface StageRef {
  id: Id;
  order: number;
  name: string;
  summary: string;
}

export interface LadderRungView {
  id: Id;
  name: string;
  position: 'below' | 'current' | 'above';
}

export interface NextStageView extends StageRef {
  /** "8–9 Yes": the `{rule}` slot of `next-takes`, for wording that states the rule itself. */
  ruleInWords: string;
  /** From these answers: "A Yes on “Production owner” reaches Selective production." */
  stepText: string;
  /**
   * "From these answers: Operating-model integration takes 2 more Yes answers." The rule itself is
   * not repeated: the stage's own "Reaching" prose, shown right after, opens with it.
   */
  takesText: string;
}

export interface DiagnosticView {
  score: number;
  total: number;
  /** "6 of 10". */
  scoreText: string;
  /** The score in a sentence (`score-sentence`): "6 of 10 …". */
  scoreSentence: string;
  stage: StageRef;
  /** Least mature first. */
  ladder: LadderRungView[];
  /** The first non-Yes in question order; null when every answer is Yes. */
  stallPoint: (QuestionRef & { answer: Gap['answer']; answerText: string }) | null;
  /** The stall point in one sentence (or that there is none). */
  stallSentence: string;
  /** Every non-Yes, stall point first; each first step appears here once. */
  gaps: GapView[];
  /** The stage's plan, Markdown (the HTML views use the build-time HTML for `stage.id`). */
  plan: string;
  nextStage: NextStageView | null;
  /** "Reaching Operating-model integration", or "Staying at the top" on the last stage. */
  nextHeading: string;
  /** Every question in order with its answer. */
  answers: AnswerRow[];
  /** The documents that close the user's gaps, each with the gaps it closes (see document-links.ts). */
  documents: DocumentLinkView[];
  /** Their heading, from content/pages/assessment.md (`document-links-heading`). */
  documentsHeading: string;
}

function questionRef(q: { id: Id; order: number; label: string; text: string }): QuestionRef {
  return { questionId: q.id, order: q.order, label: q.label, text: q.text };
}

function stageRef(s: { id: Id; order: number; name: string; summary: string }): StageRef {
  return { id: s.id, order: s.order, name: s.name, summary: s.summary };
}

/** The diagnostic view for any answers, complete or not (views show it once all are answered). */
export function buildDiagnosticView(
  content: Pick<SiteContent, 'questions' | 'stages'>,
  answers: Answers,
  text: DiagnosticViewText,
): DiagnosticView {
  const diagnosis = diagnose(content, answers);
  const gaps: GapView[] = diagnosis.gaps.map((gap) => ({
    ...questionRef(gap.question),
    answer: gap.answer,
    answerText: gapLabel(text, gap.answer),
    isStallPoint: gap.isStallPoint,
    guidance: gap.question.guidance,
    firstStep: gap.question.firstStep,
  }));
  const stall = diagnosis.gaps[0];
  const { nextStage, stage } = diagnosis;
  const ruleInWords = nextStage ? describeRule(nextStage.rule, content.questions, text) : '';
  const stepText = describeNextStep(diagnosis.nextStep, text);
  const score = { score: diagnosis.score, total: diagnosis.total };
  return {
    score: diagnosis.score,
    total: diagnosis.total,
    scoreText: fillSlots(text.score, score),
    scoreSentence: fillSlots(text['score-sentence'], score),
    stage: stageRef(stage),
    ladder: diagnosis.ladder.map(({ stage: s, position }) => ({ id: s.id, name: s.name, position })),
    stallPoint: stall
      ? { ...questionRef(stall.question), answer: stall.answer, answerText: answerLabel(text, stall.answer) }
      : null,
    stallSentence: stall
      ? fillSlots(text['stall-sentence'], {
          position: stall.question.order,
          question: stall.question.label,
          answer: answerLabel(text, stall.answer),
          text: stall.question.text,
        })
      : text['no-stall-point'],
    gaps,
    plan: stage.plan,
    nextStage: nextStage
      ? {
          ...stageRef(nextStage),
          ruleInWords,
          stepText,
          takesText: fillSlots(text['next-takes'], { rule: ruleInWords, step: stepText }),
        }
      : null,
    nextHeading: nextStage ? fillSlots(text['next-heading'], { stage: nextStage.name }) : text['at-the-top'],
    answers: [...content.questions]
      .sort((a, b) => a.order - b.order)
      .map((q) => {
        const answer = answerOf(answers, q.id) ?? 'unanswered';
        return { ...questionRef(q), answer, answerText: answerLabel(text, answer) };
      }),
    documents: documentLinkViews(content.questions, answers, text),
    documentsHeading: text['document-links-heading'],
  };
}
