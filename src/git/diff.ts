// The post files a push added, changed, renamed or moved, read from git (not from the work tree).
import { isPostPath } from '../core/ledger/keys.ts';
import { git, gitRaw } from './run.ts';

export const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904';
const ZERO = /^0+$/;

export interface PostChange {
  status: 'added' | 'modified' | 'renamed';
  file: string;
  previousFile?: string;
  /** The file's blob at `after`: read by id, without walking posts/ again. */
  blob: string;
  /** Its git mode at `after` (120000 is a symbolic link, which the publisher refuses). */
  mode: string;
}

/**
 * Post changes between `before` and `after`. A first push (before = 000…) or a `before` the clone does
 * not have (a force push) compares with the empty tree, so every post in `after` counts as added.
 */
export async function changedPosts(cwd: string, before: string | undefined, after: string, postsDir = 'posts'): Promise<PostChange[]> {
  const from = before && !ZERO.test(before) && (await hasCommit(cwd, before)) ? before : EMPTY_TREE;
  // --raw: ":<mode> <mode> <old blob> <new blob> <status>\0<path>\0" (two paths for a rename or copy).
  const out = await git(cwd, ['diff', '--raw', '--no-abbrev', '-z', '-M', from, after, '--', `${postsDir}/`]);
  const fields = out.split('\0');
  const changes: PostChange[] = [];
  for (let i = 0; i < fields.length - 1;) {
    const [, mode = '', , blob = '', code = ''] = fields[i++]!.split(' ');
    if (code.startsWith('R') || code.startsWith('C')) {
      const previousFile = fields[i++]!;
      const file = fields[i++]!;
      if (isPostPath(file))
        changes.push({
          status: code.startsWith('R') ? 'renamed' : 'added',
          file,
          blob,
          mode,
          ...(code.startsWith('R') ? { previousFile } : {}),
        });
    } else {
      const file = fields[i++]!;
      if (!isPostPath(file)) continue;
      if (code === 'A') changes.push({ status: 'added', file, blob, mode });
      else if (code === 'M' || code === 'T') changes.push({ status: 'modified', file, blob, mode });
    }
  }
  return changes;
}

export async function hasCommit(cwd: string, rev: string): Promise<boolean> {
  const result = await gitRaw(cwd, ['cat-file', '-e', `${rev}^{commit}`]);
  return result.code === 0;
}

/** Makes `rev` available in a shallow clone (actions/checkout fetches one commit); false if the remote lacks it. */
export async function ensureCommit(cwd: string, remote: string, rev: string): Promise<boolean> {
  if (ZERO.test(rev)) return false;
  if (await hasCommit(cwd, rev)) return true;
  await gitRaw(cwd, ['fetch', '--quiet', '--no-tags', '--depth=1', remote, rev]);
  return hasCommit(cwd, rev);
}
