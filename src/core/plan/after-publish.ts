// The plan for a post that is already live: a retraction (delete what the API can, report the rest)
// or a correction (edit in place where the API can, else a correction reply or leave it). Pure.
// What each platform can do is core/corrections.ts; the ledger's revision for the file's content
// says which steps an earlier run already did (done: skipped) or may have done (intent: recovered).
import { AFTER_PUBLISH, canEdit } from '../corrections.ts';
import { contentHash as hashOf, partKey } from '../ledger/keys.ts';
import { retraction, revisionFor, stepOf } from '../ledger/revisions.ts';
import type { LedgerEntry, LedgerPart } from '../ledger/types.ts';
import type { PlatformId, Post, RenderedPart, Rendition } from '../types.ts';
import type {
  ByHand,
  CorrectionTarget,
  LiveWork,
  PlanCandidate,
  PlannedTarget,
  PostPlan,
  RetractTarget,
  SkippedPlatform,
} from './types.ts';

type Base = Pick<PostPlan, 'postId' | 'file' | 'contentHash' | 'blob'> & { ledger: LedgerEntry };
type SkipOf = (platform: PlatformId) => SkippedPlatform['reason'] | undefined;

/** Live parts of a platform (deleted ones excluded), in thread order. */
export function liveParts(entry: LedgerEntry, platform: PlatformId): LedgerPart[] {
  return (entry.platforms[platform] ?? []).filter((p) => p.state === 'live' && !p.deletedAt).sort((a, b) => a.index - b.index);
}

export function planRetraction(post: Post, base: Base, skip: SkipOf): PostPlan {
  const { ledger, contentHash } = base;
  const revision = revisionFor(ledger, 'retraction', contentHash) ?? retraction(ledger);
  const targets: RetractTarget[] = [];
  const byHand: ByHand[] = [];
  for (const platform of Object.keys(ledger.platforms) as PlatformId[]) {
    const live = liveParts(ledger, platform);
    if (live.length === 0) continue;
    const can = AFTER_PUBLISH[platform];
    const reason = skip(platform);
    // A repost's live id is the reposted post (someone else's): undoing a repost is left to a person.
    if (!can.delete || reason || post.repost) {
      const note = post.repost
        ? 'a repost is undone by hand (Herald deletes only posts it wrote)'
        : !can.delete
          ? (can.note ?? `${platform} has no API to delete a post`)
          : `${platform} is ${reason} in this run`;
      byHand.push({ platform, urls: live.map((p) => p.url!), note });
      continue;
    }
    // Replies first: a thread comes down from its end, so no part is ever left replying to nothing.
    const deletes: LiveWork[] = live
      .reverse()
      .map((p) => ({ index: p.index, recover: stepOf(revision, platform, p.index, 'delete')?.state === 'intent' }));
    targets.push({ platform, deletes });
  }
  // An unfinished retraction is finished for the content it was approved with, whatever the file says now.
  const reason = revision?.reason ?? post.retractReason ?? '';
  return { ...base, contentHash: revision?.content ?? contentHash, status: 'retract', reason, targets, byHand };
}

export function planCorrection(post: Post, candidate: PlanCandidate, base: Base, skip: SkipOf): PostPlan {
  const { ledger, contentHash, postId } = base;
  const revision = revisionFor(ledger, 'correction', contentHash);
  const targets: CorrectionTarget[] = [];
  const skipped: SkippedPlatform[] = [];
  for (const rendition of candidate.renditions) {
    const { platform } = rendition;
    const reason = skip(platform);
    if (reason) {
      skipped.push({ platform, reason });
      continue;
    }
    const live = liveParts(ledger, platform);
    const can = AFTER_PUBLISH[platform];
    const recorded = ledger.platforms[platform] ?? [];
    if (canEdit(platform, rendition.parts) && !rendition.repost) {
      const total = Math.max(rendition.parts.length, 1);
      const edits = live
        .filter((p) => p.index < total && stepOf(revision, platform, p.index, 'edit')?.state !== 'done')
        .map((p) => ({ index: p.index, recover: stepOf(revision, platform, p.index, 'edit')?.state === 'intent' }));
      const missing = Array.from({ length: total }, (_, i) => i).filter((i) => !live.some((p) => p.index === i));
      const append = missing.length ? appendTarget(postId, rendition, missing, recorded, total) : undefined;
      const removed = live.filter((p) => p.index >= total).map((p) => p.index);
      targets.push({ platform, action: 'edit', rendition, edits, ...(append ? { append } : {}), removed });
      continue;
    }
    if (live.length === 0) {
      // Not live here yet (a platform the correction adds): published as a new post would be.
      const all = Array.from({ length: rendition.repost ? 1 : Math.max(rendition.parts.length, 1) }, (_, i) => i);
      targets.push({
        platform,
        action: 'edit',
        rendition,
        edits: [],
        append: appendTarget(postId, rendition, all, recorded, all.length),
        removed: [],
      });
      continue;
    }
    const why = can.note ?? `${platform} cannot edit a live post`;
    const reply = typeof post.correction === 'object' ? post.correction.reply : undefined;
    if (!reply || rendition.repost) {
      const hint = rendition.repost ? 'a repost has no text to correct' : 'add correction: { reply: "…" } to post a correction reply';
      targets.push({ platform, action: 'leave', rendition, edits: [], removed: [], note: `${why}: left as it is (${hint})` });
      continue;
    }
    // The reply's part number is fixed by the revision once claimed; the first time, it follows the thread.
    const claimed = revision?.steps.find((s) => s.platform === platform && s.action === 'reply');
    const digest = hashOf(reply);
    const earlier = ledger.revisions?.find(
      (r) =>
        r !== revision &&
        r.kind === 'correction' &&
        r.steps.some((s) => s.platform === platform && s.action === 'reply' && s.digest === digest),
    );
    if (!claimed && earlier) {
      targets.push({
        platform,
        action: 'leave',
        rendition,
        edits: [],
        removed: [],
        note: `${why}: this correction reply is already posted (${earlier.at.slice(0, 10)})`,
      });
      continue;
    }
    const index = claimed?.part ?? Math.max(...recorded.map((p) => p.index)) + 1;
    const replyRendition = withReply(rendition, index, reply);
    const append = recorded.some((p) => p.index === index && p.state === 'live')
      ? undefined
      : appendTarget(postId, replyRendition, [index], recorded, index + 1);
    targets.push({
      platform,
      action: 'reply',
      rendition: replyRendition,
      edits: [],
      ...(append ? { append } : {}),
      removed: [],
      note: why,
    });
  }
  // Live where the corrected post no longer goes (its platforms changed): left as it is, and said.
  for (const platform of Object.keys(ledger.platforms) as PlatformId[]) {
    if (candidate.renditions.some((r) => r.platform === platform) || liveParts(ledger, platform).length === 0) continue;
    const rendition: Rendition = { platform, postId, file: base.file, parts: [], linkCard: false };
    targets.push({
      platform,
      action: 'leave',
      rendition,
      edits: [],
      removed: [],
      note: "no longer among the post's platforms: left as it is (retract: true takes it down)",
    });
  }
  return { ...base, status: 'correct', targets, skipped };
}

function appendTarget(postId: string, rendition: Rendition, indices: number[], recorded: LedgerPart[], total: number): PlannedTarget {
  return {
    platform: rendition.platform,
    rendition,
    total,
    parts: indices
      .filter((index) => recorded.find((p) => p.index === index)?.state !== 'live')
      .map((index) => ({
        index,
        key: partKey(postId, rendition.platform, index),
        recover: recorded.find((p) => p.index === index)?.state === 'intent',
      })),
  };
}

/** The rendition with the correction reply as part `index` (a plain reply: no media, no link facets). */
function withReply(rendition: Rendition, index: number, text: string): Rendition {
  const reply: RenderedPart = { text, media: [], facets: [], count: { used: [...text].length, limit: 0 }, line: 1, column: 1 };
  const parts = Array.from({ length: index + 1 }, (_, i) => (i === index ? reply : (rendition.parts[i] ?? reply)));
  return { ...rendition, parts };
}
