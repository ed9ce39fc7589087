import { describe, expect, it } from 'vitest';
import { checkContentIntegrity } from '../../src/domain/content-integrity';
import { findQuestionIdsInProse } from '../../src/domain/prose-ids';
import { loadSiteContent } from '../helpers/load-content';
import { referenceContent } from '../helpers/reference-content';

/** The reference content's own prose names ids on purpose ("Question unit-cost?"): blank it, then add `plan`. */
const withPlan = (plan: string) => {
  const content = referenceContent();
  return {
    ...content,
    questions: content.questions.map((q) => ({ ...q, text: 'Q?', why: '', guidance: '', firstStep: '' })),
    stages: content.stages.map((s, i) => ({ ...s, summary: '', plan: i === 0 ? plan : '' })),
    costLines: content.costLines.map((l) => ({ ...l, guidance: '' })),
  };
};

describe('question ids in prose', () => {
  it.each([
    ['The questions that remain are on-call-rotation and unit-cost.', ['on-call-rotation', 'unit-cost']],
    ['Turn outcome-metric to Yes.', ['outcome-metric']],
    ['See [the question](/methodology/#unit-cost) or {question:unit-cost}.', []],
    ['A unit-costing exercise and pre-outcome-metric work.', []],
    ['Write the “Unit cost per transaction” figure.', []],
  ])('%j → %j', (plan, ids) => {
    expect(findQuestionIdsInProse(withPlan(plan)).map((hit) => hit.id)).toEqual(ids);
  });

  it('allows an id that is its own label in lower case (the practice’s name)', () => {
    const content = withPlan('Codify controls as policy-as-code.');
    const relabelled = {
      ...content,
      questions: content.questions.map((q) => (q.id === 'policy-as-code' ? { ...q, label: 'Policy-as-code' } : q)),
    };
    expect(findQuestionIdsInProse(relabelled)).toEqual([]);
  });

  it('fails the content check with the file, the id and the label to write instead', () => {
    const problems = checkContentIntegrity(withPlan('Then on-call-rotation.'));
    const about = problems.filter((p) => p.message.includes('by its id'));
    expect(about).toEqual([
      expect.objectContaining({
        field: 'body',
        message: expect.stringMatching(/"on-call-rotation" by its id .*write its label, “Label on-call-rotation”/),
      }),
    ]);
    expect(about[0]!.file).toMatch(/\.md$/);
  });

  it('finds none in the real content', () => {
    expect(findQuestionIdsInProse(loadSiteContent())).toEqual([]);
  });
});
