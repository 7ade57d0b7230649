// Reading files and ledger entries at a commit.
import { parseLedger } from '../core/ledger/format.ts';
import { ledgerPath, LEDGER_DIR, postIdOfLedgerPath } from '../core/ledger/keys.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import { git, gitRaw } from './run.ts';

/** A file's bytes at `rev`, or undefined when it does not exist there. */
export async function readAt(cwd: string, rev: string, path: string): Promise<Buffer | undefined> {
  const result = await gitRaw(cwd, ['show', `${rev}:${path}`]);
  return result.code === 0 ? result.stdout : undefined;
}

export async function readLedgerAt(cwd: string, rev: string, postId: string): Promise<LedgerEntry | undefined> {
  const path = ledgerPath(postId);
  const bytes = await readAt(cwd, rev, path);
  return bytes === undefined ? undefined : parseLedger(path, bytes.toString('utf8'));
}

/**
 * Post ids whose ledger file at `rev` contains one of the fixed strings, one git grep for all of
 * them: how renamed posts are matched by content and scheduled posts found, without reading every ledger.
 */
export async function grepLedgers(cwd: string, rev: string, strings: string[]): Promise<Map<string, string[]>> {
  const found = new Map<string, string[]>();
  if (strings.length === 0) return found;
  const args = ['grep', '-F', '-o', '--full-name', ...strings.flatMap((s) => ['-e', s]), rev, '--', `${LEDGER_DIR}/`];
  const result = await gitRaw(cwd, args);
  if (result.code === 1) return found;
  if (result.code !== 0) throw new Error(`git grep failed: ${result.stderr}`);
  for (const line of result.stdout.toString('utf8').split('\n')) {
    // <rev>:<path>:<match>
    const rest = line.slice(rev.length + 1);
    const colon = rest.indexOf(':');
    if (colon < 0) continue;
    const id = postIdOfLedgerPath(rest.slice(0, colon));
    if (!id) continue;
    const match = rest.slice(colon + 1);
    found.set(match, [...(found.get(match) ?? []).filter((x) => x !== id), id]);
  }
  return found;
}

/** Files under `dir` at `rev` whose name is `name` (to find a post by id for a retry). */
export async function findFilesNamed(cwd: string, rev: string, dir: string, name: string): Promise<string[]> {
  const out = await git(cwd, ['ls-tree', '-r', '--name-only', '-z', rev, '--', `${dir}/`]);
  return out.split('\0').filter((p) => p === `${dir}/${name}` || p.endsWith(`/${name}`));
}

/** The git mode of each path at `rev` (100644 a file, 120000 a symbolic link); paths absent there are left out. */
export async function fileModes(cwd: string, rev: string, paths: string[]): Promise<Map<string, string>> {
  const modes = new Map<string, string>();
  if (paths.length === 0) return modes;
  const out = await git(cwd, ['ls-tree', '-z', '--full-tree', rev, '--', ...paths]);
  for (const entry of out.split('\0')) {
    const tab = entry.indexOf('\t');
    if (tab > 0) modes.set(entry.slice(tab + 1), entry.split(' ')[0]!);
  }
  return modes;
}

export async function headCommit(cwd: string): Promise<string> {
  return (await git(cwd, ['rev-parse', 'HEAD'])).trim();
}
