// Which members' terms end soon and have no renewal yet: the scheduled run asks each of them to opt in again.
import type { HeraldConfig } from '../types.ts';

export interface TermNotice {
  login: string;
  termEnd: string;
  daysLeft: number;
  line: number;
}

const DAY_MS = 86_400_000;

export function termNotices(config: HeraldConfig, today: string): TermNotice[] {
  const horizon = shiftDays(today, config.governance.renewalNoticeDays);
  const notices: TermNotice[] = [];
  for (const member of config.roster) {
    if (member.termEnd < today || member.termEnd > horizon || member.termStart > today) continue;
    const renewed = config.roster.some(
      (other) => other !== member && other.login.toLowerCase() === member.login.toLowerCase() && other.termEnd > member.termEnd,
    );
    if (renewed) continue;
    notices.push({ login: member.login, termEnd: member.termEnd, daysLeft: daysBetween(today, member.termEnd), line: member.line });
  }
  return notices.sort((a, b) => a.termEnd.localeCompare(b.termEnd) || a.login.localeCompare(b.login));
}

function shiftDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}
