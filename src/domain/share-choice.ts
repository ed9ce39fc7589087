/**
 * What a share link would change on this device, in words, so the user can choose between the
 * link's version and their own (replace / keep mine) knowing exactly what differs.
 *
 * Imported by the client islands: plain TypeScript, keep it light.
 */
import type { AnswerValue, Id } from './content-types';
import { answerOf, type Answers } from './answers';
import type { CostScenario, CostState } from './cost-state';
import { jsonEqual } from './persistence';

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

const INPUT_PARTS: readonly [keyof CostScenario['inputs'], string][] = [
  ['workflows', 'workflows'],
  ['agents', 'agents'],
  ['inference', 'inference volume'],
  ['deployment', 'deployment'],
  ['excluded', 'lines left out'],
  ['overrides', 'quotes'],
];

/** One line per scenario or setting that differs: "“As planned”: workflows, quotes differ". */
export function costDifferences(mine: CostState, theirs: CostState): string[] {
  const lines: string[] = [];
  mine.scenarios.forEach((scenario, index) => {
    const other = theirs.scenarios[index as 0 | 1];
    const parts = INPUT_PARTS.filter(([key]) => !jsonEqual(scenario.inputs[key], other.inputs[key])).map(
      ([, words]) => words,
    );
    if (scenario.name !== other.name) parts.unshift('name');
    if (parts.length > 0)
      lines.push(
        `Scenario ${index + 1} (“${scenario.name}” here, “${other.name}” in the link): ${parts.join(', ')} differ`,
      );
  });
  if (!jsonEqual(mine.currency, theirs.currency))
    lines.push(
      `Currency: ${theirs.currency.code} at ${theirs.currency.ratePerUsd} in the link, ${mine.currency.code} at ${mine.currency.ratePerUsd} on this device`,
    );
  return lines;
}
