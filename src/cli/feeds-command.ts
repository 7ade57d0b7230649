// `herald feeds`: turn new entries of the configured news feeds into draft posts: a pull request each,
// or a direct commit for a feed marked trusted. The state (entries seen) lives in published/feeds/ on herald/ledger.
import { parseArgs } from 'node:util';
import { draftPost, selectEntries } from '../core/feed-drafts/draft.ts';
import { parseFeed } from '../core/feed-drafts/parse-feed.ts';
import { HeraldError } from '../core/errors.ts';
import { localDate } from '../core/tally/local-date.ts';
import type { HeraldConfig } from '../core/types.ts';
import { fetchFeed } from '../feeds/fetch-feed.ts';
import { readRepoFileSync, refusalOf } from '../fs/repo-file.ts';
import { RepoWriter } from '../feeds/repo-writer.ts';
import { feedError, runFeeds } from '../feeds/run-feeds.ts';
import { feedStatePath, parseFeedState } from '../feeds/state.ts';
import { githubFromEnv } from './github-env.ts';
import { UsageError, type CliIO } from './io.ts';
import { CONFIG_PATH, loadValidConfig } from './repo.ts';

export const FEEDS_HELP = `Usage: herald feeds [options]

Reads the RSS, Atom and JSON feeds named under feeds: in the config and, for each new entry, opens a
pull request with a draft post (voted like any post); a feed with trusted: true commits the post to
the default branch instead. Never the same entry twice; on a feed's first run only the newest
--limit entries are drafted. Needs GITHUB_TOKEN and GITHUB_REPOSITORY unless --dry-run.
Exit code 1 when a feed could not be read or the config has errors (then nothing is drafted).

Options:
  --limit <n>      most drafts per feed and run (default: 5)
  --dry-run        print the drafts it would make (state read from this checkout); send nothing
  --config <path>  repository config (default: ${CONFIG_PATH})
  -h, --help       show this help
`;

export async function feedsCommand(
  argv: string[],
  io: CliIO,
  fetcher: (url: string) => Promise<string> = (url) => fetchFeed(url),
): Promise<number> {
  const { values } = parseArgs({
    args: argv,
    options: {
      limit: { type: 'string', default: '5' },
      'dry-run': { type: 'boolean', default: false },
      config: { type: 'string', default: CONFIG_PATH },
      help: { type: 'boolean', short: 'h' },
    },
  });
  if (values.help) {
    io.out(FEEDS_HELP);
    return 0;
  }
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1 || limit > 100)
    throw new UsageError(`--limit must be a whole number from 1 to 100, not "${values.limit}"`);
  const { config } = loadValidConfig(io.cwd, values.config);
  if (config.feeds.length === 0) {
    io.out(`No feeds in ${values.config}: nothing to do.\n`);
    return 0;
  }
  if (values['dry-run']) return dryRun(config, io, fetcher, limit);
  const target = githubFromEnv(io.env);
  if (typeof target === 'string')
    throw new HeraldError(`cannot open pull requests: ${target}`, {
      hint: 'run it in GitHub Actions (see .github/workflows/feeds.yml), or use --dry-run',
    });
  const outcomes = await runFeeds(
    config,
    { writer: new RepoWriter(target.octokit, target.repo), fetchFeed: fetcher, now: io.now, log: (m) => io.err(`${m}\n`) },
    limit,
  );
  for (const outcome of outcomes) {
    if (!outcome.ok) io.out(io.style.red(`✗ ${outcome.feed}: ${outcome.error}\n`));
    else if (outcome.drafted.length === 0) io.out(`✓ ${outcome.feed}: nothing new\n`);
    else for (const d of outcome.drafted) io.out(`✓ ${outcome.feed}: ${d.title} → ${d.pullUrl ?? `${d.path} (committed: trusted feed)`}\n`);
  }
  return outcomes.some((o) => !o.ok) ? 1 : 0;
}

async function dryRun(config: HeraldConfig, io: CliIO, fetcher: (url: string) => Promise<string>, limit: number): Promise<number> {
  let failed = false;
  const today = localDate(io.now, config.timezone);
  for (const feed of config.feeds) {
    try {
      const statePath = feedStatePath(feed.name);
      const state =
        refusalOf(io.cwd, statePath)?.reason === 'missing' ? undefined : Buffer.from(readRepoFileSync(io.cwd, statePath)).toString('utf8');
      const seen = state === undefined ? undefined : parseFeedState(state, statePath).seen;
      const parsed = parseFeed(await fetcher(feed.url));
      if (!parsed.ok) throw new Error(parsed.error);
      const { drafts } = selectEntries(parsed.entries, seen, limit);
      io.out(
        `${feed.name}: ${parsed.entries.length} entries, ${drafts.length} to draft${seen ? '' : ' (first run: older entries are marked seen)'}\n`,
      );
      for (const entry of drafts) {
        const draft = draftPost(entry, { ...feed, language: feed.language ?? parsed.language }, today);
        io.out(`  would ${feed.trusted ? 'commit' : 'open a pull request with'} ${draft.path}\n${draft.content.replace(/^/gm, '    ')}\n`);
      }
    } catch (error) {
      failed = true;
      io.out(io.style.red(`✗ ${feed.name} (${feed.url}): ${feedError(error, feed.url)}\n`));
    }
  }
  return failed ? 1 : 0;
}
