import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  groupDigits,
  writtenCents,
  writtenCompactMoney,
  writtenCount,
  writtenMoney,
} from '../../src/domain/ui-text/written-numbers';
import { currencyLocale } from '../../src/domain/currency';
import { loadSiteContent } from '../helpers/load-content';

/** Each listed currency in the locale the site shows it in. */
const LISTED = ['USD', 'EUR', 'GBP', 'INR'].map((code) => ({ code, locale: currencyLocale(code) }));

const intlMoney = (locale: string, currency: string, digits: number) =>
  new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
const intlCompact = (currency: string) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact', maximumFractionDigits: 1 });

/** Amounts of every size, the edges of each unit and grouping among them. */
const amounts = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.maxSafeInteger(),
  fc.constantFrom(0, 999, 1000, 1049, 1050, 99_950, 999_949, 999_950, 999_999_950, 10 ** 12, 10 ** 14 - 1),
  fc.integer({ min: 0, max: 14 }).chain((power) => fc.integer({ min: -(10 ** power), max: 10 ** power })),
);

describe('numbers written without Intl are written exactly as Intl writes them', () => {
  it('whole amounts in each listed currency', () => {
    for (const { code, locale } of LISTED) {
      const intl = intlMoney(locale, code, 0);
      fc.assert(
        fc.property(amounts, (amount) => {
          expect(writtenMoney(amount, code, locale)).toBe(intl.format(amount));
        }),
      );
    }
  });

  it('cents, with two decimals', () => {
    for (const { code, locale } of LISTED) {
      const intl = intlMoney(locale, code, 2);
      // Intl is given cents / 100, a float: exact to the cent below about 10^13 cents.
      const cents = fc.integer({ min: -(10 ** 13), max: 10 ** 13 });
      fc.assert(
        fc.property(cents, (n) => {
          expect(writtenCents(n, code, locale)).toBe(intl.format(n / 100));
        }),
      );
    }
  });

  it('compact amounts for chart axes, below 100 trillion', () => {
    for (const { code } of LISTED) {
      const intl = intlCompact(code);
      const below = amounts.filter((n) => Math.abs(n) < 10 ** 14);
      fc.assert(
        fc.property(below, (amount) => {
          expect(writtenCompactMoney(amount, code)).toBe(intl.format(amount));
        }),
      );
    }
  });

  it('counts', () => {
    const intl = new Intl.NumberFormat('en-US');
    fc.assert(
      fc.property(amounts, (n) => {
        expect(writtenCount(n)).toBe(intl.format(n));
      }),
    );
  });

  it('minus zero as Intl writes it', () => {
    expect(writtenMoney(-0, 'USD', 'en-US')).toBe(intlMoney('en-US', 'USD', 0).format(-0));
    expect(writtenCount(-0)).toBe(new Intl.NumberFormat('en-US').format(-0));
  });
});

describe('what is not written here is left to Intl', () => {
  it('another currency or locale, a fraction, an unsafe or huge amount', () => {
    expect(writtenMoney(410_000, 'JPY', 'en-US')).toBeNull();
    expect(writtenMoney(410_000, 'EUR', 'de-DE')).toBeNull();
    expect(writtenMoney(0.5, 'USD', 'en-US')).toBeNull();
    expect(writtenMoney(2 ** 53, 'USD', 'en-US')).toBeNull();
    expect(writtenCents(Number.NaN, 'USD', 'en-US')).toBeNull();
    expect(writtenCompactMoney(10 ** 14, 'USD')).toBeNull();
    expect(writtenCompactMoney(1000, 'CHF')).toBeNull();
    expect(writtenCount(1.5)).toBeNull();
  });

  it('every currency in content is written here (so none pays for Intl on load)', () => {
    for (const { code } of loadSiteContent().assumptions.currencies) {
      expect(writtenMoney(1, code, currencyLocale(code)), code).not.toBeNull();
      expect(writtenCompactMoney(1, code), code).not.toBeNull();
    }
  });
});

describe('groupDigits', () => {
  it.each([
    ['1', 'thousands', '1'],
    ['1234', 'thousands', '1,234'],
    ['68502000', 'thousands', '68,502,000'],
    ['123', 'indian', '123'],
    ['1234', 'indian', '1,234'],
    ['123456', 'indian', '1,23,456'],
    ['68502000', 'indian', '6,85,02,000'],
  ] as const)('%s by %s → %s', (digits, grouping, expected) => {
    expect(groupDigits(digits, grouping)).toBe(expected);
  });
});
