import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertDollars, convertLinesAndTotal, convertRange, convertToDollars } from '../../src/domain/currency';

describe('convertDollars', () => {
  it.each([
    [410_000, 1, 410_000],
    [410_000, 0.92, 377_200],
    [925_000, 0.79, 730_750],
    [410_000, 84, 34_440_000],
    [1, 0.5, 1], // half rounds up
    [3, 0.5, 2],
    [1, 0.49, 0],
    [1, 0.1234565, 0],
    [1_000_000, 0.1234565, 123_457], // rate taken to the nearest millionth: 0.123457
    [0, 0.92, 0],
    [-3, 0.5, -2], // half away from zero, so a negative amount mirrors its positive
    [1_000_000_000, 100_000, 100_000_000_000_000],
    // 0.1 + 0.2-style float error cannot creep in: 0.07 × 100 is 7.000000000000001 in floats.
    [100, 0.07, 7],
  ])('%i USD at %d → %i', (usd, rate, expected) => {
    expect(convertDollars(usd, rate)).toBe(expected);
  });

  it.each([
    ['a fractional amount', 1.5, 1, /whole dollars/],
    ['a zero rate', 1, 0, /above 0/],
    ['a negative rate', 1, -1, /above 0/],
    ['a NaN rate', 1, Number.NaN, /above 0/],
    ['a rate below a millionth', 1, 1e-7, /converted exactly/],
    ['a result beyond 2^53', Number.MAX_SAFE_INTEGER, 2, /too large/],
  ])('refuses %s', (_, usd, rate, message) => {
    expect(() => convertDollars(usd, rate)).toThrow(message);
  });
});

const rate = fc.integer({ min: 1, max: 100_000_000_000 }).map((micros) => micros / 1_000_000);
const amount = fc.integer({ min: 0, max: 1_000_000_000 });

describe('conversion properties', () => {
  it('always gives a whole number', () => {
    fc.assert(fc.property(amount, rate, (usd, r) => Number.isSafeInteger(convertDollars(usd, r))));
  });

  it('is the identity at rate 1', () => {
    fc.assert(fc.property(amount, (usd) => convertDollars(usd, 1) === usd));
  });

  it('never decreases as the amount grows', () => {
    fc.assert(
      fc.property(
        amount,
        amount,
        rate,
        (a, b, r) => convertDollars(Math.min(a, b), r) <= convertDollars(Math.max(a, b), r),
      ),
    );
  });

  it('is within half a unit of the exact product', () => {
    fc.assert(
      fc.property(amount, fc.integer({ min: 1, max: 100_000_000_000 }), (usd, micros) => {
        const exactTimesMillion = BigInt(usd) * BigInt(micros);
        const converted = BigInt(convertDollars(usd, micros / 1_000_000)) * 1_000_000n;
        const diff = converted > exactTimesMillion ? converted - exactTimesMillion : exactTimesMillion - converted;
        return diff <= 500_000n;
      }),
    );
  });

  it('the converted total is the sum of the converted lines, and low ≤ high survives', () => {
    const line = fc.tuple(amount, amount).map(([a, b]) => ({ id: 'x', low: Math.min(a, b), high: Math.max(a, b) }));
    fc.assert(
      fc.property(fc.array(line, { maxLength: 10 }), rate, (lines, r) => {
        const converted = convertLinesAndTotal(lines, r);
        expect(converted.total.low).toBe(converted.lines.reduce((s, l) => s + l.low, 0));
        expect(converted.total.high).toBe(converted.lines.reduce((s, l) => s + l.high, 0));
        expect(converted.lines.every((l) => l.low <= l.high && l.id === 'x')).toBe(true);
      }),
    );
  });
});

describe('convertLinesAndTotal', () => {
  it('keeps each line’s other fields and totals the rounded lines, not the rounded total', () => {
    // Each 1 USD at 0.5 rounds up to 1, so three lines show 1 each; the total shows 3, not round(1.5) = 2.
    const lines = [
      { id: 'a', low: 1, high: 1 },
      { id: 'b', low: 1, high: 1 },
      { id: 'c', low: 1, high: 1 },
    ];
    expect(convertLinesAndTotal(lines, 0.5)).toEqual({ lines, total: { low: 3, high: 3 } });
    expect(convertRange({ low: 3, high: 3 }, 0.5)).toEqual({ low: 2, high: 2 });
  });
});

describe('convertToDollars', () => {
  it.each([
    [377_200, 0.92, 410_000],
    [80_000, 0.92, 86_957], // 86,956.52… rounds once, half up
    [34_440_000, 84, 410_000],
    [1, 2, 1], // 0.5 rounds up
    [0, 0.92, 0],
  ])('%d at %d per dollar is $%d', (amount, rate, usd) => {
    expect(convertToDollars(amount, rate)).toBe(usd);
  });

  it('lands within half a dollar of the exact quotient', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 1_000_000_000 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        (amount, micros) => {
          const rate = micros / 1_000_000;
          const usd = convertToDollars(amount, rate);
          expect(Math.abs(usd - (amount * 1_000_000) / micros)).toBeLessThanOrEqual(0.5 + 1e-6);
        },
      ),
    );
  });
});
