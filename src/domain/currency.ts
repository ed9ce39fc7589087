/**
 * Display-currency conversion. Estimates are computed in whole US dollars; other currencies are
 * shown at an editable, dated rate. Conversion is exact integer maths: the rate is taken to the
 * nearest millionth and the product done in BigInt, so no float error creeps into an amount.
 *
 * Convert each line, then sum the converted lines for the total (`convertLinesAndTotal`).
 * Converting the USD total separately can differ by a unit or two from the sum of the rounded
 * lines, and a table whose rows do not add up to its total looks wrong.
 */
import { divRoundHalfUp, sumExact, toSafeNumber } from './integer-math';
import { LISTED_CURRENCIES } from './ui-text/written-numbers';

const MICROS_PER_UNIT = 1_000_000n;

/**
 * The English locale whose digit grouping each currency's own readers expect (the table of listed
 * currencies, src/domain/ui-text/written-numbers.ts): Indian English groups rupees in lakh and
 * crore (₹6,85,02,000), the others in thousands. Unknown currencies fall back to US English,
 * which Intl formats with the currency's code or symbol.
 */
export function currencyLocale(currencyCode: string): string {
  return LISTED_CURRENCIES[currencyCode.toUpperCase()]?.locale ?? 'en-US';
}

/** The rate as an integer number of millionths of a unit per dollar. */
function rateInMicros(ratePerUsd: number): bigint {
  if (!Number.isFinite(ratePerUsd) || ratePerUsd <= 0) {
    throw new RangeError(`exchange rate should be a number above 0, got ${ratePerUsd}`);
  }
  const micros = Math.round(ratePerUsd * 1_000_000);
  if (micros < 1 || !Number.isSafeInteger(micros)) {
    throw new RangeError(
      `exchange rate ${ratePerUsd} is outside what can be converted exactly (0.000001 to 9 billion)`,
    );
  }
  return BigInt(micros);
}

/** Whole units of the target currency for whole `usd`, rounded half up (half away from zero for negatives). */
export function convertDollars(usd: number, ratePerUsd: number): number {
  if (!Number.isSafeInteger(usd)) throw new RangeError(`amount should be whole dollars, got ${usd}`);
  return toSafeNumber(divRoundHalfUp(BigInt(usd) * rateInMicros(ratePerUsd), MICROS_PER_UNIT), 'converted amount');
}

/**
 * Whole US dollars for whole `amount` units of a currency at `ratePerUsd`, rounded half up, once:
 * the amount is divided by the rate in millionths, exactly, with a single rounding at the end.
 */
export function convertToDollars(amount: number, ratePerUsd: number): number {
  if (!Number.isSafeInteger(amount)) throw new RangeError(`amount should be whole units, got ${amount}`);
  return toSafeNumber(divRoundHalfUp(BigInt(amount) * MICROS_PER_UNIT, rateInMicros(ratePerUsd)), 'amount in dollars');
}

export interface MoneyRange {
  low: number;
  high: number;
}

export function convertRange(range: MoneyRange, ratePerUsd: number): MoneyRange {
  return { low: convertDollars(range.low, ratePerUsd), high: convertDollars(range.high, ratePerUsd) };
}

/**
 * Converts each line (keeping its other fields) and totals the converted lines, so the shown rows
 * always add up to the shown total.
 */
export function convertLinesAndTotal<T extends MoneyRange>(
  lines: readonly T[],
  ratePerUsd: number,
): { lines: (Omit<T, 'low' | 'high'> & MoneyRange)[]; total: MoneyRange } {
  const converted = lines.map((line) => ({ ...line, ...convertRange(line, ratePerUsd) }));
  return {
    lines: converted,
    total: { low: sumExact(converted.map((l) => l.low)), high: sumExact(converted.map((l) => l.high)) },
  };
}
