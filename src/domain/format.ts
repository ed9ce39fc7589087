/**
 * Money as people read it: "$410,000", "$410,000 – $925,000", "₹6,85,02,000". Whole units only,
 * because every amount the domain produces is a whole number and cents would suggest precision the
 * estimate does not have. Unit costs per task are the exception and use `formatCents`.
 *
 * Each currency is grouped the way its own readers group it (lakh and crore for rupees), in
 * English, unless a caller asks for a particular locale.
 *
 * Imported on server and client. The listed currencies are written without Intl
 * (src/domain/ui-text/written-numbers.ts explains why); any other goes to Intl, built on first use.
 */
import { currencyLocale } from './currency';
import { writtenCents, writtenCompactMoney, writtenMoney } from './ui-text/written-numbers';

const formatters = new Map<string, Intl.NumberFormat>();

/** Intl.NumberFormat is slow to build and the cost table formats dozens of figures per change. */
function formatter(currencyCode: string, locale: string, fractionDigits: number): Intl.NumberFormat {
  const key = `${locale}|${currencyCode}|${fractionDigits}`;
  let cached = formatters.get(key);
  if (!cached) {
    cached = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: currencyCode,
      minimumFractionDigits: fractionDigits,
      maximumFractionDigits: fractionDigits,
    });
    formatters.set(key, cached);
  }
  return cached;
}

/**
 * A whole amount in a currency, without decimals: formatMoney(410000, 'USD') → "$410,000",
 * formatMoney(68502000, 'INR') → "₹6,85,02,000".
 */
export function formatMoney(amount: number, currencyCode: string, locale = currencyLocale(currencyCode)): string {
  return writtenMoney(amount, currencyCode, locale) ?? formatter(currencyCode, locale, 0).format(amount);
}

/** A low–high range with a spaced en dash: "$410,000 – $925,000". */
export function formatMoneyRange(
  low: number,
  high: number,
  currencyCode: string,
  locale = currencyLocale(currencyCode),
): string {
  return `${formatMoney(low, currencyCode, locale)} – ${formatMoney(high, currencyCode, locale)}`;
}

/** Whole cents as money with two decimals: formatCents(42, 'USD') → "$0.42". Display only. */
export function formatCents(cents: number, currencyCode: string, locale = currencyLocale(currencyCode)): string {
  return writtenCents(cents, currencyCode, locale) ?? formatter(currencyCode, locale, 2).format(cents / 100);
}

/** For speech: "$410,000 to $925,000" reads better than a dash. */
export function spokenMoneyRange(low: number, high: number, currencyCode: string): string {
  return `${formatMoney(low, currencyCode)} to ${formatMoney(high, currencyCode)}`;
}

/** "+$120,000", "−$100,000", "$0": a difference, with a true minus sign. */
export function formatSignedMoney(amount: number, currencyCode: string): string {
  if (amount === 0) return formatMoney(0, currencyCode);
  return `${amount > 0 ? '+' : '\u2212'}${formatMoney(Math.abs(amount), currencyCode)}`;
}

const compactFormatters = new Map<string, Intl.NumberFormat>();

/** "$250K", "₹8.4M": axis labels that fit a phone screen. */
export function formatCompactMoney(amount: number, currencyCode: string): string {
  const written = writtenCompactMoney(amount, currencyCode);
  if (written !== null) return written;
  let format = compactFormatters.get(currencyCode);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: currencyCode,
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    compactFormatters.set(currencyCode, format);
  }
  return format.format(amount);
}

/** An exchange rate as typed, without float noise: 0.92, 83.5. */
export function formatRate(ratePerUsd: number): string {
  return ratePerUsd.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/**
 * Assumption notes in content start "Assumption: …"; where a view already labels the figure an
 * assumption, the prefix would say it twice. Returns the note without it, first letter upper-cased.
 */
export function assumptionNoteText(note: string): string {
  const text = note.replace(/^\s*assumption\s*:\s*/i, '');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
