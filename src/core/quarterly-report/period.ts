// Report periods from the command line: a quarter (2026Q3) or explicit dates.
import { isCalendarDate } from '../config/dates.ts';
import type { ReportPeriod as Period } from './types.ts';

export function quarterPeriod(quarter: string): Period | string {
  const match = /^(\d{4})Q([1-4])$/i.exec(quarter.trim());
  if (!match) return `"${quarter}" is not a quarter: write it like 2026Q3`;
  const year = Number(match[1]);
  const q = Number(match[2]);
  const startMonth = (q - 1) * 3 + 1;
  const endDay = new Date(Date.UTC(year, startMonth + 2, 0)).getUTCDate();
  const pad = (v: number) => String(v).padStart(2, '0');
  return { start: `${year}-${pad(startMonth)}-01`, end: `${year}-${pad(startMonth + 2)}-${pad(endDay)}`, label: `${year}Q${q}` };
}

export function datesPeriod(since: string, until: string): Period | string {
  // Calendar dates only: 2026-09-31 would silently mean 1 October in the bounds below.
  if (!isCalendarDate(since)) return `--since "${since}" is not a calendar date like 2026-07-01`;
  if (!isCalendarDate(until)) return `--until "${until}" is not a calendar date like 2026-09-30`;
  if (until < since) return `--until ${until} is before --since ${since}`;
  return { start: since, end: until, label: `${since} to ${until}` };
}

/** The instants a period spans in `timeZone`: from its first day's midnight to just before the day after its last. */
export function periodBounds(period: Period, timeZone: string): { since: Date; until: Date } {
  const dayAfter = new Date(Date.parse(`${period.end}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
  return { since: zonedMidnight(period.start, timeZone), until: new Date(zonedMidnight(dayAfter, timeZone).getTime() - 1) };
}

/** A name fit for files: the quarter (2026Q3) or the dates (2026-07-01_2026-09-30). */
export function periodFileLabel(period: Period): string {
  return /^\d{4}Q[1-4]$/.test(period.label) ? period.label : `${period.start}_${period.end}`;
}

function zonedMidnight(date: string, timeZone: string): Date {
  const wall = Date.parse(`${date}T00:00:00Z`);
  let guess = wall;
  // Twice: the offset at the first guess may differ from the offset at the answer (a DST change that day).
  for (let i = 0; i < 2; i++) guess = wall - offsetAt(guess, timeZone);
  return new Date(guess);
}

function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - Math.floor(instant / 1000) * 1000;
}

/** The last quarter that has ended by `today` (YYYY-MM-DD in the group's time zone), e.g. 2026Q3 on 2026-11-21. */
export function lastCompleteQuarter(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const current = Math.floor((month - 1) / 3) + 1;
  return current === 1 ? `${year - 1}Q4` : `${year}Q${current - 1}`;
}
