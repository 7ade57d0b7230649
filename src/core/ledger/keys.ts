// Deterministic names: the part key, the ledger path, the content hash. Pure (hashing is computation).
import { createHash } from 'node:crypto';
import type { PlatformId } from '../types.ts';

export const LEDGER_DIR = 'published';

/**
 * The same on every run for (post, platform, part). Post ids are file names and may hold any
 * character, so the key carries a hash of the id: [a-z0-9-] only, fit for idempotency headers and
 * record keys alike.
 */
export function partKey(postId: string, platform: PlatformId, index: number): string {
  const digest = createHash('sha256').update(postId).digest('hex').slice(0, 20);
  return `herald-${digest}-${platform}-${index}`;
}

export function contentHash(content: string | Uint8Array): string {
  return `sha256:${createHash('sha256').update(content).digest('hex')}`;
}

/** Index of the ledger by content: one small file per content hash, naming the posts that recorded it. */
export const CONTENT_INDEX_DIR = `${LEDGER_DIR}/.by-content`;

/**
 * Where the posts recorded with this content are listed (fanned out like git's objects/), so a new
 * post's content is looked up by path instead of by reading every ledger file. Undefined for a value
 * that is not a sha256 content hash (a hand-edited ledger never names a path outside the index).
 */
export function contentIndexPath(hash: string): string | undefined {
  const hex = /^sha256:([0-9a-f]{64})$/.exec(hash)?.[1];
  return hex ? `${CONTENT_INDEX_DIR}/${hex.slice(0, 2)}/${hex.slice(2)}` : undefined;
}

export function ledgerPath(postId: string): string {
  return `${LEDGER_DIR}/${postId}.yml`;
}

/** The post id a ledger path belongs to, or undefined for other files. */
export function postIdOfLedgerPath(path: string): string | undefined {
  const match = /^published\/([^/]+)\.yml$/.exec(path);
  return match?.[1];
}

/** A post's id: its file name without directory and `.md` (types.ts Post.id). */
export function postIdOfFile(file: string): string {
  const base = file.slice(file.lastIndexOf('/') + 1);
  return base.endsWith('.md') ? base.slice(0, -3) : base;
}
