// The two configs of a PR evaluation: the default branch's (roster and rules: authoritative) and
// the head's (only checked, and compared to spot a membership vote).
import { defaultConfig, parseConfig } from '../core/config/parse.ts';
import { lintRoster } from '../core/governance/lint-roster.ts';
import { ruleConfigFindings } from '../core/rules/index.ts';
import type { Finding, HeraldConfig } from '../core/types.ts';
import type { ServerPolicy } from '../core/config/platforms.ts';
import type { FileRead } from '../github/types.ts';
import { CONFIG_PATH } from './paths.ts';
import { governedChanges } from './config-changes.ts';

/** The app judges the configs votes are about: no http:// server passes, loopback included (tests may opt in). */
const APP_SERVER_POLICY: ServerPolicy = { loopbackHttp: false };

export interface DefaultBranchConfig {
  config: HeraldConfig;
  /** How http:// servers were judged; the head config is judged the same way. */
  policy?: ServerPolicy;
  /** Set when the roster cannot be trusted: the vote fails closed with this reason. */
  rosterError?: string;
}

export function readDefaultBranchConfig(file: FileRead, policy: ServerPolicy = APP_SERVER_POLICY): DefaultBranchConfig {
  if (file.state === 'missing') {
    return { config: defaultConfig(CONFIG_PATH), rosterError: `${CONFIG_PATH} does not exist on the default branch` };
  }
  if (file.state === 'unreadable') {
    return { config: defaultConfig(CONFIG_PATH), rosterError: `${CONFIG_PATH} on the default branch ${file.reason}` };
  }
  const parsed = parseConfig(CONFIG_PATH, file.text, policy);
  if (parsed.ok) return { config: parsed.config, policy };
  const errors = parsed.findings.filter((f) => f.severity === 'error');
  const shown = errors
    .slice(0, 3)
    .map((f) => `${f.file}:${f.line}:${f.column}: ${f.message}`)
    .join('; ');
  return {
    config: defaultConfig(CONFIG_PATH),
    rosterError: `${CONFIG_PATH} on the default branch is invalid (${shown || 'unreadable'}); fix it there first`,
  };
}

export interface HeadConfigCheck {
  findings: Finding[];
  /**
   * What makes the PR a membership vote: it changes who votes, where credentials go or how votes
   * count (or breaks the config so nobody can tell). Empty: an ordinary vote.
   */
  membership: string[];
}

/** The PR's config as `herald check` would judge it: parse errors, rule settings, and the charter's roster rules. */
export function checkHeadConfig(
  file: FileRead,
  current: HeraldConfig,
  today: string,
  policy: ServerPolicy = APP_SERVER_POLICY,
): HeadConfigCheck {
  const at = (message: string): Finding => ({ ruleId: 'config', severity: 'error', file: CONFIG_PATH, line: 1, column: 1, message });
  const unreadable = ['the whole config (it cannot be read)'];
  if (file.state === 'missing') return { findings: [at('the PR deletes the Herald config')], membership: unreadable };
  if (file.state === 'unreadable') return { findings: [at(`the config ${file.reason}`)], membership: unreadable };
  const parsed = parseConfig(CONFIG_PATH, file.text, policy);
  if (!parsed.ok) return { findings: parsed.findings, membership: unreadable };
  const findings = [...parsed.findings, ...ruleConfigFindings(parsed.config), ...lintRoster(parsed.config, today)];
  return { findings, membership: governedChanges(current, parsed.config) };
}
