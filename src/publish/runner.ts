// The run: (1) push intents, (2) publish per platform in parallel, each live part recorded as it
// happens, (3) push the results. docs/publishing.md explains why this publishes each part exactly once.
import { recordFailure } from '../core/ledger/failures.ts';
import { recordLive } from '../core/ledger/record.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import type { PlannedTarget, PostPlan, PublishPlan } from '../core/plan/types.ts';
import { scrubValue, type Scrubber } from '../core/scrub.ts';
import type { PlatformId } from '../core/types.ts';
import type { LedgerStore } from '../ledger/store.ts';
import type { AdapterContext, PlatformAdapter } from '../platforms/types.ts';
import { claimEntries, claimOf } from './claims.ts';
import { failureMessage } from './failure.ts';
import type { RetryPolicy } from './retry.ts';
import { publishThread } from './thread.ts';
import type { PlatformOutcome, PostOutcome, RunOutcome } from './types.ts';

export interface RunnerDeps {
  store: LedgerStore;
  adapters: Partial<Record<PlatformId, PlatformAdapter>>;
  ctx: AdapterContext;
  runId: string;
  retry: RetryPolicy;
  now(): Date;
  sleep(ms: number): Promise<void>;
  log(message: string): void;
  /** Removes secrets from what the ledger records (its failures are committed and pushed). */
  scrub: Scrubber;
}

interface Job {
  post: Extract<PostPlan, { status: 'publish' }>;
  target: PlannedTarget;
}

export async function executePlan(plan: PublishPlan, deps: RunnerDeps): Promise<RunOutcome> {
  const claims = claimEntries(plan, deps.runId, deps.now());
  const entries = new Map<string, LedgerEntry>();
  if (claims.length > 0) {
    const pushed = await deps.store.commit(claims, commitMessage('claim', claims));
    for (const [id, entry] of pushed) entries.set(id, entry);
  }
  const outcomes = new Map<string, PostOutcome>(
    plan.posts.map((p) => [p.postId, { postId: p.postId, file: p.file, plan: p, platforms: [] }]),
  );
  const byPlatform = new Map<PlatformId, Job[]>();
  for (const post of plan.posts) {
    if (post.status !== 'publish') continue;
    for (const target of post.targets) byPlatform.set(target.platform, [...(byPlatform.get(target.platform) ?? []), { post, target }]);
  }

  const runPlatform = async (platform: PlatformId, jobs: Job[]): Promise<void> => {
    const adapter = deps.adapters[platform];
    for (const { post, target } of jobs) {
      const outcome = outcomes.get(post.postId)!;
      const entryOf = () => entries.get(post.postId)!;
      const mine = target.parts.filter((p) => claimOf(entryOf(), platform, p.index, deps.runId) === 'ours');
      const result = await (async (): Promise<PlatformOutcome> => {
        if (mine.length === 0 && target.parts.some((p) => claimOf(entryOf(), platform, p.index, deps.runId) === 'taken')) {
          return { platform, status: 'taken' };
        }
        try {
          if (!adapter) throw new Error(`no adapter is registered for ${platform}`);
          const { recovered } = await publishThread(target, mine, {
            adapter,
            ctx: deps.ctx,
            retry: deps.retry,
            hooks: { sleep: deps.sleep, log: (m) => deps.log(`${post.file} → ${platform}: ${m}`) },
            entry: entryOf,
            onLive: async (live, key) => {
              entries.set(post.postId, recordLive(entryOf(), platform, scrubValue(live, deps.scrub), key, deps.runId, deps.now()));
            },
          });
          return { platform, status: 'live', urls: urlsOf(entryOf(), platform), recovered };
        } catch (error) {
          const message = deps.scrub(failureMessage(post.file, platform, error));
          entries.set(post.postId, { ...entryOf(), failures: recordFailure(entryOf(), platform, deps.runId, message, deps.now()) });
          return { platform, status: 'failed', error: message, urls: urlsOf(entryOf(), platform) };
        }
      })();
      outcome.platforms.push(result);
    }
  };
  await Promise.allSettled([...byPlatform].map(([platform, jobs]) => runPlatform(platform, jobs)));

  const results = [...new Set([...byPlatform.values()].flat().map((j) => j.post.postId))].map((id) => entries.get(id)!);
  let failed = [...outcomes.values()].some(
    (o) => o.plan.status === 'invalid' || o.plan.status === 'refused' || o.platforms.some((p) => p.status === 'failed'),
  );
  if (results.length > 0) {
    try {
      await deps.store.commit(results, commitMessage('record', results));
    } catch (error) {
      failed = true;
      deps.log(`the results could not be pushed (${(error as Error).message}); a re-run recovers them from the platforms`);
    }
  }
  return { posts: [...outcomes.values()], failed };
}

function urlsOf(entry: LedgerEntry, platform: PlatformId): string[] {
  return (entry.platforms[platform] ?? []).filter((p) => p.state === 'live' && p.url).map((p) => p.url!);
}

function commitMessage(kind: 'claim' | 'record', entries: LedgerEntry[]): string {
  const ids = entries.map((e) => e.postId);
  const list = ids.length <= 3 ? ids.join(', ') : `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more`;
  return kind === 'claim' ? `herald: about to publish ${list}` : `herald: published ${list}`;
}
