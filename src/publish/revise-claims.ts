// Phase 1 for corrections and retractions: open the ledger revision (with the vote that approved it)
// and write an intent for every edit, delete and appended part before anything is sent.
import { contentHash } from '../core/ledger/keys.ts';
import { recordIntent } from '../core/ledger/record.ts';
import { finishRevision, openRevision, recordStepIntent, revisionFor, stepOf } from '../core/ledger/revisions.ts';
import type { LedgerEntry, LedgerRevision, RevisionStep } from '../core/ledger/types.ts';
import type { PostPlan } from '../core/plan/types.ts';
import type { PlatformId } from '../core/types.ts';
import { withBlob } from './claims.ts';

type Revise = Extract<PostPlan, { status: 'correct' | 'retract' }>;

export const kindOf = (post: Revise): LedgerRevision['kind'] => (post.status === 'correct' ? 'correction' : 'retraction');

export function reviseClaim(post: Revise, run: string, at: Date): LedgerEntry {
  const kind = kindOf(post);
  const content = post.contentHash;
  let entry: LedgerEntry = {
    ...(post.ledger ?? { postId: post.postId, file: post.file, contentHash: content, platforms: {} }),
    file: post.file,
  };
  delete entry.scheduledFor;
  const left: NonNullable<LedgerRevision['left']> = [];
  if (post.status === 'correct') {
    for (const t of post.targets) {
      if (t.action === 'leave') left.push({ platform: t.platform, parts: [], note: t.note ?? 'left as it is' });
      if (t.removed.length) left.push({ platform: t.platform, parts: t.removed, note: 'not in the corrected post: left as they are' });
    }
  } else {
    for (const b of post.byHand) left.push({ platform: b.platform, parts: [], note: `delete by hand: ${b.note}` });
  }
  entry = openRevision(entry, {
    kind,
    content,
    run,
    at,
    ...(post.approvedBy ? { approval: post.approvedBy } : {}),
    ...(post.status === 'retract' ? { reason: post.reason } : {}),
    left,
  });
  const step = (platform: PlatformId, part: number, action: RevisionStep['action']) => {
    entry = recordStepIntent(entry, kind, content, { platform, part, action, run, at });
  };
  if (post.status === 'retract') {
    for (const t of post.targets) for (const d of t.deletes) step(t.platform, d.index, 'delete');
  } else {
    for (const t of post.targets) {
      for (const e of t.edits) step(t.platform, e.index, 'edit');
      for (const part of t.append?.parts ?? []) {
        if (t.action === 'reply') {
          const digest = contentHash(t.rendition.parts[part.index]?.text ?? '');
          entry = recordStepIntent(entry, kind, content, { platform: t.platform, part: part.index, action: 'reply', run, at, digest });
        }
        entry = recordIntent(entry, t.platform, { index: part.index, key: part.key, run, at });
      }
    }
  }
  // Nothing to send (left everywhere, or a re-run after everything was done): the revision closes now.
  return withBlob(finishRevision(entry, kind, content, at), post);
}

/** After the push: is this step ours to do, done, or claimed by another run? */
export function stepClaim(
  entry: LedgerEntry,
  post: Revise,
  platform: PlatformId,
  part: number,
  action: RevisionStep['action'],
  run: string,
): 'ours' | 'done' | 'taken' {
  const step = stepOf(revisionFor(entry, kindOf(post), post.contentHash), platform, part, action);
  if (step?.state === 'done') return 'done';
  return step?.state === 'intent' && step.run === run ? 'ours' : 'taken';
}
