// The publication ledger as the report reads it: every published/<post-id>.yml in the working tree.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseLedger } from '../core/ledger/format.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import { readRepoFileSync } from '../fs/repo-file.ts';

export function readLedgerDir(root: string, dir = 'published'): LedgerEntry[] {
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
