/**
 * Money as the cost island shows it: whole units via formatMoney, ranges with an en dash, signed
 * differences with a true minus sign, and compact figures for the chart's axis.
 */
import type { Range } from '../../domain/cost-estimate';
import { formatMoney, formatMoneyRange } from '../../domain/format';

export const moneyRange = (range: Range, code: string) => formatMoneyRange(range.low, range.high, code);

/** For speech: "$410,000 to $925,000" reads better than a dash. */
export const spokenRange = (range: Range, code: string) =>
  `${formatMoney(range.low, code)} to ${formatMoney(range.high, code)}`;

/** "+$120,000", "−$100,000", "$0". */
export function signedMoney(amount: number, code: string): string {
  if (amount === 0) return formatMoney(0, code);
  return `${amount > 0 ? '+' : '\u2212'}${formatMoney(Math.abs(amount), code)}`;
}

const compactFormats = new Map<string, Intl.NumberFormat>();

/** "$250K", "₹8.4M": axis labels that fit a phone screen. */
export function compactMoney(amount: number, code: string): string {
  let format = compactFormats.get(code);
  if (!format) {
    format = new Intl.NumberFormat('en-US', {
      style: 'currency',
      currency: code,
      notation: 'compact',
      maximumFractionDigits: 1,
    });
    compactFormats.set(code, format);
  }
  return format.format(amount);
}

export const plural = (count: number, one: string, many = `${one}s`) =>
  `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
