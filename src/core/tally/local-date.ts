// Today's calendar date in the config's time zone; terms are inclusive dates in that zone.
import { HeraldError } from '../errors.ts';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
    } catch (cause) {
      throw new HeraldError(`unknown time zone "${timeZone}"`, {
        cause,
        hint: 'set `timezone` in .github/herald.yml to an IANA name such as "Europe/Amsterdam" or "UTC"',
      });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

const MONTH_DAY_YEAR = /^(\d\d)\/(\d\d)\/(\d{4})$/;
/** Per zone: whether its formatter writes MM/DD/YYYY, so format() can be read directly (half formatToParts' cost). */
const plainLayout = new Map<string, boolean>();

function writesMonthDayYear(timeZone: string, formatter: Intl.DateTimeFormat): boolean {
  let plain = plainLayout.get(timeZone);
  if (plain === undefined) {
    const parts = formatter.formatToParts(new Date(Date.UTC(2001, 1, 3, 12)));
    plain = parts.map((p) => (p.type === 'literal' ? p.value : p.type)).join(' ') === 'month / day / year';
    plainLayout.set(timeZone, plain);
  }
  return plain;
}

/** The date (YYYY-MM-DD) that `now` falls on in `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  if (Number.isNaN(now.getTime())) throw new HeraldError('localDate: `now` is an invalid Date');
  const formatter = formatterFor(timeZone);
  // The report asks for tens of thousands of instants: read format() where it is MM/DD/YYYY (a year of more
  // than four digits is not, and goes through the parts).
  const plain = writesMonthDayYear(timeZone, formatter) ? MONTH_DAY_YEAR.exec(formatter.format(now)) : null;
  if (plain) return `${plain[3]}-${plain[1]}-${plain[2]}`;
  const parts = formatter.formatToParts(now);
  const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  const year = get('year').padStart(4, '0');
  return `${year}-${get('month')}-${get('day')}`;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True for a real calendar date written YYYY-MM-DD. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (!match) return false;
  const [, y, m, d] = match.map(Number) as [number, number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}
