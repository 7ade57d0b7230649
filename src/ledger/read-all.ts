// Every ledger entry, for the quarterly report: from the herald/ledger branch when the repository has
// one (fetched from origin), else from a `published/` folder on disk (a checkout of the ledger branch,
// or a repository from before the branch existed), each file read only as a regular file inside the
// repository (src/fs/repo-file.ts).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseLedger } from '../core/ledger/format.ts';
import { LEDGER_DIR } from '../core/ledger/keys.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import { readRepoFileSync } from '../fs/repo-file.ts';
import { gitRaw } from '../git/run.ts';
import { gitLedgerStore } from './store.ts';

export async function readLedgerEntries(root: string): Promise<LedgerEntry[]> {
  const remote = await gitRaw(root, ['remote', 'get-url', 'origin']).catch(() => undefined);
  if (remote?.code === 0) {
    const head = (await gitRaw(root, ['rev-parse', 'HEAD'])).stdout.toString('utf8').trim();
    const store = gitLedgerStore({ cwd: root, remote: 'origin', write: false, seed: { from: head, now: new Date(0) } });
    try {
      await store.open();
      const entries = await store.all();
      if (entries.length > 0) return entries;
    } finally {
      store.close();
    }
  }
  return readLedgerDir(root);
}

export function readLedgerDir(root: string, dir = LEDGER_DIR): LedgerEntry[] {
  let names: string[];
  try {
    names = readdirSync(join(root, dir));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((name) => name.endsWith('.yml'))
    .sort()
    .map((name) => parseLedger(`${dir}/${name}`, Buffer.from(readRepoFileSync(root, `${dir}/${name}`)).toString('utf8')));
}
