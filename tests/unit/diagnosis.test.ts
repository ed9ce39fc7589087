import { describe, expect, it } from 'vitest';
import { countYes, diagnose, findStallPoint, listGaps, resolveStage } from '../../src/domain/diagnosis';
import type { Answers } from '../../src/domain/answers';
import { QUESTION_IDS, referenceContent } from '../helpers/reference-content';
import { answersWithYes } from '../helpers/answers';

const content = referenceContent();
const { questions, stages } = content;
const ids = [...QUESTION_IDS];
const [q1, q2, q3, , , , , , , q10] = ids;

/** Yes to `n` questions, choosing whether production-owner (the question the lower stages split on) is one of them. */
function firstYes(n: number, { withOwner }: { withOwner: boolean }): string[] {
  const pool = withOwner
    ? ['production-owner', ...ids.filter((id) => id !== 'production-owner')]
    : ids.filter((id) => id !== 'production-owner');
  return pool.slice(0, n);
}

describe('resolveStage at each boundary', () => {
  it.each([
    [0, false, 'experimentation'],
    [4, false, 'experimentation'],
    [1, true, 'selective-production'],
    [4, true, 'selective-production'],
    [5, false, 'distributed-delivery'],
    [5, true, 'distributed-delivery'],
    [7, true, 'distributed-delivery'],
    [8, false, 'operating-model-integration'],
    [9, true, 'operating-model-integration'],
    [10, true, 'further-along'],
  ])('%i Yes (production owner Yes: %s) → %s', (n, withOwner, expected) => {
    const answers = answersWithYes(ids, firstYes(n, { withOwner }));
    expect(countYes(questions, answers)).toBe(n);
    expect(resolveStage(stages, questions, answers).id).toBe(expected);
  });

  it('throws naming the pattern when no stage matches', () => {
    const gappy = stages.filter((s) => s.id !== 'distributed-delivery');
    expect(() =>
      resolveStage(gappy, questions, answersWithYes(ids, ids.slice(0, 6))),
    ).toThrowErrorMatchingInlineSnapshot(
      `[Error: No stage matches 6 Yes answer(s) (outcome-metric, production-owner, evaluation-harness, security-review, business-sponsorship, stop-condition): the stage rules in content/stages/ leave this pattern uncovered.]`,
    );
  });

  it('throws when stages overlap, rather than picking one silently', () => {
    const overlapping = [...stages, { ...stages[4]!, id: 'also-top', order: 6 }];
    expect(() => resolveStage(overlapping, questions, answersWithYes(ids, ids))).toThrow(
      /2 stages \(further-along, also-top\)/,
    );
  });
});

describe('countYes', () => {
  it.each<[string, Answers, number]>([
    ['nothing answered', {}, 0],
    ['only Yes counts', { [q1!]: 'yes', [q2!]: 'no', [q3!]: 'unsure' }, 1],
    ['ids that are not questions are ignored', { [q1!]: 'yes', 'not-a-question': 'yes' }, 1],
    [
      'prototype names are not answers',
      JSON.parse('{"constructor":"yes","__proto__":"yes","toString":"yes"}') as Answers,
      0,
    ],
    ['all Yes', answersWithYes(ids, ids), 10],
  ])('%s', (_, answers, expected) => {
    expect(countYes(questions, answers)).toBe(expected);
  });
});

describe('findStallPoint', () => {
  it.each<[string, Answers, string | null]>([
    ['nothing answered: the first question', {}, q1!],
    ['first non-Yes in order', answersWithYes(ids, [q1!, q2!]), q3!],
    ['Not sure stalls like No', { ...answersWithYes(ids, ids), [q3!]: 'unsure' }, q3!],
    [
      'unanswered stalls like No',
      answersWithYes(
        ids,
        ids.filter((id) => id !== q10),
        'unanswered',
      ),
      q10!,
    ],
    ['all Yes: none', answersWithYes(ids, ids), null],
  ])('%s', (_, answers, expected) => {
    expect(findStallPoint(questions, answers)?.id ?? null).toBe(expected);
  });

  it('follows `order`, not array position', () => {
    const shuffled = [...questions].reverse();
    expect(findStallPoint(shuffled, {})?.id).toBe(q1);
  });
});

describe('listGaps', () => {
  it('lists every non-Yes, stall point first, then in question order, with its kind of answer', () => {
    const answers: Answers = { ...answersWithYes(ids, [q1!, q2!], 'unanswered'), [q3!]: 'unsure', [q10!]: 'no' };
    const gaps = listGaps([...questions].reverse(), answers);
    expect(gaps.map((g) => [g.question.id, g.answer, g.isStallPoint])).toEqual([
      ['evaluation-harness', 'unsure', true],
      ['security-review', 'unanswered', false],
      ['business-sponsorship', 'unanswered', false],
      ['stop-condition', 'unanswered', false],
      ['unit-cost', 'unanswered', false],
      ['on-call-rotation', 'unanswered', false],
      ['policy-as-code', 'unanswered', false],
      ['outcome-track-record', 'no', false],
    ]);
  });

  it('is empty when every answer is Yes', () => {
    expect(listGaps(questions, answersWithYes(ids, ids))).toEqual([]);
  });
});

describe('diagnose', () => {
  it('puts it all together for a partly answered set', () => {
    const answers: Answers = { [q1!]: 'yes', [q2!]: 'yes', [q3!]: 'unsure', [q10!]: 'no', stray: 'yes' };
    const d = diagnose(content, answers);
    expect({
      score: d.score,
      total: d.total,
      answered: d.answered,
      complete: d.complete,
      stage: d.stage.id,
      nextStage: d.nextStage?.id,
      ladder: d.ladder.map((r) => `${r.stage.id}:${r.position}`),
      stallPoint: d.stallPoint?.id,
      firstGap: d.gaps[0],
      gaps: d.gaps.length,
    }).toEqual({
      score: 2,
      total: 10,
      answered: 4,
      complete: false,
      stage: 'selective-production',
      nextStage: 'distributed-delivery',
      ladder: [
        'experimentation:below',
        'selective-production:current',
        'distributed-delivery:above',
        'operating-model-integration:above',
        'further-along:above',
      ],
      stallPoint: 'evaluation-harness',
      firstGap: { question: questions[2], answer: 'unsure', isStallPoint: true },
      gaps: 8,
    });
  });

  it('at the top: no next stage, no stall point, no gaps, complete', () => {
    const d = diagnose(content, answersWithYes(ids, ids));
    expect([d.stage.id, d.nextStage, d.stallPoint, d.gaps, d.complete, d.ladder.at(-1)?.position]).toEqual([
      'further-along',
      null,
      null,
      [],
      true,
      'current',
    ]);
  });

  it('counts a complete set of No and Not sure as complete with score 0', () => {
    const d = diagnose(content, { ...answersWithYes(ids, []), [q2!]: 'unsure' });
    expect([d.score, d.answered, d.complete, d.stage.id]).toEqual([0, 10, true, 'experimentation']);
  });
});
