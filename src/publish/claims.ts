// Phase 1 of the exactly-once protocol: write intents (and scheduled markers) for this run's work.
import { findPart } from '../core/ledger/record.ts';
import { recordIntent } from '../core/ledger/record.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import type { PostPlan, PublishPlan } from '../core/plan/types.ts';
import { reviseClaim } from './revise-claims.ts';

export function newEntry(plan: PostPlan): LedgerEntry {
  return { postId: plan.postId, file: plan.file, contentHash: plan.contentHash, ...(plan.blob ? { blob: plan.blob } : {}), platforms: {} };
}

/** The entry with the post's git blob beside its content hash, when the entry records this very content. */
export function withBlob(entry: LedgerEntry, plan: PostPlan): LedgerEntry {
  return plan.blob && entry.contentHash === plan.contentHash && entry.blob !== plan.blob ? { ...entry, blob: plan.blob } : entry;
}

/** The ledger entries to push before anything is sent. */
export function claimEntries(plan: PublishPlan, run: string, at: Date): LedgerEntry[] {
  const entries: LedgerEntry[] = [];
  for (const post of plan.posts) {
    if (post.status === 'publish') {
      let entry: LedgerEntry = withBlob({ ...(post.ledger ?? newEntry(post)), file: post.file }, post);
      delete entry.scheduledFor;
      for (const target of post.targets) {
        for (const part of target.parts) {
          entry = recordIntent(entry, target.platform, { index: part.index, key: part.key, run, at });
        }
      }
      entries.push(entry);
    } else if (post.status === 'correct' || post.status === 'retract') {
      entries.push(reviseClaim(post, run, at));
    } else if (post.status === 'renamed' && post.ledger && post.ledger.file !== post.file) {
      // The entry follows its post (found by path on the next run, whatever the new file name).
      entries.push({ ...post.ledger, file: post.file });
    } else if (post.status === 'scheduled') {
      const scheduledFor = post.publishAt.toISOString();
      if (post.ledger?.scheduledFor === scheduledFor && post.ledger.file === post.file) continue;
      entries.push(withBlob({ ...(post.ledger ?? newEntry(post)), file: post.file, contentHash: post.contentHash, scheduledFor }, post));
    } else if ((post.status === 'published' || post.status === 'retracted') && post.ledger && post.blob && post.ledger.blob !== post.blob) {
      // Recorded once, so later runs see from the tree alone that this file needs nothing (a retracted
      // post's file may differ from what was retracted: the blob is then the file last looked at).
      if (post.status === 'retracted' || post.ledger.contentHash === post.contentHash) entries.push({ ...post.ledger, blob: post.blob });
    }
  }
  return entries;
}

/** After the push: is this part ours to send, already live, or claimed by another run? */
export function claimOf(
  entry: LedgerEntry | undefined,
  platform: Parameters<typeof findPart>[1],
  index: number,
  run: string,
): 'ours' | 'live' | 'taken' {
  const part = findPart(entry, platform, index);
  if (part?.state === 'live') return 'live';
  return part?.state === 'intent' && part.run === run ? 'ours' : 'taken';
}
