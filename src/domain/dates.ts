/**
 * Dates as the site shows them, in British English ("3 March 2026", "14:05"), on server and
 * client. Written here rather than by Intl.DateTimeFormat, exactly as it writes them for years
 * 1000 to 9999 (tests/unit/dates.test.ts compares the two): a page's first Intl formatter loads
 * the browser's locale data on the main thread while the page hydrates. Other years go to Intl.
 */

const pad = (n: number) => String(n).padStart(2, '0');

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;
/** en-GB's short months: "Sept", not "Sep". */
const SHORT_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'] as const;

/** A calendar day as en-GB writes it, or null outside the years written here. */
function writtenDay(year: number, monthIndex: number, day: number, months: readonly string[]): string | null {
  if (!(year >= 1000 && year <= 9999)) return null;
  return `${day} ${months[monthIndex]} ${year}`;
}

const intl = (options: Intl.DateTimeFormatOptions) => (date: Date) =>
  new Intl.DateTimeFormat('en-GB', options).format(date);
const intlLong = intl({ day: 'numeric', month: 'long', year: 'numeric' });
const intlShort = intl({ day: 'numeric', month: 'short', year: 'numeric' });
const intlUtcLong = intl({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** yyyy-mm-dd in the local time zone: the date on the person's own calendar (file names, report dates). */
export function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** "3 March 2026", in the local time zone. */
export function formatLongDate(date: Date): string {
  return writtenDay(date.getFullYear(), date.getMonth(), date.getDate(), MONTHS) ?? intlLong(date);
}

/** "14:05", in the local time zone. */
export function formatTime(date: Date): string {
  if (Number.isNaN(date.getTime())) throw new RangeError('Invalid time value');
  return `${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/**
 * A yyyy-mm-dd day from content ("2026-11-01") as "1 November 2026". It names a calendar day, not
 * an instant: read and shown in UTC so no time zone moves it to the day before.
 */
export function formatContentDate(isoDay: string): string {
  const date = new Date(`${isoDay}T00:00:00Z`);
  return writtenDay(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate(), MONTHS) ?? intlUtcLong(date);
}

/** "3 Mar 2026", in the local time zone: where space is short, such as a chart's axis. */
export function formatShortDate(date: Date): string {
  return writtenDay(date.getFullYear(), date.getMonth(), date.getDate(), SHORT_MONTHS) ?? intlShort(date);
}
