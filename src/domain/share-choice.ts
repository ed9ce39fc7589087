/**
 * What a share link would change on this device, in words, so the user can choose between the
 * link's version and their own (replace / keep mine) knowing exactly what differs.
 *
 * Imported by the client islands: plain TypeScript, keep it light.
 */
import type { AnswerValue, Id } from './content-types';
import { answerOf, type Answers } from './answers';
import type { CostScenario, CostState } from './cost-state';
import { fillSlots } from './fill-slots';
import { jsonEqual } from './persistence';
import type { IslandText } from '../schemas/page-wording';

/**
 * The words of the answers a share link would change, from content/pages/assessment.md (`text`):
 * each answer by the name it has wherever an answer is shown (`answer-yes`, …), and no answer by
 * `link-answer-none`, which reads inside the sentence ("not answered").
 */
export type AnswerDifferencesText = Pick<
  IslandText<'assessment'>,
  'link-answer-differs' | 'answer-yes' | 'answer-no' | 'answer-unsure' | 'link-answer-none'
>;

const ANSWER_WORDS = {
  yes: 'answer-yes',
  no: 'answer-no',
  unsure: 'answer-unsure',
} as const satisfies Record<AnswerValue, keyof AnswerDifferencesText>;
const answerWord = (answer: AnswerValue | undefined, text: AnswerDifferencesText) =>
  text[answer ? ANSWER_WORDS[answer] : 'link-answer-none'];

/** A question as a link's differences name it: its id (to read the answers) and its label. */
export interface QuestionName {
  id: Id;
  label: string;
}

export type ShareOutcome =
  /** Nothing of the user's own to lose: the link is saved at once. */
  | 'adopt'
  /** The link holds what this device holds already. */
  | 'same'
  /** Both differ: the user chooses. */
  | 'ask';

export function shareOutcome<T>(
  mine: T,
  theirs: T,
  mineIsEmpty: boolean,
  equal: (a: T, b: T) => boolean,
): ShareOutcome {
  if (mineIsEmpty) return 'adopt';
  return equal(mine, theirs) ? 'same' : 'ask';
}

/**
 * One line per question whose answer differs, in question order: "Question 3, Evaluation harness
 * in CI: Yes in the link, No on this device".
 */
export function answerDifferences(
  questions: readonly QuestionName[],
  mine: Answers,
  theirs: Answers,
  text: AnswerDifferencesText,
): string[] {
  return questions.flatMap(({ id, label }, index) => {
    const a = answerOf(mine, id);
    const b = answerOf(theirs, id);
    return a === b
      ? []
      : [
          fillSlots(text['link-answer-differs'], {
            position: index + 1,
            question: label,
            theirs: answerWord(b, text),
            mine: answerWord(a, text),
          }),
        ];
  });
}

/** The words of the differences a cost share link would make, from content/pages/cost.md (`text`). */
export type CostDifferencesText = Pick<
  IslandText<'cost'>,
  | 'link-scenario-differs'
  | 'link-currency-differs'
  | 'part-name'
  | 'part-workflows'
  | 'part-agents'
  | 'part-inference'
  | 'part-deployment'
  | 'part-excluded'
  | 'part-overrides'
>;

const INPUT_PARTS = [
  ['workflows', 'part-workflows'],
  ['agents', 'part-agents'],
  ['inference', 'part-inference'],
  ['deployment', 'part-deployment'],
  ['excluded', 'part-excluded'],
  ['overrides', 'part-overrides'],
] as const satisfies readonly [keyof CostScenario['inputs'], keyof CostDifferencesText][];

/** One line per scenario or setting that differs: "Scenario 1 (“As planned” here, …): workflows, quotes differ". */
export function costDifferences(mine: CostState, theirs: CostState, text: CostDifferencesText): string[] {
  const lines: string[] = [];
  mine.scenarios.forEach((scenario, index) => {
    const other = theirs.scenarios[index as 0 | 1];
    const parts: string[] = INPUT_PARTS.filter(([key]) => !jsonEqual(scenario.inputs[key], other.inputs[key])).map(
      ([, words]) => text[words],
    );
    if (scenario.name !== other.name) parts.unshift(text['part-name']);
    if (parts.length > 0)
      lines.push(
        fillSlots(text['link-scenario-differs'], {
          number: index + 1,
          mine: scenario.name,
          theirs: other.name,
          parts: parts.join(', '),
        }),
      );
  });
  // Rates as stored, not rounded for display: the two may differ only in a far decimal.
  if (!jsonEqual(mine.currency, theirs.currency))
    lines.push(
      fillSlots(text['link-currency-differs'], {
        theirs: theirs.currency.code,
        'their-rate': String(theirs.currency.ratePerUsd),
        mine: mine.currency.code,
        'my-rate': String(mine.currency.ratePerUsd),
      }),
    );
  return lines;
}

/** One part a share link carries besides the answers (a document, the decisions). */
export interface SharedPart {
  /** Its name in a sentence: "scorecard". */
  name: string;
  /** What this device holds of it, as read; null for nothing, or nothing readable. */
  mine: unknown;
  /** Whether this device stores anything for it, readable or not (unreadable text is its own too). */
  mineStored: boolean;
  /** What the link carries. */
  theirs: unknown;
  /** Whether the link says there is none (replacing clears this device's). */
  theirsEmpty: boolean;
}

export interface SessionShareChoice {
  outcome: ShareOutcome;
  /**
   * "Question 3, Evaluation harness in CI: Yes in the link, No on this device", when this device
   * has answers of its own.
   */
  answerLines: string[];
  /** Parts this device holds that the link would change: different there, or absent there. */
  parts: { name: string; kind: 'differs' | 'only-device' }[];
}

/**
 * The share choice across every part a link carries (answers, documents, decisions): saved at
 * once where this device holds nothing the link would change; the same where nothing would
 * change; otherwise the user chooses, told part by part what differs.
 */
export function sessionShareChoice(
  questions: readonly QuestionName[],
  answers: { mine: Answers; theirs: Answers } | null,
  parts: readonly SharedPart[],
  text: AnswerDifferencesText,
): SessionShareChoice {
  let changes = false;
  let answerLines: string[] = [];
  if (answers) {
    if (!jsonEqual(answers.mine, answers.theirs)) changes = true;
    if (Object.keys(answers.mine).length > 0)
      answerLines = answerDifferences(questions, answers.mine, answers.theirs, text);
  }
  const differing: SessionShareChoice['parts'] = [];
  for (const part of parts) {
    const same = part.mineStored ? part.mine !== null && jsonEqual(part.mine, part.theirs) : part.theirsEmpty;
    if (same) continue;
    changes = true;
    if (part.mineStored) differing.push({ name: part.name, kind: part.theirsEmpty ? 'only-device' : 'differs' });
  }
  const outcome: ShareOutcome = !changes
    ? 'same'
    : answerLines.length === 0 && differing.length === 0
      ? 'adopt'
      : 'ask';
  return { outcome, answerLines, parts: differing };
}
