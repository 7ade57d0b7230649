// The ledger in the repository: write entries to the work tree, commit, push; on a non-fast-forward
// push fetch, merge each entry three-way with what the other run pushed, and try again.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { HeraldError } from '../core/errors.ts';
import { serialiseLedger } from '../core/ledger/format.ts';
import { ledgerPath } from '../core/ledger/keys.ts';
import { mergeLedger } from '../core/ledger/merge.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import { writeContentIndex } from './content-index.ts';
import { readLedgerAt } from './read.ts';
import { git, gitRaw } from './run.ts';

export interface LedgerStoreOptions {
  cwd: string;
  remote: string;
  branch: string;
  /** Called at each push boundary (tests inject faults here). */
  onPush?: (phase: 'before' | 'after') => void | Promise<void>;
  maxPushAttempts?: number;
  author?: { name: string; email: string };
}

export interface LedgerStore {
  /**
   * Moves the checkout to the branch's tip: a re-run checks out the push's commit, but the ledger
   * (intents and results of earlier runs) lives at the tip.
   */
  sync(): Promise<void>;
  /** The entry as of the last commit this store saw (its merge base). */
  read(postId: string): Promise<LedgerEntry | undefined>;
  /** Writes the entry to the work tree only (a crash before commit loses nothing the platform can't find again). */
  writeLocal(entry: LedgerEntry): Promise<void>;
  /** Commits and pushes the entries; returns them as pushed, merged with any concurrent run's. */
  commit(entries: LedgerEntry[], message: string): Promise<Map<string, LedgerEntry>>;
}

export function gitLedgerStore(options: LedgerStoreOptions): LedgerStore {
  const { cwd, remote, branch } = options;
  const base = new Map<string, LedgerEntry | undefined>();
  const author = options.author ?? { name: 'herald[bot]', email: 'herald@users.noreply.github.com' };
  const identity = ['-c', `user.name=${author.name}`, '-c', `user.email=${author.email}`];

  async function read(postId: string): Promise<LedgerEntry | undefined> {
    if (!base.has(postId)) base.set(postId, await readLedgerAt(cwd, 'HEAD', postId));
    return base.get(postId);
  }

  async function writeLocal(entry: LedgerEntry): Promise<void> {
    const full = join(cwd, ledgerPath(entry.postId));
    await mkdir(dirname(full), { recursive: true });
    await writeFile(full, serialiseLedger(entry));
  }

  async function commitLocal(entries: LedgerEntry[], message: string): Promise<boolean> {
    for (const entry of entries) await writeLocal(entry);
    const indexed = await writeContentIndex(cwd, entries);
    await git(cwd, ['add', '--', ...entries.map((e) => ledgerPath(e.postId)), ...indexed]);
    const staged = await gitRaw(cwd, ['diff', '--cached', '--quiet']);
    if (staged.code === 0) return false;
    await git(cwd, [...identity, 'commit', '--quiet', '--no-verify', '-m', message]);
    return true;
  }

  async function push(): Promise<boolean> {
    await options.onPush?.('before');
    const result = await gitRaw(cwd, ['push', '--quiet', remote, `HEAD:refs/heads/${branch}`]);
    if (result.code === 0) {
      await options.onPush?.('after');
      return true;
    }
    if (/\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref/i.test(result.stderr)) return false;
    throw new HeraldError(`git push to ${remote} ${branch} failed: ${result.stderr.trim()}`, {
      hint: 'the workflow needs `permissions: contents: write` and a checkout that can push',
    });
  }

  async function commit(entries: LedgerEntry[], message: string): Promise<Map<string, LedgerEntry>> {
    let ours = entries;
    const attempts = options.maxPushAttempts ?? 8;
    for (let attempt = 1; ; attempt++) {
      const changed = await commitLocal(ours, message);
      if (!changed || (await push())) break;
      if (attempt >= attempts) {
        throw new HeraldError(`could not push the ledger to ${remote} ${branch} after ${attempts} attempts: other pushes kept landing first`, {
          hint: 're-run the workflow: the ledger intents make the re-run safe',
        });
      }
      await git(cwd, ['fetch', '--quiet', remote, branch]);
      const merged: LedgerEntry[] = [];
      for (const entry of ours) {
        const theirs = await readLedgerAt(cwd, 'FETCH_HEAD', entry.postId);
        merged.push(mergeLedger(base.get(entry.postId), entry, theirs)!);
        base.set(entry.postId, theirs);
      }
      await git(cwd, ['reset', '--quiet', '--hard', 'FETCH_HEAD']);
      ours = merged;
    }
    for (const entry of ours) base.set(entry.postId, entry);
    return new Map(ours.map((e) => [e.postId, e]));
  }

  async function sync(): Promise<void> {
    await git(cwd, ['fetch', '--quiet', '--no-tags', remote, branch]);
    await git(cwd, ['reset', '--quiet', '--hard', 'FETCH_HEAD']);
    base.clear();
  }

  return { sync, read, writeLocal, commit };
}
