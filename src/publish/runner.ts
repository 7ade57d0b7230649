// The run: (1) push intents, (2) publish per platform in parallel, each live part recorded as it
// happens, (3) push the results. docs/publishing.md explains why this publishes each part exactly once.
import { recordFailure } from '../core/ledger/failures.ts';
import { recordLive } from '../core/ledger/record.ts';
import { finishRevision } from '../core/ledger/revisions.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import type { CorrectionTarget, PlannedTarget, PostPlan, PublishPlan, RetractTarget } from '../core/plan/types.ts';
import { scrubValue, type Scrubber } from '../core/scrub.ts';
import type { PlatformId } from '../core/types.ts';
import type { LedgerStore } from '../ledger/store.ts';
import type { AdapterContext, PlatformAdapter } from '../platforms/types.ts';
import { claimEntries, claimOf, withBlob } from './claims.ts';
import { failureMessage } from './failure.ts';
import type { RetryPolicy } from './retry.ts';
import { kindOf } from './revise-claims.ts';
import { correctOn, retractOn } from './revise.ts';
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

type Job =
  | { post: Extract<PostPlan, { status: 'publish' }>; target: PlannedTarget }
  | { post: Extract<PostPlan, { status: 'correct' }>; correction: CorrectionTarget }
  | { post: Extract<PostPlan, { status: 'retract' }>; retraction: RetractTarget };

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
  const add = (platform: PlatformId, job: Job) => byPlatform.set(platform, [...(byPlatform.get(platform) ?? []), job]);
  for (const post of plan.posts) {
    if (post.status === 'publish') for (const target of post.targets) add(target.platform, { post, target });
    if (post.status === 'correct') for (const correction of post.targets) add(correction.platform, { post, correction });
    if (post.status === 'retract') for (const retraction of post.targets) add(retraction.platform, { post, retraction });
  }
  for (const post of plan.posts) {
    if (post.status !== 'retract') continue;
    const outcome = outcomes.get(post.postId)!;
    for (const b of post.byHand) outcome.platforms.push({ platform: b.platform, status: 'by-hand', urls: b.urls, note: b.note });
  }

  const runPlatform = async (platform: PlatformId, jobs: Job[]): Promise<void> => {
    const adapter = deps.adapters[platform];
    for (const job of jobs) {
      const { post } = job;
      const outcome = outcomes.get(post.postId)!;
      const entryOf = () => entries.get(post.postId)!;
      if (!('target' in job)) {
        outcome.platforms.push(await revise(job, platform, adapter, entryOf));
        continue;
      }
      const { target } = job;
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
  const revise = async (
    job: Exclude<Job, { target: PlannedTarget }>,
    platform: PlatformId,
    adapter: PlatformAdapter | undefined,
    entryOf: () => LedgerEntry,
  ): Promise<PlatformOutcome> => {
    const { post } = job;
    const reviseDeps = {
      adapter,
      ctx: deps.ctx,
      retry: deps.retry,
      hooks: { sleep: deps.sleep, log: (m: string) => deps.log(`${post.file} → ${platform}: ${m}`) },
      runId: deps.runId,
      now: deps.now,
      scrub: deps.scrub,
      entry: entryOf,
      update: (entry: LedgerEntry) => void entries.set(post.postId, entry),
    };
    try {
      return 'correction' in job
        ? await correctOn(job.post, job.correction, reviseDeps)
        : await retractOn(job.post, job.retraction, reviseDeps);
    } catch (error) {
      const message = deps.scrub(failureMessage(post.file, platform, error));
      entries.set(post.postId, { ...entryOf(), failures: recordFailure(entryOf(), platform, deps.runId, message, deps.now()) });
      return { platform, status: 'failed', error: message, urls: [] };
    }
  };
  await Promise.allSettled([...byPlatform].map(([platform, jobs]) => runPlatform(platform, jobs)));

  for (const post of plan.posts) {
    if ((post.status === 'correct' || post.status === 'retract') && entries.has(post.postId))
      entries.set(post.postId, withBlob(finishRevision(entries.get(post.postId)!, kindOf(post), post.contentHash, deps.now()), post));
  }
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
