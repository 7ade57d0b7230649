// The ledger's index by content (core/ledger/keys.ts contentIndexPath): which posts recorded a given
// content hash, found by path at a commit, so planning one new post never reads every ledger file.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { CONTENT_INDEX_DIR, contentIndexPath, LEDGER_DIR, postIdOfLedgerPath } from '../core/ledger/keys.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import type { BatchReader } from './batch.ts';

const idsOf = (text: string) => text.split('\n').filter((line) => line !== '');

/**
 * Post ids listed for each hash at `rev`; undefined when `rev` has no index at all (a ledger written
 * before the index existed: read the ledgers instead).
 */
export async function readContentIndex(reader: BatchReader, rev: string, hashes: string[]): Promise<Map<string, string[]> | undefined> {
  const dir = await reader.read(rev, CONTENT_INDEX_DIR);
  if (dir?.type !== 'tree') return undefined;
  const found = new Map<string, string[]>();
  for (const hash of hashes) {
    const path = contentIndexPath(hash);
    // Looked up from the index's own tree: published/ (one entry per post) is walked once, not per hash.
    const file = path ? await reader.object(`${dir.oid}:${path.slice(CONTENT_INDEX_DIR.length + 1)}`) : undefined;
    if (file?.type === 'blob') found.set(hash, idsOf(file.bytes.toString('utf8')));
  }
  return found;
}

/**
 * Adds each entry's post id to the index file of its content, in the work tree; the first time (no
 * index there yet) every ledger file present is indexed too. Returns the paths written, for `git add`.
 */
export async function writeContentIndex(cwd: string, entries: LedgerEntry[]): Promise<string[]> {
  const pairs = entries.map((e) => ({ hash: e.contentHash, postId: e.postId }));
  if (!existsSync(join(cwd, CONTENT_INDEX_DIR))) pairs.push(...(await ledgerContents(cwd)));
  const written = new Set<string>();
  const lists = new Map<string, Set<string>>();
  for (const { hash, postId } of pairs) {
    const path = contentIndexPath(hash);
    if (!path) continue;
    let ids = lists.get(path);
    if (!ids) lists.set(path, (ids = new Set(idsOf(await readFile(join(cwd, path), 'utf8').catch(() => '')))));
    if (ids.has(postId)) continue;
    ids.add(postId);
    written.add(path);
  }
  for (const path of written) {
    await mkdir(dirname(join(cwd, path)), { recursive: true });
    await writeFile(join(cwd, path), [...lists.get(path)!].sort().join('\n') + '\n');
  }
  return [...written];
}

/** Every ledger file's content hash in the work tree (the line Herald writes: `content: sha256:…`). */
async function ledgerContents(cwd: string): Promise<{ hash: string; postId: string }[]> {
  const names = await readdir(join(cwd, LEDGER_DIR)).catch(() => [] as string[]);
  const pairs: { hash: string; postId: string }[] = [];
  for (const name of names) {
    const postId = postIdOfLedgerPath(`${LEDGER_DIR}/${name}`);
    if (!postId) continue;
    const hash = /^content: (sha256:[0-9a-f]{64})$/m.exec(await readFile(join(cwd, LEDGER_DIR, name), 'utf8'))?.[1];
    if (hash) pairs.push({ hash, postId });
  }
  return pairs;
}
