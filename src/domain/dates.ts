/**
 * Dates as the site shows them. Imported on server and client: uses only Intl.
 */

const pad = (n: number) => String(n).padStart(2, '0');

/** yyyy-mm-dd in the local time zone: the date on the person's own calendar (file names, report dates). */
export function localIsoDate(date: Date): string {
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

const longDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric' });
// A day written in content ("2026-11-01") names a calendar day, not an instant: read and shown in
// UTC so no time zone moves it to the day before.
const contentDay = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const clock = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hour12: false });

/** "3 March 2026", in the local time zone. */
export function formatLongDate(date: Date): string {
  return longDate.format(date);
}

/** "14:05", in the local time zone. */
export function formatTime(date: Date): string {
  return clock.format(date);
}

/** A yyyy-mm-dd day from content ("2026-11-01") as "1 November 2026". */
export function formatContentDate(isoDay: string): string {
  return contentDay.format(new Date(`${isoDay}T00:00:00Z`));
}

const shortDate = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: 'numeric' });

/** "3 Mar 2026", in the local time zone: where space is short, such as a chart's axis. */
export function formatShortDate(date: Date): string {
  return shortDate.format(date);
}
