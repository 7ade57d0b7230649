// Everything the quarterly report is made from, gathered at the edge: the ledger from its branch (or the checkout), the
// votes from GitHub, engagement and followers from each platform (failing soft), failures from the ledger.
import { failureRecords } from '../core/quarterly-report/failures.ts';
import { periodBounds } from '../core/quarterly-report/period.ts';
import { deliveries } from '../core/quarterly-report/published.ts';
import type { ReportInput, ReportPeriod, VoteRecord } from '../core/quarterly-report/types.ts';
import type { HeraldConfig, PlatformId } from '../core/types.ts';
import type { AdapterLoaders } from '../platforms/registry.ts';
import type { AdapterContext, PlatformAdapter } from '../platforms/types.ts';
import type { Octokit } from '@octokit/rest';
import { collectMetrics } from './metrics.ts';
import { readLedgerEntries } from '../ledger/read-all.ts';
import { votesFromGitHub } from './votes-from-github.ts';

interface GatherDeps {
  root: string;
  env: Record<string, string | undefined>;
  /** GitHub to read votes from, or why there is none. */
  github: { octokit: Octokit; repo: { owner: string; repo: string } } | string;
  /** Only the adapters of platforms with deliveries in the period are loaded. */
  adapters: AdapterLoaders;
  fetch: typeof globalThis.fetch;
  log(message: string): void;
  chartFile: string;
}

export async function gatherReport(config: HeraldConfig, period: ReportPeriod, deps: GatherDeps): Promise<ReportInput> {
  const ledger = await readLedgerEntries(deps.root);
  const list = deliveries(ledger, period, config.timezone);
  const ids = new Map<string, string>();
  for (const entry of ledger) {
    for (const [platform, parts] of Object.entries(entry.platforms)) {
      // A retracted (deleted) post has no engagement to read.
      const first = parts?.find((p) => p.index === 0 && p.state === 'live' && !p.deletedAt);
      if (first?.id) ids.set(`${entry.postId}/${platform}`, first.id);
    }
  }
  const ctx: AdapterContext = {
    fetch: deps.fetch,
    log: deps.log,
    readMedia: () => Promise.reject(new Error('the report reads no media')),
  };
  const [votes, metrics] = await Promise.all([
    readVotes(config, period, deps),
    adaptersFor(config, [...new Set(list.map((d) => d.platform))], deps).then((adapters) => collectMetrics(list, ids, adapters, ctx)),
  ]);
  return {
    period,
    timezone: config.timezone,
    platforms: config.platforms,
    roster: config.roster,
    policy: config.approval,
    ledger,
    ...votes,
    failures: failureRecords(ledger, period, config.timezone),
    ...metrics,
    chartFile: deps.chartFile,
  };
}

async function readVotes(
  config: HeraldConfig,
  period: ReportPeriod,
  deps: GatherDeps,
): Promise<{ votes: VoteRecord[]; votesMissing?: string }> {
  if (typeof deps.github === 'string')
    return { votes: [], votesMissing: `${deps.github} (the scheduled workflow sets GITHUB_TOKEN and GITHUB_REPOSITORY)` };
  const { since, until } = periodBounds(period, config.timezone);
  try {
    return { votes: await votesFromGitHub(deps.github.octokit, deps.github.repo, since, until) };
  } catch (error) {
    return { votes: [], votesMissing: `GitHub answered: ${(error as Error).message}` };
  }
}

/** An adapter per platform, or the reason there is none: retired, no adapter in Herald, missing credentials. */
async function adaptersFor(
  config: HeraldConfig,
  platforms: PlatformId[],
  deps: GatherDeps,
): Promise<Map<PlatformId, PlatformAdapter | string>> {
  const adapters = new Map<PlatformId, PlatformAdapter | string>();
  for (const id of platforms) {
    const platform = config.platforms.find((p) => p.id === id);
    const load = deps.adapters[id];
    if (platform?.retired) adapters.set(id, `retired since ${platform.retired.since}: figures are no longer fetched`);
    else if (!platform) adapters.set(id, 'no longer in the config');
    else if (!load) adapters.set(id, 'Herald has no adapter for this platform yet');
    else {
      try {
        adapters.set(id, (await load())(platform, deps.env));
      } catch (error) {
        adapters.set(id, (error as Error).message);
      }
    }
  }
  return adapters;
}
