// Phase 2 for one post on one platform: its parts in order, each recovered or sent, each recorded as it goes live.
import { findPart as ledgerPart, livePart } from '../core/ledger/record.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import type { PartWork, PlannedTarget } from '../core/plan/types.ts';
import type { RenderedPart } from '../core/types.ts';
import type { AdapterContext, LivePart, PartRequest, PlatformAdapter } from '../platforms/types.ts';
import { withRetry, type RetryHooks, type RetryPolicy } from './retry.ts';

export interface ThreadDeps {
  adapter: PlatformAdapter;
  ctx: AdapterContext;
  retry: RetryPolicy;
  hooks: Omit<RetryHooks, 'recheck'>;
  /** The post's ledger entry as it is now (other platforms update it too). */
  entry(): LedgerEntry;
  /** Records a part that is live; the next part is built from the entry it updates (its parent and root). */
  onLive(live: LivePart, key: string): Promise<void>;
}

const EMPTY_PART: RenderedPart = { text: '', media: [], facets: [], count: { used: 0, limit: 0 }, line: 1, column: 1 };

export function partRequest(target: PlannedTarget, work: PartWork, entry: LedgerEntry | undefined): PartRequest {
  const { rendition } = target;
  const request: PartRequest = { rendition, part: rendition.parts[work.index] ?? EMPTY_PART, index: work.index, key: work.key };
  if (work.index > 0) {
    const parent = ledgerPart(entry, target.platform, work.index - 1);
    const root = ledgerPart(entry, target.platform, 0);
    const parentLive = parent && livePart(parent);
    const rootLive = root && livePart(root);
    if (parentLive) request.parent = parentLive;
    if (rootLive) request.root = rootLive;
  }
  return request;
}

/** Publishes the given parts in order; throws on the first part that fails (later parts need it). */
export async function publishThread(target: PlannedTarget, parts: PartWork[], deps: ThreadDeps): Promise<{ recovered: number }> {
  const { adapter, ctx } = deps;
  let recovered = 0;
  for (const work of parts) {
    const request = partRequest(target, work, deps.entry());
    if (work.index > 0 && !request.parent) {
      throw new Error(`part ${work.index} cannot be sent: part ${work.index - 1} is not live (it is needed to reply to)`);
    }
    const find = () => withRetry(() => adapter.findPart(request, ctx), deps.retry, deps.hooks);
    let live = work.recover ? await find() : undefined;
    if (live) recovered++;
    live ??= await withRetry(() => send(adapter, target, request, ctx), deps.retry, { ...deps.hooks, recheck: find });
    await deps.onLive({ ...live, index: work.index }, work.key);
  }
  return { recovered };
}

function send(adapter: PlatformAdapter, target: PlannedTarget, request: PartRequest, ctx: AdapterContext): Promise<LivePart> {
  const { repost } = target.rendition;
  if (!repost) return adapter.publishPart(request, ctx);
  if (!adapter.repost) throw new Error(`${adapter.id} cannot repost: the adapter has no repost`);
  return adapter.repost(repost, request.key, ctx);
}
