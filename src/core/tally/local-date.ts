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

/** The date (YYYY-MM-DD) that `now` falls on in `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  if (Number.isNaN(now.getTime())) throw new HeraldError('localDate: `now` is an invalid Date');
  const parts = formatterFor(timeZone).formatToParts(now);
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
