/** Properties of the diagnosis over any answers, on reference-shaped content. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countYes, diagnose } from '../../src/domain/diagnosis';
import type { Answers } from '../../src/domain/answers';
import { QUESTION_IDS, referenceContent } from '../helpers/reference-content';
import { arbitraryAnswers } from '../helpers/answers';

const content = referenceContent();
const ids = [...QUESTION_IDS];

describe('diagnosis properties', () => {
  it('score is within 0..total and answered within score..total', () => {
    fc.assert(
      fc.property(arbitraryAnswers(ids), (answers) => {
        const d = diagnose(content, answers);
        expect(d.score).toBeGreaterThanOrEqual(0);
        expect(d.score).toBeLessThanOrEqual(d.total);
        expect(d.answered).toBeGreaterThanOrEqual(d.score);
        expect(d.answered).toBeLessThanOrEqual(d.total);
        expect(d.score + d.gaps.length).toBe(d.total);
      }),
    );
  });

  it('exactly one ladder rung is current, and it is the stage', () => {
    fc.assert(
      fc.property(arbitraryAnswers(ids), (answers) => {
        const d = diagnose(content, answers);
        const current = d.ladder.filter((r) => r.position === 'current');
        expect(current.map((r) => r.stage)).toEqual([d.stage]);
      }),
    );
  });

  it('turning a No, Not sure or blank into Yes never lowers the stage', () => {
    fc.assert(
      fc.property(arbitraryAnswers(ids), fc.constantFrom(...ids), (answers, id) => {
        fc.pre(answers[id] !== 'yes');
        const raised: Answers = { ...answers, [id]: 'yes' };
        expect(countYes(content.questions, raised)).toBe(countYes(content.questions, answers) + 1);
        expect(diagnose(content, raised).stage.order).toBeGreaterThanOrEqual(diagnose(content, answers).stage.order);
      }),
    );
  });

  it('the stall point is the first gap, and only it is marked', () => {
    fc.assert(
      fc.property(arbitraryAnswers(ids), (answers) => {
        const d = diagnose(content, answers);
        expect(d.gaps[0]?.question ?? null).toBe(d.stallPoint);
        expect(d.gaps.filter((g) => g.isStallPoint).length).toBe(d.stallPoint ? 1 : 0);
      }),
    );
  });
});
