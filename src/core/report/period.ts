// Report periods from the command line: a quarter (2026Q3) or explicit dates.
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
  const iso = /^\d{4}-\d{2}-\d{2}$/;
  if (!iso.test(since)) return `--since "${since}" is not a date like 2026-07-01`;
  if (!iso.test(until)) return `--until "${until}" is not a date like 2026-09-30`;
  if (until < since) return `--until ${until} is before --since ${since}`;
  return { start: since, end: until, label: `${since} to ${until}` };
}

/** The quarter that ended most recently before `today` (YYYY-MM-DD): what the scheduled run reports on. */
export function previousQuarter(today: string): string {
  const [year, month] = today.split('-').map(Number) as [number, number];
  const current = Math.floor((month - 1) / 3) + 1;
  return current === 1 ? `${year - 1}Q4` : `${year}Q${current - 1}`;
}
