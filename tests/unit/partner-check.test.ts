import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  COMMITMENT_ANSWERS,
  decodeStoredPartnerCheck,
  encodeStoredPartnerCheck,
  partnerVerdict,
  type CommitmentAnswer,
  type PartnerCheckState,
} from '../../src/domain/partner-check';
import { commitments } from './documents-fixtures';

const ids = commitments.map((c) => c.id);
const state = (answers: Partial<Record<string, CommitmentAnswer>>): PartnerCheckState => ({
  proposal: '',
  answers,
  notes: '',
});
const all = (answer: CommitmentAnswer) => Object.fromEntries(ids.map((id) => [id, answer]));

describe('partner verdict', () => {
  it('all six in the proposal: selling you a system', () => {
    expect(partnerVerdict(commitments, state(all('yes')))).toEqual({ kind: 'system' });
  });

  it('any missing or unclear: selling you a pilot, asking for each in checklist order', () => {
    const verdict = partnerVerdict(commitments, state({ ...all('yes'), c5: 'unclear', c2: 'no' }));
    expect(verdict.kind).toBe('pilot');
    if (verdict.kind !== 'pilot') return;
    expect(verdict.askFor.map((a) => [a.commitment.id, a.answer])).toEqual([
      ['c2', 'no'],
      ['c5', 'unclear'],
    ]);
  });

  it('unanswered commitments leave it incomplete', () => {
    expect(partnerVerdict(commitments, state({ c1: 'yes' }))).toEqual({
      kind: 'incomplete',
      unanswered: commitments.slice(1),
    });
  });

  it('for any answers: incomplete iff one is unanswered; system iff all Yes; else asks for exactly the non-Yes', () => {
    const arbitrary = fc.dictionary(fc.constantFrom(...ids), fc.constantFrom(...COMMITMENT_ANSWERS));
    fc.assert(
      fc.property(arbitrary, (answers) => {
        const verdict = partnerVerdict(commitments, state(answers));
        const answered = ids.filter((id) => answers[id] !== undefined);
        if (answered.length < ids.length) {
          expect(verdict).toEqual({
            kind: 'incomplete',
            unanswered: commitments.filter((c) => answers[c.id] === undefined),
          });
        } else if (ids.every((id) => answers[id] === 'yes')) {
          expect(verdict).toEqual({ kind: 'system' });
        } else {
          expect(verdict.kind).toBe('pilot');
          if (verdict.kind === 'pilot')
            expect(verdict.askFor.map((a) => a.commitment.id)).toEqual(ids.filter((id) => answers[id] !== 'yes'));
        }
      }),
    );
  });
});

describe('stored partner check', () => {
  it('round-trips, drops unknown commitments and answers, never throws', () => {
    const s: PartnerCheckState = { proposal: 'Acme', answers: { c1: 'no', c6: 'unclear' }, notes: 'n' };
    expect(decodeStoredPartnerCheck(encodeStoredPartnerCheck(s), ids).state).toEqual(s);
    expect(
      decodeStoredPartnerCheck(JSON.stringify({ v: 1, answers: { c1: 'yes', c9: 'yes', c2: 'perhaps' } }), ids),
    ).toEqual({
      state: { proposal: '', answers: { c1: 'yes' }, notes: '' },
      problem: null,
      dropped: 2,
    });
    fc.assert(fc.property(fc.oneof(fc.string(), fc.json()), (text) => void decodeStoredPartnerCheck(text, ids)));
  });
});
