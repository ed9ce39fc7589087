import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMPTY_DECISIONS,
  MAX_STORED_DECISIONS_LENGTH,
  MAX_USE_CASES,
  decodeDecisions,
  encodeDecisions,
  type DecisionsState,
} from '../../src/domain/decisions-state';

const sample: DecisionsState = {
  useCases: [
    {
      id: 'uc-abc',
      name: 'Invoice matching',
      description: 'Match invoices to POs',
      answers: { path: 'known' },
      note: 'Ask finance',
    },
    { id: 'uc-def', name: 'Research', description: '', answers: {}, note: '' },
  ],
  deployment: { answers: { regulatory: 'none', latency: 'real-time-voice' }, note: 'CISO to confirm' },
};

describe('decisions codec', () => {
  it('round-trips', () => {
    expect(decodeDecisions(encodeDecisions(sample))).toEqual({ state: sample, problem: null, dropped: [] });
  });

  it('reads nothing stored as nothing, without a problem', () => {
    expect(decodeDecisions(null)).toEqual({ state: null, problem: null, dropped: [] });
  });

  it.each([
    ['not JSON', '{', 'unreadable'],
    ['another version', '{"v":2,"useCases":[]}', 'unsupported-version'],
    ['no version', '{"useCases":[]}', 'unreadable'],
    ['too long', `{"v":1,"x":"${'a'.repeat(MAX_STORED_DECISIONS_LENGTH)}"}`, 'too-long'],
  ])('refuses %s', (_name, raw, problem) => {
    expect(decodeDecisions(raw)).toMatchObject({ state: null, problem });
  });

  it('drops a bad use case and keeps the rest', () => {
    const raw = JSON.stringify({
      v: 1,
      useCases: [
        { id: 'uc-abc', name: 'Good', description: '', answers: { path: 'known' } },
        { id: 'uc-bad', name: '   ', description: '', answers: {} },
        { id: 'uc-abc', name: 'Duplicate id', description: '', answers: {} },
        { id: 'uc-x', name: 'Bad answer id', description: '', answers: { Path: 'KNOWN' } },
      ],
      deployment: { answers: { regulatory: 42 } },
    });
    const decoded = decodeDecisions(raw);
    expect(decoded.state?.useCases.map((u) => u.name)).toEqual(['Good']);
    expect(decoded.state?.deployment).toEqual(EMPTY_DECISIONS.deployment);
    expect(decoded.dropped).toEqual(['use case 2', 'use case 3', 'use case 4', 'deployment answers']);
  });

  it('keeps "__proto__" as a plain key, never as a prototype', () => {
    const decoded = decodeDecisions('{"v":1,"deployment":{"answers":{"__proto__":"polluted"}}}');
    const answers = decoded.state?.deployment.answers ?? {};
    expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it(`keeps at most ${MAX_USE_CASES} use cases`, () => {
    const many = Array.from({ length: MAX_USE_CASES + 2 }, (_, i) => ({
      id: `uc-${i}`,
      name: `U${i}`,
      description: '',
      answers: {},
    }));
    const decoded = decodeDecisions(JSON.stringify({ v: 1, useCases: many }));
    expect(decoded.state?.useCases).toHaveLength(MAX_USE_CASES);
    expect(decoded.dropped).toHaveLength(2);
  });

  it('never throws on any string', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        expect(() => decodeDecisions(raw)).not.toThrow();
      }),
    );
  });
});
