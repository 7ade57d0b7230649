// Today's calendar date in the config's time zone; terms are inclusive dates in that zone.
import { HeraldError } from '../errors.ts';

/** The dates (YYYY-MM-DD) instants fall on in `timeZone`, with one formatter (building one costs ~0.3 ms). */
export function localDateFormatter(timeZone: string): (now: Date) => string {
  let formatter: Intl.DateTimeFormat;
  try {
    formatter = new Intl.DateTimeFormat('en-US', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch (cause) {
    throw new HeraldError(`unknown time zone "${timeZone}"`, {
      cause,
      hint: 'set `timezone` in .github/herald.yml to an IANA name such as "Europe/Amsterdam" or "UTC"',
    });
  }
  return (now) => {
    if (Number.isNaN(now.getTime())) throw new HeraldError('localDate: `now` is an invalid Date');
    const parts = formatter.formatToParts(now);
    const get = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
    return `${get('year').padStart(4, '0')}-${get('month')}-${get('day')}`;
  };
}

/** The date (YYYY-MM-DD) that `now` falls on in `timeZone`. */
export function localDate(now: Date, timeZone: string): string {
  return localDateFormatter(timeZone)(now);
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
