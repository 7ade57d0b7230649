// command: feeds | governance | report | propose — the scheduled jobs and post proposals, run by the same code as the `herald` CLI commands
// in the workflow's checkout, with the Action's inputs as the command's options.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { feedsCommand } from '../../src/cli/feeds-command.ts';
import { reportError, run as cli } from '../../src/cli/main.ts';
import { fetchFeed } from '../../src/feeds/fetch-feed.ts';
import { PLAIN } from '../../src/cli/style.ts';
import type { CliIO } from '../../src/cli/io.ts';
import { githubFromEnv } from '../../src/cli/github-env.ts';
import { loadValidConfig } from '../../src/cli/repo.ts';
import { lastCompleteQuarter } from '../../src/core/quarterly-report/period.ts';
import { localDate } from '../../src/core/tally/local-date.ts';
import { HeraldError } from '../../src/core/errors.ts';
import { RepoWriter } from '../../src/feeds/repo-writer.ts';
import { input } from './inputs.ts';
import type { ActionDeps } from './main.ts';

const REPORTS_DIR = 'reports';

export async function runCliJob(command: 'feeds' | 'governance' | 'report' | 'propose', deps: ActionDeps): Promise<void> {
  const { env, core } = deps;
  const token = input(env, 'github-token') || env['GITHUB_TOKEN'];
  const io: CliIO = {
    cwd: env['GITHUB_WORKSPACE'] || process.cwd(),
    env: { ...env, ...(token ? { GITHUB_TOKEN: token } : {}) },
    now: deps.now(),
    out: (text) => core.info(text.replace(/\n$/, '')),
    err: (text) => core.info(text.replace(/\n$/, '')),
    style: PLAIN,
  };
  const config = input(env, 'config') || '.github/herald.yml';
  const dryRun = input(env, 'dry-run') === 'true';
  const args = command === 'propose' ? proposeArgs(env) : ['--config', config, ...(dryRun && command !== 'report' ? ['--dry-run'] : [])];
  if (command === 'feeds') args.push('--limit', input(env, 'limit') || '5');
  let quarter = '';
  if (command === 'report') {
    quarter = input(env, 'quarter') || lastCompleteQuarter(localDate(io.now, loadValidConfig(io.cwd, config).config.timezone));
    args.push('--quarter', quarter, '--out', REPORTS_DIR);
  }
  const code = command === 'feeds' ? await feeds(args, io, privateAddresses(env)) : await cli([command, ...args], io);
  if (code !== 0) {
    core.setFailed(`herald ${command} exited with code ${code}: see the log above`);
    return;
  }
  if (command === 'report' && !dryRun) {
    const url = await openReportPull(io, quarter);
    core.info(`herald: the report for ${quarter} is in ${url}`);
    core.setOutput('report-pull-request', url);
  }
}

/** From the issue form (input issue), or the workflow form's answers. */
function proposeArgs(env: Record<string, string | undefined>): string[] {
  const issue = input(env, 'issue');
  if (issue) return ['--issue', issue];
  const answers = [
    ['--title', input(env, 'title')],
    ['--text', input(env, 'text')],
    ['--platforms', input(env, 'platforms')],
    ['--publish-at', input(env, 'publish-at')],
  ];
  return answers.filter(([, value]) => value).flat() as string[];
}

/** Private feed servers (an intranet feed on GitHub Enterprise) must be named in the workflow, never in the config. */
function privateAddresses(env: Record<string, string | undefined>): string[] {
  return input(env, 'private-feed-addresses')
    .split(/[\s,]+/)
    .filter(Boolean);
}

async function feeds(args: string[], io: CliIO, allowPrivateAddresses: string[]): Promise<number> {
  try {
    return await feedsCommand(args, io, (url) => fetchFeed(url, allowPrivateAddresses.length ? { allowPrivateAddresses } : {}));
  } catch (error) {
    return reportError(error, 'feeds', io);
  }
}

/** One branch and one pull request per quarter; a re-run updates the files on that branch. */
async function openReportPull(io: CliIO, quarter: string): Promise<string> {
  const target = githubFromEnv(io.env);
  if (typeof target === 'string') throw new HeraldError(`cannot open the report pull request: ${target}`);
  const writer = new RepoWriter(target.octokit, target.repo);
  const branch = `herald/report-${quarter}`;
  await writer.createBranch(branch);
  for (const name of [`${quarter}.md`, `${quarter}.svg`]) {
    const path = `${REPORTS_DIR}/${name}`;
    const text = readFileSync(join(io.cwd, path), 'utf8');
    const existing = await writer.readFile(path, branch);
    if (existing?.text !== text) await writer.writeFile(path, branch, text, `Report ${quarter}: ${name}`, existing?.sha);
  }
  const pull =
    (await writer.findPull(branch)) ??
    (await writer.openPull(
      branch,
      `Herald report ${quarter}`,
      `The working group's report for ${quarter}: posts, votes, failures and engagement. Read it, correct what is wrong, and merge it to send it to the board. Missing numbers are listed with the reason at the end.`,
    ));
  return pull.html_url;
}
