// The charters' rules about the roster itself: enough admins per platform, no one holding every key,
// the three roles filled, and terms of the agreed length. Pure: config and today in, findings out.
import type { Finding, HeraldConfig, PlatformId, RosterMember } from '../types.ts';

const GOVERNANCE_RULE = 'roster';
const DAY_MS = 86_400_000;

export function lintRoster(config: HeraldConfig, today: string): Finding[] {
  // No roster at all is a config without governance (a personal account, a trial): the vote check says
  // there are no voters; the charter's rules apply once there is a roster.
  if (config.roster.length === 0) return [];
  const active = config.roster.filter((m) => m.termStart <= today && today <= m.termEnd);
  return [
    ...adminFindings(config, active),
    ...roleFindings(config, active),
    ...termFindings(config),
    ...duplicateFindings(config),
  ];
}

function adminFindings(config: HeraldConfig, active: RosterMember[]): Finding[] {
  const platforms = livePlatforms(config);
  const findings: Finding[] = [];
  for (const platform of platforms) {
    const admins = unique(active.filter((m) => m.admins.includes(platform)).map((m) => m.login));
    if (admins.length < 2) {
      const who = admins.length ? `only ${admins.join('')}` : 'nobody';
      const sole = active.find((m) => m.login === admins[0]);
      findings.push(at(config, sole?.line ?? rosterLine(config), `${platform} has ${who} as admin among active members: the charter asks for at least two`, {
        platform,
        hint: `add a second active member with "admins: [${platform}]" so the account never depends on one person`,
      }));
    }
  }
  if (platforms.length >= 2) {
    for (const member of active) {
      if (platforms.every((p) => member.admins.includes(p))) {
        findings.push(at(config, member.line, `${member.login} is admin of every active platform: the charter asks that no single member holds every account`, {
          hint: 'hand at least one platform to other admins',
        }));
      }
    }
  }
  return findings;
}

function roleFindings(config: HeraldConfig, active: RosterMember[]): Finding[] {
  const has = (role: string) => active.some((m) => m.roles.includes(role as RosterMember['roles'][number]));
  const missing = (['chair', 'co-chair', 'board-liaison'] as const).filter((role) => !has(role));
  return missing.map((role) =>
    at(config, rosterLine(config), `the roster has no active ${role}: the charter asks for a chair, a co-chair and a board liaison`, {
      hint: role === 'board-liaison'
        ? 'the board liaison may be the chair or co-chair: add "board-liaison" to their roles'
        : `give an active member the role "${role}"`,
    }),
  );
}

function termFindings(config: HeraldConfig): Finding[] {
  const months = config.governance.termMonths;
  const findings: Finding[] = [];
  for (const member of config.roster) {
    if (member.termEnd < member.termStart) {
      findings.push(at(config, member.line, `${member.login}'s term ends (${member.termEnd}) before it starts (${member.termStart})`));
    } else if (member.termEnd > addMonths(member.termStart, months)) {
      findings.push(at(config, member.line, `${member.login}'s term (${member.termStart} to ${member.termEnd}) is longer than the charter's ${months} months`, {
        severity: 'warn',
        hint: `end it by ${addMonths(member.termStart, months)}, or change governance.term_months if the charter says otherwise`,
      }));
    }
  }
  return findings;
}

function duplicateFindings(config: HeraldConfig): Finding[] {
  const seen = new Map<string, RosterMember>();
  const findings: Finding[] = [];
  for (const member of config.roster) {
    const key = member.login.toLowerCase();
    const earlier = seen.get(key);
    if (earlier && earlier.termEnd >= member.termStart && member.termEnd >= earlier.termStart) {
      findings.push(at(config, member.line, `${member.login} has overlapping terms (also at line ${earlier.line})`, {
        hint: 'a renewed term starts after the previous one ends',
      }));
    }
    seen.set(key, member);
  }
  return findings;
}

/** Platforms that publish: enabled and not retired. */
function livePlatforms(config: HeraldConfig): PlatformId[] {
  return config.platforms.filter((p) => p.enabled && !p.retired).map((p) => p.id);
}

/** The last day of a term of `months` starting on `start` (both YYYY-MM-DD): 2026-01-01 + 6 → 2026-06-30. */
export function addMonths(start: string, months: number): string {
  const [y, m, d] = start.split('-').map(Number) as [number, number, number];
  const target = new Date(Date.UTC(y, m - 1 + months, 1));
  const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
  const end = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth(), Math.min(d, lastDay)) - DAY_MS);
  return end.toISOString().slice(0, 10);
}

function unique(values: string[]): string[] {
  return [...new Set(values)];
}

/** Findings about the roster as a whole point at its first member (the config keeps no line for `roster:`). */
function rosterLine(config: HeraldConfig): number {
  return config.roster[0]?.line ?? 1;
}

function at(
  config: HeraldConfig,
  line: number,
  message: string,
  extra: { severity?: Finding['severity']; hint?: string; platform?: PlatformId } = {},
): Finding {
  const { severity = 'error', ...rest } = extra;
  return { file: config.file, line, column: 1, ruleId: GOVERNANCE_RULE, severity, message, ...rest };
}
