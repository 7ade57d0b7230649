// Corrections and retractions in a period, from the ledger's revisions: counted in the summary and
// listed with their reason and the pull request that approved them. Pure.
import type { LedgerEntry, LedgerRevision } from '../ledger/types.ts';
import { localDateFormatter } from '../tally/local-date.ts';
import type { ReportPeriod } from './types.ts';

export interface RevisionRecord {
  date: string;
  postId: string;
  kind: LedgerRevision['kind'];
  pull?: number;
  reason?: string;
  /** Whether every step was done (a revision left unfinished is still shown). */
  done: boolean;
}

export function revisionRecords(ledger: LedgerEntry[], period: ReportPeriod, timezone: string): RevisionRecord[] {
  const localDate = localDateFormatter(timezone);
  const out: RevisionRecord[] = [];
  for (const entry of ledger) {
    for (const r of entry.revisions ?? []) {
      const date = localDate(new Date(r.doneAt ?? r.at));
      if (date < period.start || date > period.end) continue;
      out.push({
        date,
        postId: entry.postId,
        kind: r.kind,
        ...(r.approval?.pull ? { pull: r.approval.pull } : {}),
        ...(r.reason ? { reason: r.reason } : {}),
        done: r.doneAt !== undefined,
      });
    }
  }
  return out.sort((a, b) => a.date.localeCompare(b.date) || a.postId.localeCompare(b.postId));
}

export function revisionSummary(records: RevisionRecord[]): string {
  const count = (kind: LedgerRevision['kind']) => records.filter((r) => r.kind === kind).length;
  const [c, r] = [count('correction'), count('retraction')];
  return `- ${c} correction${c === 1 ? '' : 's'} and ${r} retraction${r === 1 ? '' : 's'} of live posts`;
}

export function revisionsSection(records: RevisionRecord[], oneLine: (text: string) => string): string {
  if (records.length === 0) return '## Corrections and retractions\n\nNo live post was corrected or retracted.';
  const rows = records.map(
    (r) =>
      `| ${r.date} | ${r.postId} | ${r.kind} | ${r.pull ? `#${r.pull}` : ''} | ${r.done ? 'done' : '**unfinished**'} | ${r.reason ? oneLine(r.reason) : ''} |`,
  );
  return [
    '## Corrections and retractions',
    '',
    '| Date | Post | Change | Approved in | Outcome | Reason |',
    '|---|---|---|---|---|---|',
    ...rows,
  ].join('\n');
}
