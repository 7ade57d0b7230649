// Failures and retries in a period, from the ledger's failure log: one row per post and platform,
// with how many runs failed and whether a later run published it after all.
import type { LedgerEntry } from '../ledger/types.ts';
import { localDateFormatter } from '../tally/local-date.ts';
import type { FailureRecord, ReportPeriod } from './types.ts';

export function failureRecords(ledger: LedgerEntry[], period: ReportPeriod, timezone: string): FailureRecord[] {
  const records: FailureRecord[] = [];
  const localDate = localDateFormatter(timezone);
  for (const entry of ledger) {
    const inPeriod = (entry.failures ?? []).filter((f) => {
      const day = localDate(new Date(f.at));
      return day >= period.start && day <= period.end;
    });
    for (const platform of [...new Set(inPeriod.map((f) => f.platform))]) {
      const mine = inPeriod.filter((f) => f.platform === platform);
      const parts = entry.platforms[platform] ?? [];
      const last = mine[mine.length - 1]!;
      records.push({
        postId: entry.postId,
        platform,
        at: mine[0]!.at,
        message: last.message,
        attempts: mine.length,
        recovered: parts.length > 0 && parts.every((p) => p.state === 'live'),
      });
    }
  }
  return records.sort((a, b) => a.at.localeCompare(b.at) || a.postId.localeCompare(b.postId) || a.platform.localeCompare(b.platform));
}
