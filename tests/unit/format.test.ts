import { describe, expect, it } from 'vitest';
import { formatCents, formatMoney, formatMoneyRange } from '../../src/domain/format';

describe('formatMoney', () => {
  it.each([
    [410_000, 'USD', 'en-US', '$410,000'],
    [0, 'USD', 'en-US', '$0'],
    [1_125_000, 'USD', 'en-US', '$1,125,000'],
    [377_200, 'EUR', 'en-US', '€377,200'],
    [324_000, 'GBP', 'en-US', '£324,000'],
    [34_440_000, 'INR', 'en-IN', '₹3,44,40,000'],
  ])('%i %s in %s → %s', (amount, code, locale, expected) => {
    expect(formatMoney(amount, code, locale)).toBe(expected);
  });

  it('never shows decimals, even for currencies that usually have them', () => {
    expect(formatMoney(410_000, 'EUR', 'de-DE').replace(/\s/g, ' ')).toBe('410.000 €');
  });
});

describe('formatMoneyRange', () => {
  it('joins low and high with a spaced en dash', () => {
    expect(formatMoneyRange(410_000, 925_000, 'USD')).toBe('$410,000 – $925,000');
  });
});

describe('formatCents', () => {
  it.each([
    [34, '$0.34'],
    [7, '$0.07'],
    [12_345, '$123.45'],
  ])('%i cents → %s', (cents, expected) => {
    expect(formatCents(cents, 'USD')).toBe(expected);
  });
});
