import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Answers } from '../../src/domain/answers';
import {
  INVARIANT_STATUSES,
  buildInvariantCheck,
  decodeStoredInvariantCheck,
  encodeStoredInvariantCheck,
  invariantCountSentence,
  startingPoint,
  type InvariantCheckState,
} from '../../src/domain/invariant-check';
import { documentsReportContent, invariants } from './documents-fixtures';

const answer = fc.constantFrom('yes', 'no', 'unsure', undefined);
const arbitraryAnswers = fc
  .record({ q1: answer, q2: answer, q3: answer })
  .map((a) => Object.fromEntries(Object.entries(a).filter(([, v]) => v !== undefined)) as Answers);
const arbitraryState: fc.Arbitrary<InvariantCheckState> = fc.record({
  statuses: fc.dictionary(fc.constantFrom(...invariants.map((i) => i.id)), fc.constantFrom(...INVARIANT_STATUSES)),
  notes: fc.string({ maxLength: 50 }),
});

describe('starting point from the diagnostic', () => {
  it.each([
    [{}, null],
    [{ q1: 'yes', q2: 'yes' }, 'have'],
    [{ q1: 'yes', q2: 'no' }, 'partly'],
    [{ q1: 'yes' }, 'partly'],
    [{ q1: 'no', q2: 'unsure' }, 'not-yet'],
    [{ q2: 'unsure' }, 'not-yet'],
  ] as const)('%j → %s', (answers, expected) => {
    expect(startingPoint(answers as Answers, ['q1', 'q2'])).toBe(expected);
  });
});

describe('the self-check', () => {
  it('counts the user’s choices over the starting points', () => {
    const view = buildInvariantCheck(invariants, { statuses: { other: 'have' }, notes: '' }, { q1: 'yes', q3: 'no' });
    expect(view.rows.map((r) => [r.id, r.status, r.source])).toEqual([
      ['one-question', 'have', 'diagnostic'],
      ['two-questions', 'partly', 'diagnostic'],
      ['other', 'have', 'you'],
    ]);
    expect([view.have, view.partly, view.notYet, view.notAssessed]).toEqual([2, 1, 0, 0]);
    expect(invariantCountSentence(view, documentsReportContent.text.invariants)).toBe(
      'You have 2 of the 3 invariants.',
    );
  });

  it('every invariant is counted exactly once, whatever the answers and choices', () => {
    fc.assert(
      fc.property(arbitraryState, arbitraryAnswers, (state, answers) => {
        const view = buildInvariantCheck(invariants, state, answers);
        expect(view.have + view.partly + view.notYet + view.notAssessed).toBe(invariants.length);
        for (const row of view.rows) {
          const chosen = state.statuses[row.id];
          expect(row.status).toBe(chosen ?? row.startingPoint);
        }
      }),
    );
  });
});

describe('stored self-check', () => {
  const ids = invariants.map((i) => i.id);

  it('round-trips any state', () => {
    fc.assert(
      fc.property(arbitraryState, (state) => {
        expect(decodeStoredInvariantCheck(encodeStoredInvariantCheck(state), ids)).toEqual({
          state,
          problem: null,
          dropped: 0,
        });
      }),
    );
  });

  it('drops unknown invariants and bad statuses but keeps the rest', () => {
    const text = JSON.stringify({
      v: 1,
      statuses: { other: 'have', nope: 'have', 'one-question': 'maybe' },
      notes: 'n',
    });
    expect(decodeStoredInvariantCheck(text, ids)).toEqual({
      state: { statuses: { other: 'have' }, notes: 'n' },
      problem: null,
      dropped: 2,
    });
  });

  it.each([
    ['not json', 'unreadable'],
    [JSON.stringify({ v: 2, statuses: {} }), 'unreadable'],
    [`{"v":1,"notes":"${'x'.repeat(9000)}"}`, 'too-long'],
  ])('refuses %s', (text, problem) => {
    expect(decodeStoredInvariantCheck(text.slice(0, 20_000), ids)).toMatchObject({ state: null, problem });
  });

  it('never throws on any input', () => {
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => void decodeStoredInvariantCheck(text, ids)));
  });
});
