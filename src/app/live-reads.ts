// What the app reads to know which posts are already live: their ledger files at the ledger
// branch's tip, and the live version of an edited post (the default branch's copy). Read in the same
// requests as the posts themselves (gather-content.ts), so a PR costs no extra round trip for it.
import { parseLedger } from '../core/ledger/format.ts';
import { ledgerPath, postIdOfFile } from '../core/ledger/keys.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import type { BlobReads, BlobRequest } from '../github/read-blobs.ts';
import type { PullRequestSnapshot } from '../github/types.ts';

/** The ledger files of these posts at the ledger tip (none before the branch exists). */
export function ledgerRequest(snapshot: PullRequestSnapshot, posts: string[]): BlobRequest[] {
  if (!snapshot.ledgerOid || posts.length === 0) return [];
  return [{ commit: snapshot.ledgerOid, paths: [...new Set(posts.map((p) => ledgerPath(postIdOfFile(p))))], text: true }];
}

/** The default branch's copy of the posts the PR modifies or deletes: the live text, when they are live. */
export function liveVersionRequest(snapshot: PullRequestSnapshot, posts: string[]): BlobRequest[] {
  const changed = new Map(snapshot.changedFiles.map((f) => [f.path, f.changeType]));
  const paths = posts.filter((p) => changed.get(p) !== 'ADDED');
  if (!snapshot.defaultBranchOid || !snapshot.ledgerOid || paths.length === 0) return [];
  return [{ commit: snapshot.defaultBranchOid, paths, text: true }];
}

/**
 * The ledger entries read, by post id. A file that does not parse is left out: the publisher
 * reports it; the comment then shows the post as new rather than guess.
 */
export function ledgerEntries(snapshot: PullRequestSnapshot, reads: BlobReads): Map<string, LedgerEntry> {
  const entries = new Map<string, LedgerEntry>();
  const files = snapshot.ledgerOid ? reads.get(snapshot.ledgerOid) : undefined;
  for (const [path, file] of files ?? []) {
    if (!file?.text) continue;
    try {
      const entry = parseLedger(path, file.text);
      entries.set(entry.postId, entry);
    } catch {
      // Unreadable ledger file: see above.
    }
  }
  return entries;
}

/** The default branch's copy of a post, when it was read. */
export function liveVersion(snapshot: PullRequestSnapshot, reads: BlobReads, path: string): string | undefined {
  return snapshot.defaultBranchOid ? reads.get(snapshot.defaultBranchOid)?.get(path)?.text : undefined;
}
