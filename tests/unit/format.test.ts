import { describe, expect, it } from 'vitest';
import { formatCents, formatMoney, formatMoneyRange } from '../../src/domain/format';
import { currencyLocale } from '../../src/domain/currency';

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

describe("each currency's own grouping by default", () => {
  it.each([
    [68_502_000, 'INR', '₹6,85,02,000'],
    [100_000, 'INR', '₹1,00,000'],
    [99_999, 'INR', '₹99,999'],
    [68_502_000, 'USD', '$68,502,000'],
    [68_502_000, 'EUR', '€68,502,000'],
    [68_502_000, 'GBP', '£68,502,000'],
  ])('%i %s → %s', (amount, code, expected) => {
    expect(formatMoney(amount, code)).toBe(expected);
  });

  it('groups both ends of a rupee range in lakh and crore', () => {
    expect(formatMoneyRange(34_440_000, 77_700_000, 'INR')).toBe('₹3,44,40,000 – ₹7,77,00,000');
  });

  it('groups rupee cents in lakh too', () => {
    expect(formatCents(12_345_678, 'INR')).toBe('₹1,23,456.78');
  });

  it('still honours a locale the caller asks for', () => {
    expect(formatMoney(68_502_000, 'INR', 'en-US')).toBe('₹68,502,000');
  });
});

describe('currencyLocale', () => {
  it.each([
    ['INR', 'en-IN'],
    ['inr', 'en-IN'],
    ['GBP', 'en-GB'],
    ['USD', 'en-US'],
    ['JPY', 'en-US'],
  ])('%s → %s', (code, locale) => {
    expect(currencyLocale(code)).toBe(locale);
  });
});
