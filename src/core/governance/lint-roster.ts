// The charters' rules about the roster itself: enough admins per platform, no one holding every key,
// the three roles filled, and terms of the agreed length. Each is a rule with a severity in `rules:` like any
// other (a two-member group sets roster-roles to warn until it has a board liaison); a roster that cannot be
// right (a term ending before it starts, overlapping terms) is always an error. Pure: config and today in.
import { resolveSetting, stringList, integer, type OptionsSchema } from '../rules/options.ts';
import type { Finding, HeraldConfig, PlatformId, Role, RosterMember, Severity } from '../types.ts';

const GOVERNANCE_RULE = 'roster';
const DAY_MS = 86_400_000;
const ROLES: readonly Role[] = ['chair', 'co-chair', 'board-liaison', 'member'];

interface RosterRule<O> {
  id: string;
  defaultSeverity: Severity;
  description: string;
  options: OptionsSchema<O>;
  check(config: HeraldConfig, active: RosterMember[], options: O): Omit<Finding, 'ruleId' | 'severity'>[];
}

const admins: RosterRule<{ min: number }> = {
  id: 'roster-admins',
  defaultSeverity: 'error',
  description: 'every live platform has at least `min` active admins',
  options: { min: integer('fewest active admins per live platform', 2, 1, 20) },
  check: (config, active, { min }) =>
    livePlatforms(config).flatMap((platform) => {
      const logins = unique(active.filter((m) => m.admins.includes(platform)).map((m) => m.login));
      if (logins.length >= min) return [];
      const who = logins.length ? `only ${logins.join(', ')}` : 'nobody';
      const sole = active.find((m) => m.login === logins[0]);
      return [
        at(
          config,
          sole?.line ?? rosterLine(config),
          `${platform} has ${who} as admin among active members: the charter asks for at least ${min}`,
          {
            platform,
            hint: `add another active member with "admins: [${platform}]" so the account never depends on one person`,
          },
        ),
      ];
    }),
};

const soleAdmin: RosterRule<Record<string, never>> = {
  id: 'roster-sole-admin',
  defaultSeverity: 'error',
  description: 'no single member is admin of every live platform (with two or more platforms)',
  options: {},
  check(config, active) {
    const platforms = livePlatforms(config);
    if (platforms.length < 2) return [];
    return active
      .filter((member) => platforms.every((p) => member.admins.includes(p)))
      .map((member) =>
        at(
          config,
          member.line,
          `${member.login} is admin of every active platform: the charter asks that no single member holds every account`,
          {
            hint: 'hand at least one platform to other admins',
          },
        ),
      );
  },
};

const roles: RosterRule<{ required: string[] }> = {
  id: 'roster-roles',
  defaultSeverity: 'error',
  description: 'the roles in `required` are each held by an active member',
  options: { required: stringList(`roles the charter asks for (of ${ROLES.join(', ')})`, ['chair', 'co-chair', 'board-liaison']) },
  check(config, active, { required }) {
    const missing = required.filter((role) => !active.some((m) => (m.roles as string[]).includes(role)));
    return missing.map((role) =>
      at(config, rosterLine(config), `the roster has no active ${role}: the charter asks for ${required.join(', ')}`, {
        hint:
          role === 'board-liaison'
            ? 'the board liaison may be the chair or co-chair: add "board-liaison" to their roles, or set rules: { roster-roles: warn } until the board names one'
            : `give an active member the role "${role}"`,
      }),
    );
  },
};

const termLength: RosterRule<Record<string, never>> = {
  id: 'roster-term-length',
  defaultSeverity: 'warn',
  description: 'no term is longer than `governance.term_months`',
  options: {},
  check(config) {
    const months = config.governance.termMonths;
    return config.roster
      .filter((m) => m.termEnd >= m.termStart && m.termEnd > addMonths(m.termStart, months))
      .map((m) =>
        at(config, m.line, `${m.login}'s term (${m.termStart} to ${m.termEnd}) is longer than the charter's ${months} months`, {
          hint: `end it by ${addMonths(m.termStart, months)}, or change governance.term_months if the charter says otherwise`,
        }),
      );
  },
};

/** The charter's roster rules, configurable in `rules:` (docs/governance.md, "Roles and admins"). */
export const ROSTER_RULES: readonly RosterRule<never>[] = [admins, soleAdmin, roles, termLength] as unknown as RosterRule<never>[];

export function lintRoster(config: HeraldConfig, today: string): Finding[] {
  // No roster at all is a config without governance (a personal account, a trial): the vote check says
  // there are no voters; the charter's rules apply once there is a roster.
  if (config.roster.length === 0) return [];
  const active = config.roster.filter((m) => m.termStart <= today && today <= m.termEnd);
  const findings: Finding[] = [];
  for (const rule of ROSTER_RULES) {
    // An invalid setting is reported by ruleConfigFindings; the rule then runs with its defaults.
    const { severity, options } = resolveSetting(rule.defaultSeverity, rule.options, config.rules[rule.id]);
    if (severity === 'off') continue;
    for (const finding of rule.check(config, active, options as never)) findings.push({ ...finding, ruleId: rule.id, severity });
  }
  return [...findings, ...orderFindings(config), ...duplicateFindings(config)];
}

function orderFindings(config: HeraldConfig): Finding[] {
  return config.roster
    .filter((m) => m.termEnd < m.termStart)
    .map((m) => ({
      ...at(config, m.line, `${m.login}'s term ends (${m.termEnd}) before it starts (${m.termStart})`),
      ruleId: GOVERNANCE_RULE,
      severity: 'error' as const,
    }));
}

function duplicateFindings(config: HeraldConfig): Finding[] {
  const seen = new Map<string, RosterMember>();
  const findings: Finding[] = [];
  for (const member of config.roster) {
    const key = member.login.toLowerCase();
    const earlier = seen.get(key);
    if (earlier && earlier.termEnd >= member.termStart && member.termEnd >= earlier.termStart) {
      findings.push({
        ...at(config, member.line, `${member.login} has overlapping terms (also at line ${earlier.line})`, {
          hint: 'a renewed term starts after the previous one ends',
        }),
        ruleId: GOVERNANCE_RULE,
        severity: 'error',
      });
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
  extra: { hint?: string; platform?: PlatformId } = {},
): Omit<Finding, 'ruleId' | 'severity'> {
  return { file: config.file, line, column: 1, message, ...extra };
}
