// The two configs of a PR evaluation: the default branch's (roster and rules: authoritative) and
// the head's (only checked, and compared to spot a membership vote).
import { defaultConfig, parseConfig } from '../core/config/parse.ts';
import { lintRoster } from '../core/governance/lint-roster.ts';
import { ruleConfigFindings } from '../core/rules/index.ts';
import type { Finding, HeraldConfig, RosterMember } from '../core/types.ts';
import type { FileRead } from '../github/types.ts';
import { CONFIG_PATH } from './paths.ts';

export interface DefaultBranchConfig {
  config: HeraldConfig;
  /** Set when the roster cannot be trusted: the vote fails closed with this reason. */
  rosterError?: string;
}

export function readDefaultBranchConfig(file: FileRead): DefaultBranchConfig {
  if (file.state === 'missing') {
    return { config: defaultConfig(CONFIG_PATH), rosterError: `${CONFIG_PATH} does not exist on the default branch` };
  }
  if (file.state === 'unreadable') {
    return { config: defaultConfig(CONFIG_PATH), rosterError: `${CONFIG_PATH} on the default branch ${file.reason}` };
  }
  const parsed = parseConfig(CONFIG_PATH, file.text);
  if (parsed.ok) return { config: parsed.config };
  const errors = parsed.findings.filter((f) => f.severity === 'error');
  const shown = errors.slice(0, 3).map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`).join('; ');
  return {
    config: defaultConfig(CONFIG_PATH),
    rosterError: `${CONFIG_PATH} on the default branch is invalid (${shown || 'unreadable'}); fix it there first`,
  };
}

export interface HeadConfigCheck {
  findings: Finding[];
  /** The PR changes who votes (or breaks the config so nobody can tell): a membership vote. */
  changesRoster: boolean;
}

/** The PR's config as `herald check` would judge it: parse errors, rule settings, and the charter's roster rules. */
export function checkHeadConfig(file: FileRead, current: HeraldConfig, today: string): HeadConfigCheck {
  const at = (message: string): Finding => ({ ruleId: 'config', severity: 'error', file: CONFIG_PATH, line: 1, column: 1, message });
  if (file.state === 'missing') return { findings: [at('the PR deletes the Herald config')], changesRoster: true };
  if (file.state === 'unreadable') return { findings: [at(`the config ${file.reason}`)], changesRoster: true };
  const parsed = parseConfig(CONFIG_PATH, file.text);
  if (!parsed.ok) return { findings: parsed.findings, changesRoster: true };
  const findings = [...parsed.findings, ...ruleConfigFindings(parsed.config), ...lintRoster(parsed.config, today)];
  return { findings, changesRoster: rosterKey(parsed.config.roster) !== rosterKey(current.roster) };
}

/** The roster's meaning without source positions. */
function rosterKey(roster: RosterMember[]): string {
  return JSON.stringify(
    roster.map((m) => [m.login.toLowerCase(), [...m.roles].sort(), m.termStart, m.termEnd]).sort(),
  );
}
