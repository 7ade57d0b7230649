// Posts published in a period, per platform and per month, from the ledger.
import { localDateFormatter } from '../tally/local-date.ts';
import type { LedgerEntry } from '../ledger/types.ts';
import type { PlatformId } from '../types.ts';
import type { ReportPeriod } from './types.ts';

export interface Delivery {
  postId: string;
  platform: PlatformId;
  /** Local date the first part went live. */
  date: string;
  url: string;
  parts: number;
}

/** One delivery per (post, platform) whose first part went live inside the period. */
export function deliveries(ledger: LedgerEntry[], period: ReportPeriod, timezone: string): Delivery[] {
  const found: Delivery[] = [];
  const localDate = localDateFormatter(timezone);
  for (const entry of ledger) {
    for (const [platform, parts] of Object.entries(entry.platforms) as [PlatformId, LedgerEntry['platforms'][PlatformId]][]) {
      const live = (parts ?? []).filter((p) => p.state === 'live' && p.liveAt);
      const first = live.find((p) => p.index === 0) ?? live[0];
      if (!first?.liveAt) continue;
      const date = localDate(new Date(first.liveAt));
      if (date < period.start || date > period.end) continue;
      found.push({ postId: entry.postId, platform, date, url: first.url ?? '', parts: live.length });
    }
  }
  return found.sort((a, b) => a.date.localeCompare(b.date) || a.postId.localeCompare(b.postId) || a.platform.localeCompare(b.platform));
}

/** The months (YYYY-MM) a period spans, in order. */
export function monthsOf(period: ReportPeriod): string[] {
  const months: string[] = [];
  let [year, month] = period.start.split('-').map(Number) as [number, number];
  const last = period.end.slice(0, 7);
  for (;;) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) return months;
    month++;
    if (month > 12) {
      month = 1;
      year++;
    }
  }
}

/** counts[platform][month] */
export function countByPlatformAndMonth(list: Delivery[], months: string[]): Map<PlatformId, number[]> {
  const counts = new Map<PlatformId, number[]>();
  for (const delivery of list) {
    const row = counts.get(delivery.platform) ?? months.map(() => 0);
    const index = months.indexOf(delivery.date.slice(0, 7));
    if (index >= 0) row[index] = (row[index] ?? 0) + 1;
    counts.set(delivery.platform, row);
  }
  return counts;
}
