// The publication plan: which parts of which posts go to which platform in this run. Pure.
import { hasLive } from '../ledger/record.ts';
import { retraction } from '../ledger/revisions.ts';
import { planCorrection, planRetraction } from './after-publish.ts';
import { partKey, postIdOfFile } from '../ledger/keys.ts';
import type { LedgerEntry } from '../ledger/types.ts';
import type { PlatformId, Rendition } from '../types.ts';
import type { ApprovedBy, PlanCandidate, PlanInput, PlannedTarget, PostPlan, PublishPlan, SkippedPlatform } from './types.ts';

export function planPublication(input: PlanInput): PublishPlan {
  const seen = new Set<string>();
  const posts: PostPlan[] = [];
  for (const candidate of input.candidates) {
    const plan = planPost(candidate, input);
    // Refused files are each reported (two posts with one id are both refused); others once per post id.
    const key = plan.status === 'refused' ? `file:${plan.file}` : plan.postId;
    if (seen.has(key)) continue;
    seen.add(key);
    posts.push(plan);
  }
  for (const postId of input.missing ?? []) {
    const ledger = input.ledgers[postId];
    if (ledger && !seen.has(postId)) posts.push({ postId, file: ledger.file, contentHash: ledger.contentHash, ledger, status: 'missing' });
  }
  return { mode: input.mode, posts };
}

/** The plan with the posts the approval check refused (by post id) taken out of publishing. */
export function withRefusals(plan: PublishPlan, refusals: ReadonlyMap<string, { reason: string; pull?: number }>): PublishPlan {
  return {
    ...plan,
    posts: plan.posts.map((post) => {
      const refusal = refusals.get(post.postId);
      if (!refusal || (post.status !== 'publish' && post.status !== 'correct' && post.status !== 'retract')) return post;
      const { postId, file, contentHash, ledger } = post;
      return {
        postId,
        file,
        contentHash,
        ...(ledger ? { ledger } : {}),
        status: 'refused',
        reason: refusal.reason,
        ...(refusal.pull ? { pull: refusal.pull } : {}),
      };
    }),
  };
}

/** The plan with the vote behind each correction and retraction (recorded in the ledger revision). */
export function withApprovals(plan: PublishPlan, approvals: ReadonlyMap<string, ApprovedBy>): PublishPlan {
  return {
    ...plan,
    posts: plan.posts.map((post) => {
      const approvedBy = approvals.get(post.postId);
      return approvedBy && (post.status === 'correct' || post.status === 'retract') ? { ...post, approvedBy } : post;
    }),
  };
}

function planPost(candidate: PlanCandidate, input: PlanInput): PostPlan {
  const { post, file, contentHash } = candidate;
  const postId = post?.id ?? postIdOfFile(file);
  const ledger = input.ledgers[postId];
  const base = { postId, file, contentHash, ...(candidate.blob ? { blob: candidate.blob } : {}), ...(ledger ? { ledger } : {}) };
  if (!post) return { ...base, status: 'invalid', findings: candidate.findings };
  if (candidate.refused) return { ...base, status: 'refused', reason: candidate.refused };
  const plan = planParsed(candidate, post, input, base);
  const errors = candidate.findings.filter((f) => f.severity === 'error');
  // What `herald check` refuses is never sent (nor edited in), nor left waiting for its publish_at.
  if (errors.length > 0 && (plan.status === 'publish' || plan.status === 'scheduled' || plan.status === 'correct'))
    return { ...base, status: 'invalid', findings: errors };
  return plan;
}

function planParsed(
  candidate: PlanCandidate,
  post: NonNullable<PlanCandidate['post']>,
  input: PlanInput,
  base: Pick<PostPlan, 'postId' | 'file' | 'contentHash' | 'blob' | 'ledger'>,
): PostPlan {
  const { contentHash } = candidate;
  const { postId, ledger } = base;

  const moved = ledger ? undefined : movedFrom(candidate, input);
  if (moved) return { ...base, ledger: moved, status: 'renamed', previousId: moved.postId };

  const skip = (platform: PlatformId) => platformSkip(platform, input);
  // Once retracted, never published, edited or deleted again (a retraction left unfinished is finished).
  const retracted = retraction(ledger);
  if (ledger && retracted?.doneAt) return { ...base, ledger, status: 'retracted' };
  if (post.retract || retracted) {
    return planRetraction(post, { ...base, ledger: ledger ?? { postId, file: candidate.file, contentHash, platforms: {} } }, skip);
  }
  if (ledger && hasLive(ledger) && ledger.contentHash !== contentHash) return planCorrection(post, candidate, { ...base, ledger }, skip);

  if (post.publishAt && post.publishAt.getTime() > input.now.getTime() && !hasLive(ledger)) {
    return { ...base, status: 'scheduled', publishAt: post.publishAt };
  }

  const targets: PlannedTarget[] = [];
  const skipped: SkippedPlatform[] = [];
  for (const rendition of candidate.renditions) {
    const reason = skip(rendition.platform);
    if (reason) {
      skipped.push({ platform: rendition.platform, reason });
      continue;
    }
    const target = plannedTarget(postId, rendition, ledger);
    if (target.parts.length === 0) skipped.push({ platform: rendition.platform, reason: 'live' });
    else targets.push(target);
  }
  if (targets.length > 0) return { ...base, status: 'publish', targets, skipped, edited: false };
  if (skipped.some((s) => s.reason === 'live')) return { ...base, status: 'published', skipped };
  return { ...base, status: 'nothing', skipped };
}

/** The ledger entry of this post under another id: git saw a rename, or the content matches. */
function movedFrom(candidate: PlanCandidate, input: PlanInput): LedgerEntry | undefined {
  const ids = [
    ...(candidate.previousFile ? [postIdOfFile(candidate.previousFile)] : []),
    ...(input.contentMatches[candidate.contentHash] ?? []),
  ];
  for (const id of ids) {
    const entry = input.ledgers[id];
    if (entry && Object.keys(entry.platforms).length > 0) return entry;
  }
  return undefined;
}

function platformSkip(platform: PlatformId, input: PlanInput): SkippedPlatform['reason'] | undefined {
  const config = input.config.platforms.find((p) => p.id === platform);
  if (config?.retired) return 'retired';
  if (!config || !config.enabled) return 'disabled';
  if (input.platforms && !input.platforms.includes(platform)) return 'filtered';
  return undefined;
}

function plannedTarget(postId: string, rendition: Rendition, ledger: LedgerEntry | undefined): PlannedTarget {
  const total = rendition.repost ? 1 : Math.max(rendition.parts.length, 1);
  const recorded = ledger?.platforms[rendition.platform] ?? [];
  const parts = [];
  for (let index = 0; index < total; index++) {
    const record = recorded.find((p) => p.index === index);
    if (record?.state === 'live') continue;
    parts.push({ index, key: partKey(postId, rendition.platform, index), recover: record?.state === 'intent' });
  }
  return { platform: rendition.platform, rendition, parts, total };
}
