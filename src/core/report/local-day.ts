// localDate (tally/local-date.ts) for the report's tens of thousands of instants: the same formatter's
// format() read as MM/DD/YYYY costs half of formatToParts. Whatever does not read that way (a year
// beyond four digits, a time zone it refuses, an invalid date) goes to localDate itself, errors included.
import { localDate } from '../tally/local-date.ts';

/** One formatter per time zone, or null where it does not write MM/DD/YYYY (then localDate decides). */
const formatters = new Map<string, Intl.DateTimeFormat | null>();
const MONTH_DAY_YEAR = /^(\d\d)\/(\d\d)\/(\d{4})$/;

/** The date (YYYY-MM-DD) that `now` falls on in `timeZone`: exactly localDate's answer. */
export function localDay(now: Date, timeZone: string): string {
  let formatter = formatters.get(timeZone);
  if (formatter === undefined) {
    // localDate first: an unknown time zone or an invalid date fails with its error.
    const day = localDate(now, timeZone);
    formatters.set(timeZone, monthDayYear(timeZone));
    return day;
  }
  const match = formatter === null || Number.isNaN(now.getTime()) ? null : MONTH_DAY_YEAR.exec(formatter.format(now));
  return match ? `${match[3]}-${match[1]}-${match[2]}` : localDate(now, timeZone);
}

/** The zone's formatter if it writes MM/DD/YYYY (exported for the tests). */
export function monthDayYear(timeZone: string): Intl.DateTimeFormat | null {
  const formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  const parts = formatter.formatToParts(new Date(Date.UTC(2001, 1, 3, 12)));
  const layout = parts.map((p) => (p.type === 'literal' ? p.value : p.type)).join(' ');
  return layout === 'month / day / year' ? formatter : null;
}
