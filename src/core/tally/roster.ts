// Who may vote today: roster members whose term covers today (both ends inclusive).
import type { Role, RosterMember } from '../types.ts';
import { isIsoDate } from './local-date.ts';

export interface Voter {
  login: string;
  roles: Role[];
  active: boolean;
  /** Why an inactive member cannot vote, e.g. "term ended 2026-06-30". */
  inactiveNote: string;
}

type RosterView = { ok: true; byLogin: Map<string, Voter>; order: string[] } | { ok: false; reason: string };

export const loginKey = (login: string): string => login.toLowerCase();

function problemWith(member: RosterMember): string | undefined {
  const where = `roster entry at line ${member.line}`;
  if (typeof member.login !== 'string' || member.login.trim() === '') return `${where} has no login`;
  if (!isIsoDate(member.termStart)) return `${where} (${member.login}): term start "${member.termStart}" is not a YYYY-MM-DD date`;
  if (!isIsoDate(member.termEnd)) return `${where} (${member.login}): term end "${member.termEnd}" is not a YYYY-MM-DD date`;
  if (member.termStart > member.termEnd) {
    return `${where} (${member.login}): term ends (${member.termEnd}) before it starts (${member.termStart})`;
  }
  return undefined;
}

function covers(member: RosterMember, today: string): boolean {
  return member.termStart <= today && today <= member.termEnd;
}

function describeInactive(entries: RosterMember[], today: string): string {
  const future = entries
    .filter((m) => m.termStart > today)
    .map((m) => m.termStart)
    .sort();
  if (future[0]) return `term starts ${future[0]}`;
  const ended = entries.map((m) => m.termEnd).sort();
  return `term ended ${ended[ended.length - 1] ?? '?'}`;
}

/**
 * Groups the roster by login (a member may have several entries, e.g. a renewed term) and marks
 * who is active today. Any malformed entry makes the whole roster unusable: the vote fails closed.
 */
export function readRoster(roster: RosterMember[], today: string): RosterView {
  if (!isIsoDate(today)) return { ok: false, reason: `today's date "${today}" is not a YYYY-MM-DD date` };
  const grouped = new Map<string, RosterMember[]>();
  for (const member of roster) {
    const problem = problemWith(member);
    if (problem) return { ok: false, reason: problem };
    const key = loginKey(member.login);
    const entries = grouped.get(key);
    if (entries) entries.push(member);
    else grouped.set(key, [member]);
  }
  const byLogin = new Map<string, Voter>();
  for (const [key, entries] of grouped) {
    const current = entries.filter((m) => covers(m, today));
    const active = current.length > 0;
    const roles = [...new Set((active ? current : entries).flatMap((m) => m.roles))];
    byLogin.set(key, {
      login: entries[0]!.login,
      roles,
      active,
      inactiveNote: active ? '' : describeInactive(entries, today),
    });
  }
  return { ok: true, byLogin, order: [...grouped.keys()] };
}
