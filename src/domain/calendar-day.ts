/**
 * Calendar days typed into the signable documents ("2027-03-31"): parsed strictly, compared as
 * text (ISO days sort as strings), never turned into instants, so no time zone can move them.
 */

import { formatContentDate } from './dates';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real yyyy-mm-dd day between the years 1900 and 2199 (no 31 February). */
export function isCalendarDay(text: string): boolean {
  const match = ISO_DAY.exec(text.trim());
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return false;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

/** "2027-03-31" → "31 March 2027"; anything else is returned as typed. */
export function formatCalendarDay(text: string): string {
  if (!isCalendarDay(text)) return text;
  return formatContentDate(text.trim());
}
