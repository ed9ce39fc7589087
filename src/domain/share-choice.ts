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

const ANSWER_WORDS: Record<AnswerValue, string> = { yes: 'Yes', no: 'No', unsure: 'Not sure' };
const answerWord = (answer: AnswerValue | undefined) => (answer ? ANSWER_WORDS[answer] : 'not answered');

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

/** One line per question whose answer differs: "Question 3: Yes in the link, No on this device". */
export function answerDifferences(questionIds: readonly Id[], mine: Answers, theirs: Answers): string[] {
  return questionIds.flatMap((id, index) => {
    const a = answerOf(mine, id);
    const b = answerOf(theirs, id);
    return a === b ? [] : [`Question ${index + 1}: ${answerWord(b)} in the link, ${answerWord(a)} on this device`];
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
