// Phase 2 for corrections and retractions on one platform: edit the live parts (then append the new
// parts or the correction reply as a thread), or delete the live parts from the thread's end. Each step
// is marked done in the ledger entry as it happens; phase 3 pushes the entry (runner.ts).
import { findPart, livePart, recordLive } from '../core/ledger/record.ts';
import { recordStepDone } from '../core/ledger/revisions.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import type { CorrectionTarget, PostPlan, RetractTarget } from '../core/plan/types.ts';
import { scrubValue, type Scrubber } from '../core/scrub.ts';
import type { PlatformId } from '../core/types.ts';
import type { AdapterContext, LivePart, PlatformAdapter } from '../platforms/types.ts';
import { kindOf, stepClaim } from './revise-claims.ts';
import { withRetry, type RetryHooks, type RetryPolicy } from './retry.ts';
import { publishThread } from './thread.ts';
import type { PlatformOutcome } from './types.ts';
import { claimOf } from './claims.ts';

type Revise = Extract<PostPlan, { status: 'correct' | 'retract' }>;

export interface ReviseDeps {
  adapter: PlatformAdapter | undefined;
  ctx: AdapterContext;
  retry: RetryPolicy;
  hooks: Omit<RetryHooks, 'recheck'>;
  runId: string;
  now(): Date;
  scrub: Scrubber;
  entry(): LedgerEntry;
  update(entry: LedgerEntry): void;
}

const urlOf = (entry: LedgerEntry, platform: PlatformId, index: number) => findPart(entry, platform, index)?.url;

export async function correctOn(post: Revise, target: CorrectionTarget, deps: ReviseDeps): Promise<PlatformOutcome> {
  const { platform } = target;
  const removed = target.removed.flatMap((i) => urlOf(deps.entry(), platform, i) ?? []);
  const outcome = (appended: string[]): PlatformOutcome => ({
    platform,
    status: 'corrected',
    action: target.action,
    urls:
      target.action === 'edit'
        ? target.edits.flatMap((e) => urlOf(deps.entry(), platform, e.index) ?? [])
        : liveUrls(deps.entry(), platform, target),
    appended,
    removed,
    ...(target.note ? { note: target.note } : {}),
  });
  if (target.action === 'leave') return outcome([]);
  const adapter = required(deps.adapter, platform);
  for (const edit of target.edits) {
    if (stepClaim(deps.entry(), post, platform, edit.index, 'edit', deps.runId) !== 'ours') continue;
    if (!adapter.editPart) throw new Error(`${platform} cannot edit a live post (the adapter has no editPart)`);
    const live = liveOf(deps.entry(), platform, edit.index);
    const part = target.rendition.parts[edit.index]!;
    const result = await withRetry(
      () => adapter.editPart!({ rendition: target.rendition, part, index: edit.index, live, recover: edit.recover }, deps.ctx),
      deps.retry,
      deps.hooks,
    );
    deps.update(
      recordStepDone(deps.entry(), kindOf(post), post.contentHash, { platform, part: edit.index, action: 'edit', result, at: deps.now() }),
    );
  }
  const append = target.append;
  if (!append || append.parts.length === 0) return outcome([]);
  const mine = append.parts.filter((p) => claimOf(deps.entry(), platform, p.index, deps.runId) === 'ours');
  await publishThread(append, mine, {
    adapter,
    ctx: deps.ctx,
    retry: deps.retry,
    hooks: deps.hooks,
    entry: deps.entry,
    onLive: async (live, key) => {
      let entry = recordLive(deps.entry(), platform, scrubValue(live, deps.scrub), key, deps.runId, deps.now());
      if (target.action === 'reply')
        entry = recordStepDone(entry, kindOf(post), post.contentHash, { platform, part: live.index, action: 'reply', at: deps.now() });
      deps.update(entry);
    },
  });
  return outcome(append.parts.flatMap((p) => urlOf(deps.entry(), platform, p.index) ?? []));
}

export async function retractOn(post: Revise, target: RetractTarget, deps: ReviseDeps): Promise<PlatformOutcome> {
  const { platform } = target;
  const adapter = required(deps.adapter, platform);
  if (!adapter.deletePart) throw new Error(`${platform} cannot delete a live post (the adapter has no deletePart)`);
  const urls: string[] = [];
  for (const work of target.deletes) {
    const claim = stepClaim(deps.entry(), post, platform, work.index, 'delete', deps.runId);
    if (claim === 'taken') continue;
    const live = liveOf(deps.entry(), platform, work.index);
    urls.push(live.url);
    if (claim === 'done') continue;
    // A delete is safe to repeat: once it went through, the platform answers 404, read as gone.
    const result = await withRetry(() => adapter.deletePart!(live, deps.ctx), deps.retry, deps.hooks);
    deps.update(
      recordStepDone(deps.entry(), kindOf(post), post.contentHash, {
        platform,
        part: work.index,
        action: 'delete',
        result,
        at: deps.now(),
      }),
    );
  }
  return { platform, status: 'deleted', urls };
}

function required(adapter: PlatformAdapter | undefined, platform: PlatformId): PlatformAdapter {
  if (!adapter) throw new Error(`no adapter is registered for ${platform}`);
  return adapter;
}

function liveOf(entry: LedgerEntry, platform: PlatformId, index: number): LivePart {
  const part = findPart(entry, platform, index);
  const live = part && livePart(part);
  if (!live) throw new Error(`part ${index} on ${platform} is not live in the ledger: nothing to change`);
  return live;
}

function liveUrls(entry: LedgerEntry, platform: PlatformId, target: CorrectionTarget): string[] {
  return (entry.platforms[platform] ?? [])
    .filter((p) => p.state === 'live' && !p.deletedAt && p.url && !target.append?.parts.some((a) => a.index === p.index))
    .map((p) => p.url!);
}
