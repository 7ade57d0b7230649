// The git plumbing the ledger branch is written with: blobs, trees and commits made without a work tree
// or an index, so the default branch's checkout is never touched by a ledger write.
import { git, gitRaw } from '../git/run.ts';

export async function writeBlob(cwd: string, text: string): Promise<string> {
  return (await git(cwd, ['hash-object', '-w', '--stdin'], text)).trim();
}

/** The tree `tree` with the given names (direct children) set to blobs or trees; `tree` undefined is the empty tree. */
export async function updateTree(
  cwd: string,
  tree: string | undefined,
  changes: Map<string, { type: 'blob' | 'tree'; oid: string }>,
): Promise<string> {
  const lines = new Map<string, string>();
  if (tree) {
    for (const record of (await git(cwd, ['ls-tree', '-z', tree])).split('\0')) {
      if (record) lines.set(record.slice(record.indexOf('\t') + 1), record);
    }
  }
  for (const [name, { type, oid }] of changes) lines.set(name, `${type === 'tree' ? '040000 tree' : '100644 blob'} ${oid}\t${name}`);
  return (await git(cwd, ['mktree', '-z'], [...lines.values()].map((l) => `${l}\0`).join(''))).trim();
}

/** The subtree or blob at `rev:path`, or undefined. */
export async function objectAt(cwd: string, rev: string, path: string, type: 'tree' | 'blob'): Promise<string | undefined> {
  const result = await gitRaw(cwd, ['rev-parse', '--verify', '--quiet', `${rev}:${path}`]);
  if (result.code !== 0) return undefined;
  const oid = result.stdout.toString('utf8').trim();
  const kind = (await git(cwd, ['cat-file', '-t', oid])).trim();
  return kind === type ? oid : undefined;
}

export async function commitTree(
  cwd: string,
  tree: string,
  parent: string | undefined,
  message: string,
  author: { name: string; email: string },
): Promise<string> {
  const identity = ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`];
  return (await git(cwd, [...identity, 'commit-tree', tree, ...(parent ? ['-p', parent] : []), '-m', message])).trim();
}
