import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_SHARE_FRAGMENT_LENGTH,
  decodeShareFragment,
  encodeShareFragment,
  fromBase64Url,
  toBase64Url,
} from '../../src/domain/share-codec';
import type { Answers as AnswerMap } from '../../src/domain/answers';
import type { AnswerValue } from '../../src/domain/content-types';

const IDS = ['outcome-metric', 'production-owner', 'evaluation-harness', 'security-review'];
const answerArb = fc.constantFrom<AnswerValue>('yes', 'no', 'unsure');
const answerMapArb: fc.Arbitrary<AnswerMap> = fc.dictionary(fc.constantFrom(...IDS), answerArb);

const fragmentOf = (json: unknown) => `#s=${toBase64Url(JSON.stringify(json))}`;

/** Whatever decoding returns must be a usable state: known ids, known values, nothing else. */
function expectValidState(answers: AnswerMap) {
  expect(Object.getPrototypeOf(answers)).toBe(Object.prototype);
  for (const [id, value] of Object.entries(answers)) {
    expect(IDS).toContain(id);
    expect(['yes', 'no', 'unsure']).toContain(value);
  }
}

describe('share link codec', () => {
  it('round-trips every answer map', () => {
    fc.assert(
      fc.property(answerMapArb, (answers) => {
        const decoded = decodeShareFragment(encodeShareFragment({ answers }, IDS), IDS);
        expect(decoded.problems).toEqual([]);
        expect(decoded.payload?.answers).toEqual(answers);
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a cost section undecoded for its owner', () => {
    const fragment = encodeShareFragment({ answers: { 'outcome-metric': 'yes' }, cost: { w: 2 } }, IDS);
    expect(decodeShareFragment(fragment, IDS).payload).toEqual({
      answers: { 'outcome-metric': 'yes' },
      cost: { w: 2 },
    });
  });

  it('keeps links short: all answers fit in a few hundred characters', () => {
    const answers = Object.fromEntries(IDS.map((id) => [id, 'unsure'])) as AnswerMap;
    expect(encodeShareFragment({ answers }, IDS).length).toBeLessThan(200);
  });

  it.each([
    ['not a share link', '#hello', 'unreadable'],
    ['not base64url', '#s=***', 'unreadable'],
    ['truncated base64', '#s=eyJ2Ijox', 'unreadable'],
    ['base64 of non-JSON', `#s=${toBase64Url('not json')}`, 'unreadable'],
    ['JSON array', fragmentOf([1, 2]), 'unreadable'],
    ['JSON null', fragmentOf(null), 'unreadable'],
    ['newer version', fragmentOf({ v: 2, a: {} }), 'unsupported-version'],
    ['missing version', fragmentOf({ a: { 'outcome-metric': 'y' } }), 'unreadable'],
    ['too long', `#s=${'A'.repeat(MAX_SHARE_FRAGMENT_LENGTH + 1)}`, 'too-long'],
  ])('rejects %s with a problem, never a throw', (_, fragment, kind) => {
    const decoded = decodeShareFragment(fragment, IDS);
    expect(decoded.payload).toBeNull();
    expect(decoded.problems.map((p) => p.kind)).toEqual([kind]);
  });

  it('keeps the valid answers of a tampered link and counts the rest', () => {
    const decoded = decodeShareFragment(
      fragmentOf({
        v: 1,
        a: {
          'outcome-metric': 'y',
          'production-owner': 'maybe',
          'no-such-question': 'y',
          ['__proto__']: 'y',
          constructor: 'n',
        },
      }),
      IDS,
    );
    expect(decoded.payload?.answers).toEqual({ 'outcome-metric': 'yes' });
    expect(decoded.problems).toEqual([{ kind: 'dropped-answers', count: 4 }]);
  });

  it('does not let a "__proto__" key pollute prototypes', () => {
    const hostile = '#s=' + toBase64Url('{"v":1,"a":{"__proto__":{"polluted":"y"},"outcome-metric":"n"}}');
    const decoded = decodeShareFragment(hostile, IDS);
    expect(decoded.payload?.answers).toEqual({ 'outcome-metric': 'no' });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('base64url round-trips any Unicode text', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (text) => fromBase64Url(toBase64Url(text)) === text));
  });
});

function bestOfThree(run: () => unknown): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const started = performance.now();
    run();
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

describe('share link decoding under fuzzing', () => {
  const ROUNDS = 10_000;
  /** A few milliseconds per fragment at most, even for hostile input. */
  const MAX_MS_PER_DECODE = 5;

  const hostileJson = fc.oneof(
    fc.jsonValue(),
    fc.record({
      v: fc.oneof(fc.constant(1), fc.jsonValue()),
      a: fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())),
    }),
    fc.record({
      v: fc.constant(1),
      a: fc.dictionary(
        fc.constantFrom(...IDS, '__proto__', 'constructor', 'prototype', 'toString'),
        fc.constantFrom('y', 'n', 'u', 'x', 1, null, {}, []),
      ),
    }),
    fc.letrec((tie) => ({
      deep: fc.oneof({ depthSize: 'large' }, fc.constant(1), fc.array(tie('deep'), { maxLength: 3 })),
    })).deep,
  );
  const fragmentArb = fc.oneof(
    fc.string(),
    fc.string({ unit: 'binary' }).map((s) => `#s=${s}`),
    fc.uint8Array({ maxLength: 600 }).map((bytes) => `#s=${btoa(String.fromCharCode(...bytes)).replace(/=+$/, '')}`),
    hostileJson.map(fragmentOf),
    hostileJson.map((json) => fragmentOf(json).slice(0, -3)),
    fc.nat({ max: 20_000 }).map((n) => `#s=${'A'.repeat(n)}`),
  );

  it(`never throws, always yields a valid state, and is fast (${ROUNDS} fragments)`, () => {
    const slow: { fragment: string; ms: number }[] = [];
    fc.assert(
      fc.property(fragmentArb, (fragment) => {
        const started = performance.now();
        const decoded = decodeShareFragment(fragment, IDS);
        const ms = performance.now() - started;
        if (ms > MAX_MS_PER_DECODE) slow.push({ fragment, ms });
        if (decoded.payload) expectValidState(decoded.payload.answers ?? {});
        else expect(decoded.problems.length).toBeGreaterThan(0);
      }),
      { numRuns: ROUNDS },
    );
    // A GC pause or JIT warm-up can land on any single run; an input is only slow if it is slow
    // every time, so re-time each outlier and keep its best.
    const reallySlow = slow
      .map(({ fragment }) => ({
        fragment: fragment.slice(0, 80),
        best: bestOfThree(() => decodeShareFragment(fragment, IDS)),
      }))
      .filter(({ best }) => best > MAX_MS_PER_DECODE);
    expect(reallySlow).toEqual([]);
  });

  it('decodes a deeply nested payload without blowing the stack', () => {
    const deep = '['.repeat(5000) + ']'.repeat(5000);
    const fragment = `#s=${toBase64Url(`{"v":1,"a":${deep}}`)}`;
    const decoded = decodeShareFragment(fragment, IDS);
    expect(decoded.payload?.answers ?? {}).toEqual({});
  });
});
