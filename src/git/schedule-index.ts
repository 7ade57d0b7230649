// The ledger's index of scheduled posts (core/ledger/keys.ts SCHEDULE_INDEX), so the scheduled run finds
// the posts waiting for their publish_at by reading one file at a commit instead of every ledger file.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { LEDGER_DIR, ledgerPath, postIdOfLedgerPath, SCHEDULE_INDEX } from '../core/ledger/keys.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import type { BatchReader } from './batch.ts';

const idsOf = (text: string) => text.split('\n').filter((line) => line !== '');

/**
 * The post ids listed at `rev`, in the order of their ledger paths (as `git grep` lists them);
 * undefined when `rev` has no index (a ledger written before it existed: search the ledgers instead).
 */
export async function readScheduleIndex(reader: BatchReader, rev: string): Promise<string[] | undefined> {
  const file = await reader.read(rev, SCHEDULE_INDEX);
  if (file?.type !== 'blob') return undefined;
  const byPath = (id: string) => Buffer.from(ledgerPath(id), 'utf8');
  return [...new Set(idsOf(file.bytes.toString('utf8')))].sort((a, b) => Buffer.compare(byPath(a), byPath(b)));
}

/**
 * Lists each entry's post id while it is scheduled and drops it once it is not, in the work tree; the first
 * time (no index there yet) every ledger file that mentions scheduled_for is listed too. Returns the paths
 * written, for `git add`.
 */
export async function writeScheduleIndex(cwd: string, entries: LedgerEntry[]): Promise<string[]> {
  const path = join(cwd, SCHEDULE_INDEX);
  const before = await readFile(path, 'utf8').catch(() => undefined);
  const ids = new Set(before === undefined ? await mentioningSchedule(cwd) : idsOf(before));
  for (const entry of entries) {
    if (entry.scheduledFor) ids.add(entry.postId);
    else ids.delete(entry.postId);
  }
  const text = [...ids].sort().map((id) => `${id}\n`).join('');
  if (text === before) return [];
  await mkdir(dirname(path), { recursive: true });
  await writeFile(path, text);
  return [SCHEDULE_INDEX];
}

/** Post ids whose ledger file in the work tree mentions scheduled_for (what the scheduled run searched for before). */
async function mentioningSchedule(cwd: string): Promise<string[]> {
  const names = await readdir(join(cwd, LEDGER_DIR)).catch(() => [] as string[]);
  const ids: string[] = [];
  for (const name of names) {
    const postId = postIdOfLedgerPath(`${LEDGER_DIR}/${name}`);
    if (postId && (await readFile(join(cwd, LEDGER_DIR, name), 'utf8').catch(() => '')).includes('scheduled_for:')) ids.push(postId);
  }
  return ids;
}
