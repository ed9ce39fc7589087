import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_STORED_ASSESSMENT_LENGTH,
  decodeHistoryStep,
  decodeStoredAssessment,
  encodeHistoryStep,
  encodeStoredAssessment,
  initialAssessmentState,
  type AssessmentScreen,
  type AssessmentState,
} from '../../src/domain/assessment-state';
import type { AnswerValue } from '../../src/domain/content-types';

const IDS = ['outcome-metric', 'production-owner', 'evaluation-harness'];

const stateArb: fc.Arbitrary<AssessmentState> = fc
  .record({
    answers: fc.dictionary(fc.constantFrom(...IDS), fc.constantFrom<AnswerValue>('yes', 'no', 'unsure')),
    position: fc.oneof(
      fc.constantFrom(...IDS).map((questionId): AssessmentScreen => ({ screen: 'question', questionId })),
      fc.constantFrom<AssessmentScreen>({ screen: 'check' }, { screen: 'results' }),
    ),
    view: fc.constantFrom('step' as const, 'all' as const),
  })
  // A results screen is only ever stored with every answer (see the test below for the rest).
  .filter((state) => state.position.screen !== 'results' || IDS.every((id) => state.answers[id] !== undefined));

describe('stored assessment state', () => {
  it('round-trips every state', () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        expect(decodeStoredAssessment(encodeStoredAssessment(state, IDS), IDS)).toEqual({ state, problems: [] });
      }),
    );
  });

  it('opens the answers to check, not results, when a stored results screen has answers missing', () => {
    const text = JSON.stringify({ v: 1, answers: { 'outcome-metric': 'y' }, at: '@results' });
    expect(decodeStoredAssessment(text, IDS).state?.position).toEqual({ screen: 'check' });
    const complete = JSON.stringify({
      v: 1,
      answers: { 'outcome-metric': 'y', 'production-owner': 'n', 'evaluation-harness': 'u' },
      at: '@results',
    });
    expect(decodeStoredAssessment(complete, IDS).state?.position).toEqual({ screen: 'results' });
  });

  it('treats nothing stored as a fresh start without a notice', () => {
    expect(decodeStoredAssessment(null, IDS)).toEqual({ state: null, problems: [] });
  });

  it.each([
    ['not JSON', '{oops', 'unreadable'],
    ['wrong version', JSON.stringify({ v: 99, answers: {} }), 'unreadable'],
    ['a string', JSON.stringify('hello'), 'unreadable'],
    ['huge', 'x'.repeat(MAX_STORED_ASSESSMENT_LENGTH + 1), 'too-long'],
  ])('drops %s with a notice', (_, text, kind) => {
    expect(decodeStoredAssessment(text, IDS)).toEqual({ state: null, problems: [{ kind }] });
  });

  it('keeps valid answers when other parts are corrupt', () => {
    const text = JSON.stringify({
      v: 1,
      answers: { 'outcome-metric': 'y', 'production-owner': 42, gone: 'n' },
      at: { evil: true },
      view: 'sideways',
    });
    expect(decodeStoredAssessment(text, IDS)).toEqual({
      state: { ...initialAssessmentState(IDS), answers: { 'outcome-metric': 'yes' } },
      problems: [{ kind: 'dropped-answers', count: 2 }],
    });
  });

  it('falls back to the first question when the saved position names a removed question', () => {
    const text = JSON.stringify({ v: 1, answers: {}, at: 'removed-question', view: 'all' });
    expect(decodeStoredAssessment(text, IDS).state?.position).toEqual({
      screen: 'question',
      questionId: 'outcome-metric',
    });
  });

  it('never throws on 10,000 random or hostile stored values', () => {
    const hostile = fc.oneof(
      fc.string(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc
        .record({ v: fc.constantFrom(1, 2, '1'), answers: fc.jsonValue(), at: fc.jsonValue(), view: fc.jsonValue() })
        .map((v) => JSON.stringify(v)),
      fc.constant('{"v":1,"answers":{"__proto__":{"x":"y"},"constructor":"y"}}'),
    );
    fc.assert(
      fc.property(hostile, (text) => {
        const { state, problems } = decodeStoredAssessment(text, IDS);
        if (state) {
          for (const [id, value] of Object.entries(state.answers)) {
            expect(IDS).toContain(id);
            expect(['yes', 'no', 'unsure']).toContain(value);
          }
          expect(['step', 'all']).toContain(state.view);
        } else {
          expect(problems.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 10_000 },
    );
  });
});

describe('history steps', () => {
  it('round-trip every screen in both views, and hold no answer', () => {
    fc.assert(
      fc.property(stateArb, ({ position, view }) => {
        const encoded = encodeHistoryStep({ position, view });
        expect(decodeHistoryStep(encoded, IDS)).toEqual({ position, view });
        expect(encoded).not.toMatch(/yes|no|unsure/);
      }),
    );
  });

  it('read nothing from entries that are not steps', () => {
    for (const raw of [null, undefined, 3, {}, '', 'step', 'step:', 'step:gone-question', 'list:@check', ':@check'])
      expect(decodeHistoryStep(raw, IDS)).toBeNull();
    expect(decodeHistoryStep('all:@results', IDS)).toEqual({ view: 'all', position: { screen: 'results' } });
  });
});
