import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatContentDate, formatLongDate, formatShortDate, formatTime, localIsoDate } from '../../src/domain/dates';
import { formatCalendarDay } from '../../src/domain/calendar-day';

const intl = (options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat('en-GB', options);

/** Any moment from the year 1000 to 9999. */
const moments = fc.date({
  min: new Date('1000-01-02T00:00:00Z'),
  max: new Date('9999-12-30T00:00:00Z'),
  noInvalidDate: true,
});

describe('dates are written exactly as Intl writes them in en-GB', () => {
  it('long and short dates and the time, in the local time zone', () => {
    const long = intl({ day: 'numeric', month: 'long', year: 'numeric' });
    const short = intl({ day: 'numeric', month: 'short', year: 'numeric' });
    const clock = intl({ hour: '2-digit', minute: '2-digit', hour12: false });
    fc.assert(
      fc.property(moments, (date) => {
        expect(formatLongDate(date)).toBe(long.format(date));
        expect(formatShortDate(date)).toBe(short.format(date));
        expect(formatTime(date)).toBe(clock.format(date));
      }),
    );
  });

  it('a day from content, in UTC whatever the time zone', () => {
    const utc = intl({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
    fc.assert(
      fc.property(moments, (date) => {
        const isoDay = date.toISOString().slice(0, 10);
        expect(formatContentDate(isoDay)).toBe(utc.format(new Date(`${isoDay}T00:00:00Z`)));
      }),
    );
  });

  it('every month by name, September short as "Sept"', () => {
    expect(formatContentDate('2026-11-01')).toBe('1 November 2026');
    expect(formatShortDate(new Date(2026, 8, 3))).toBe('3 Sept 2026');
    expect(formatLongDate(new Date(2026, 2, 3))).toBe('3 March 2026');
    expect(formatTime(new Date(2026, 0, 1, 9, 5))).toBe('09:05');
    expect(localIsoDate(new Date(2026, 0, 9))).toBe('2026-01-09');
    expect(formatCalendarDay(' 2027-03-31 ')).toBe('31 March 2027');
    expect(formatCalendarDay('2027-02-31')).toBe('2027-02-31');
  });

  it('years outside 1000–9999 go to Intl; an invalid date is refused as Intl refuses it', () => {
    const farDay = new Date(Date.UTC(12345, 0, 1));
    expect(formatContentDate('+012345-01-01')).toBe(
      intl({ day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(farDay),
    );
    expect(() => formatLongDate(new Date(Number.NaN))).toThrow(RangeError);
    expect(() => formatTime(new Date(Number.NaN))).toThrow(RangeError);
  });
});
