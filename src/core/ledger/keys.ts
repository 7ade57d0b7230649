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

/**
 * A post file: a `.md` file under `posts/` (any depth), not a README, with no `.`/`..` segment and no
 * control character. The only files the publisher ever publishes, and the only `file:` a ledger may name.
 */
export function isPostPath(path: string): boolean {
  if (!path.startsWith('posts/') || !path.endsWith('.md') || /[\u0000-\u001f\u007f\\]/.test(path)) return false;
  const segments = path.split('/');
  if (segments.some((s) => s === '' || s === '.' || s === '..')) return false;
  return !/^readme\.md$/i.test(segments.at(-1)!);
}
