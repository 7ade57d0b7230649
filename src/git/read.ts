// Reading commits and trees: the default branch's tip as the publisher sees it.
import { git } from './run.ts';

export interface TreeEntry {
  /** 100644 / 100755 for files, 120000 for a symbolic link, 160000 for a submodule. */
  mode: string;
  oid: string;
}

/** Every file at `rev` (one `git ls-tree -r`), optionally under one folder: path → mode and blob id. */
export async function listTree(cwd: string, rev: string, under?: string): Promise<Map<string, TreeEntry>> {
  const out = await git(cwd, ['ls-tree', '-r', '-z', '--full-tree', rev, ...(under ? ['--', `${under}/`] : [])]);
  const files = new Map<string, TreeEntry>();
  for (const record of out.split('\0')) {
    if (!record) continue;
    const tab = record.indexOf('\t');
    const [mode = '', type = '', oid = ''] = record.slice(0, tab).split(' ');
    if (type === 'blob') files.set(record.slice(tab + 1), { mode, oid });
  }
  return files;
}

/** The newest commit on `rev`'s first-parent line (the default branch's own history) that changed any of `paths`. */
export async function lastChange(cwd: string, rev: string, paths: string[]): Promise<string | undefined> {
  const out = await git(cwd, ['log', '-1', '--first-parent', '--format=%H', rev, '--', ...paths.map((p) => `:(literal)${p}`)]);
  return out.trim() || undefined;
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
