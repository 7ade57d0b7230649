// `herald governance`: the scheduled charter run. Lints the roster as of today in the group's time zone
// and opens (or updates, never duplicates) an issue for each member whose term ends soon.
import { parseArgs } from 'node:util';
import { lintRoster } from '../core/governance/lint-roster.ts';
import { termNotices } from '../core/governance/term-notices.ts';
import { HeraldError } from '../core/errors.ts';
import { localDate } from '../core/tally/local-date.ts';
import { upsertTermIssues } from '../governance/term-issues.ts';
import { formatFindings } from './findings-format.ts';
import { githubFromEnv } from './github-env.ts';
import type { CliIO } from './io.ts';
import { CONFIG_PATH, loadValidConfig } from './repo.ts';

export const GOVERNANCE_HELP = `Usage: herald governance [options]

Checks the roster against the charter (admins per platform, chair, co-chair, board liaison, term
lengths) as of today in the config's time zone, and opens or updates one issue per member whose
term ends within governance.renewal_notice_days, asking them to opt in to another term.
Needs GITHUB_TOKEN and GITHUB_REPOSITORY (set in GitHub Actions) unless --dry-run.
Exit code 1 when the roster breaks a rule of the charter or the config has errors.

Options:
  --dry-run        print the issues it would open or update; send nothing
  --config <path>  repository config (default: ${CONFIG_PATH})
  -h, --help       show this help
`;

export async function governanceCommand(argv: string[], io: CliIO): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      'dry-run': { type: 'boolean', default: false },
      config: { type: 'string', default: CONFIG_PATH },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(GOVERNANCE_HELP);
    return 0;
  }
  const loaded = loadValidConfig(io.cwd, values.config);
  if (!loaded.found)
    throw new HeraldError(`${values.config}: not found`, {
      hint: 'run herald governance at the root of the repository that holds the roster',
    });
  const { config } = loaded;
  const today = localDate(io.now, config.timezone);
  const voters = config.roster.filter((m) => m.termStart <= today && today <= m.termEnd);
  io.out(
    `Roster on ${today} (${config.timezone}): ${voters.length} active member${voters.length === 1 ? '' : 's'}${voters.length ? `: ${voters.map((m) => `@${m.login}`).join(', ')}` : ''}\n`,
  );
  const findings = [...loaded.findings, ...lintRoster(config, today)];
  io.out(findings.length ? formatFindings(findings, 'human', io.style, 1) : 'The roster follows the charter.\n');

  const notices = termNotices(config, today);
  if (notices.length === 0) io.out(`No term ends within ${config.governance.renewalNoticeDays} days.\n`);
  if (values['dry-run']) {
    for (const n of notices)
      io.out(`would open or update the renewal issue for @${n.login} (term ends ${n.termEnd}, ${n.daysLeft} days left)\n`);
  } else if (notices.length > 0) {
    const target = githubFromEnv(io.env);
    if (typeof target === 'string') {
      throw new HeraldError(`cannot open renewal issues: ${target}`, {
        hint: 'run it in GitHub Actions (see .github/workflows/governance.yml), or use --dry-run',
      });
    }
    for (const issue of await upsertTermIssues(target.octokit, target.repo, notices, config.file)) {
      io.out(`${issue.action} the renewal issue for @${issue.login}: ${issue.url}\n`);
    }
  }
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}
