/**
 * Whole numbers and money in the currencies this site lists, written without Intl, exactly as
 * Intl writes them (tests/unit/written-numbers.test.ts compares the two over any amount).
 *
 * Why not Intl: a page's first Intl.NumberFormat loads the browser's number data, 20–60 ms of
 * main thread on a laptop and four times that on a mid-range phone, and the calculator's first
 * render needs dozens of figures while it hydrates. Written here, the figures on first paint cost
 * nothing. Anything this module does not cover (another currency or locale, an amount that is not
 * a safe whole number, a compact amount of 100 trillion or more) returns null, and the caller
 * (src/domain/format.ts) uses Intl, so a currency an editor adds in content is still shown right.
 */

type Grouping = 'thousands' | 'indian';

/**
 * The currencies this site lists, each with the English locale it is shown in (the one whose digit
 * grouping its own readers expect; src/domain/currency.ts `currencyLocale` reads it here), its
 * symbol there, which is also its symbol in the en-US of compact amounts, and its grouping.
 */
export const LISTED_CURRENCIES: Readonly<Record<string, { locale: string; symbol: string; grouping: Grouping }>> = {
  USD: { locale: 'en-US', symbol: '$', grouping: 'thousands' },
  EUR: { locale: 'en-IE', symbol: '€', grouping: 'thousands' },
  GBP: { locale: 'en-GB', symbol: '£', grouping: 'thousands' },
  INR: { locale: 'en-IN', symbol: '₹', grouping: 'indian' },
};

/** A listed currency, when it is shown in its own locale. */
function listed(currencyCode: string, locale: string) {
  const currency = LISTED_CURRENCIES[currencyCode];
  return currency?.locale === locale ? currency : undefined;
}

/** K, M, B and T, as en-US compact notation names them. */
const COMPACT_UNITS = [
  { size: 1e3, suffix: 'K' },
  { size: 1e6, suffix: 'M' },
  { size: 1e9, suffix: 'B' },
  { size: 1e12, suffix: 'T' },
] as const;
const COMPACT_LIMIT = 1e14;

/** Digits grouped by threes ("68,502,000"), or in lakh and crore ("6,85,02,000"). */
export function groupDigits(digits: string, grouping: Grouping): string {
  if (grouping === 'thousands' || digits.length <= 3) return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const head = digits.slice(0, -3).replace(/\B(?=(\d{2})+(?!\d))/g, ',');
  return `${head},${digits.slice(-3)}`;
}

/** Intl writes a minus, -0 included, as a hyphen before the symbol: "-$1,234". */
const signOf = (n: number) => (n < 0 || Object.is(n, -0) ? '-' : '');

/** "12,345", as Intl.NumberFormat('en-US') writes a whole number. */
export function writtenCount(n: number): string | null {
  if (!Number.isSafeInteger(n)) return null;
  return `${signOf(n)}${groupDigits(String(Math.abs(n)), 'thousands')}`;
}

/** A whole amount: "$410,000", "₹6,85,02,000". */
export function writtenMoney(amount: number, currencyCode: string, locale: string): string | null {
  const currency = listed(currencyCode, locale);
  if (!currency || !Number.isSafeInteger(amount)) return null;
  return `${signOf(amount)}${currency.symbol}${groupDigits(String(Math.abs(amount)), currency.grouping)}`;
}

/** Whole cents with two decimals: "$0.42", "₹12,34,567.89". */
export function writtenCents(cents: number, currencyCode: string, locale: string): string | null {
  const currency = listed(currencyCode, locale);
  if (!currency || !Number.isSafeInteger(cents)) return null;
  const abs = Math.abs(cents);
  const units = groupDigits(String(Math.floor(abs / 100)), currency.grouping);
  return `${signOf(cents)}${currency.symbol}${units}.${String(abs % 100).padStart(2, '0')}`;
}

/** "$250K", "₹8.4M": one decimal at most, rounded half away from zero, as en-US compact notation. */
export function writtenCompactMoney(amount: number, currencyCode: string): string | null {
  const symbol = LISTED_CURRENCIES[currencyCode]?.symbol;
  const abs = Math.abs(amount);
  if (symbol === undefined || !Number.isSafeInteger(amount) || abs >= COMPACT_LIMIT) return null;
  const sign = signOf(amount);
  if (abs < 1000) return `${sign}${symbol}${abs}`;
  let index = COMPACT_UNITS.findLastIndex((unit) => abs >= unit.size);
  // Tenths of the unit, rounded; 999,950 rounds to 1,000.0K, which Intl writes as 1M.
  const tenthsOf = (size: number) => Math.floor((abs * 10 + size / 2) / size);
  let tenths = tenthsOf(COMPACT_UNITS[index]!.size);
  if (tenths >= 10_000 && index < COMPACT_UNITS.length - 1) tenths = tenthsOf(COMPACT_UNITS[++index]!.size);
  const fraction = tenths % 10;
  return `${sign}${symbol}${Math.floor(tenths / 10)}${fraction === 0 ? '' : `.${fraction}`}${COMPACT_UNITS[index]!.suffix}`;
}
