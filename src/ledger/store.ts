// The ledger: `published/<post-id>.yml` on the `herald/ledger` branch, which only the publish job
// writes (an orphan history, never merged into the default branch, so no pull request can forge or
// erase it, and a ruleset requiring PRs on the default branch never blocks the publish job). One
// module reads it (by id, by content, what still has work), seeds it once, and commits to it: each
// commit is made with plumbing on top of the branch tip and pushed; a rejected push fetches, merges
// each entry three-way with what the other run pushed (core/ledger/merge.ts), and tries again.
import { HeraldError } from '../core/errors.ts';
import { baselineMatcher, BASELINE_FILE, parseBaseline, serialiseBaseline, type Baseline } from '../core/ledger/baseline.ts';
import { parseLedger, serialiseLedger } from '../core/ledger/format.ts';
import { isPostPath, LEDGER_DIR, ledgerPath, postIdOfFile, postIdOfLedgerPath } from '../core/ledger/keys.ts';
import { mergeLedger } from '../core/ledger/merge.ts';
import { addSummaryLine, emptySummary, SUMMARY_PATTERNS, summaryComplete, summaryOf, type LedgerSummary } from '../core/ledger/summary.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import { batchReader, type BatchReader } from '../git/batch.ts';
import { listTree } from '../git/read.ts';
import { git, gitRaw } from '../git/run.ts';
import { commitTree, objectAt, updateTree, writeBlob } from './objects.ts';

export const LEDGER_BRANCH = 'herald/ledger';
/** Where this clone keeps the ledger branch as fetched (never checked out). */
export const LOCAL_REF = 'refs/herald/ledger';

export interface LedgerStoreOptions {
  cwd: string;
  remote: string;
  /** The ledger branch (default herald/ledger). */
  branch?: string;
  /** Only for the first run, when the ledger branch does not exist yet. */
  seed: {
    /** The default branch's commit whose `published/` (a ledger from before the branch) is copied once. */
    from: string;
    /** The commit whose posts form the baseline (never published); undefined: no baseline. */
    baselineFrom?: string;
    now: Date;
  };
  /** False for a dry run: nothing is pushed, a missing branch is seeded in memory only. */
  write?: boolean;
  /** Read the ledger branch as this clone already has it (`<remote>/herald/ledger`, else `herald/ledger`), without fetching. */
  offline?: boolean;
  log?: (message: string) => void;
  /** Called at each push boundary (tests inject faults here). */
  onPush?: (phase: 'before' | 'after') => void | Promise<void>;
  maxPushAttempts?: number;
  author?: { name: string; email: string };
}

export interface LedgerStore {
  /** Fetches the ledger branch, or creates it (once, from the default branch's published/ if any). */
  open(): Promise<void>;
  /** The entry as of the last ledger commit this store saw (its merge base). */
  read(postId: string): Promise<LedgerEntry | undefined>;
  /** Every ledger file's summary, by post id: one `git grep` over the ledger. */
  summaries(): Promise<Map<string, LedgerSummary>>;
  /** Whether a post (path and git blob) predates the ledger. */
  inBaseline(): Promise<(file: string, blob: string) => boolean>;
  /** Every entry (the quarterly report). */
  all(): Promise<LedgerEntry[]>;
  /** Commits and pushes the entries; returns them as pushed, merged with any concurrent run's. */
  commit(entries: LedgerEntry[], message: string): Promise<Map<string, LedgerEntry>>;
  close(): void;
}

export function gitLedgerStore(options: LedgerStoreOptions): LedgerStore {
  const { cwd, remote } = options;
  const branch = options.branch ?? LEDGER_BRANCH;
  const author = options.author ?? { name: 'herald[bot]', email: 'herald@users.noreply.github.com' };
  const log = options.log ?? (() => {});
  const base = new Map<string, LedgerEntry | undefined>();
  let reader: BatchReader | undefined;
  let tip: string | undefined;
  let tree: string | undefined;

  const batch = () => (reader ??= batchReader(cwd));
  const entryAt = async (at: string | undefined, postId: string): Promise<LedgerEntry | undefined> => {
    if (!at) return undefined;
    const path = ledgerPath(postId);
    const file = await batch().read(at, path);
    return file?.type === 'blob' ? parseLedger(path, file.bytes.toString('utf8')) : undefined;
  };

  async function fetchTip(): Promise<string | undefined> {
    if (options.offline) {
      for (const ref of [`refs/remotes/${remote}/${branch}`, `refs/heads/${branch}`]) {
        const found = await gitRaw(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]);
        if (found.code === 0) return found.stdout.toString('utf8').trim();
      }
      return undefined;
    }
    const result = await gitRaw(cwd, ['fetch', '--quiet', '--no-tags', remote, `+refs/heads/${branch}:${LOCAL_REF}`]);
    if (result.code === 0) return (await git(cwd, ['rev-parse', LOCAL_REF])).trim();
    if (/couldn't find remote ref|no such ref|not our ref/i.test(result.stderr)) return undefined;
    throw new HeraldError(`git fetch of the ledger branch ${branch} from ${remote} failed: ${result.stderr.trim()}`, {
      hint: 'the publish job needs `permissions: contents: write` and a checkout that can fetch and push',
    });
  }

  async function seedTree(): Promise<string> {
    const changes = new Map<string, { type: 'blob' | 'tree'; oid: string }>();
    const published = await objectAt(cwd, options.seed.from, LEDGER_DIR, 'tree');
    if (published) changes.set(LEDGER_DIR, { type: 'tree', oid: published });
    const ledgerIds = new Set(
      published
        ? (await git(cwd, ['ls-tree', '-z', '--name-only', published]))
            .split('\0')
            .flatMap((n) => postIdOfLedgerPath(`${LEDGER_DIR}/${n}`) ?? [])
        : [],
    );
    const posts = options.seed.baselineFrom ? await listTree(cwd, options.seed.baselineFrom, 'posts') : new Map();
    const baseline: Baseline = {
      commit: options.seed.baselineFrom ?? options.seed.from,
      createdAt: options.seed.now.toISOString(),
      posts: [],
    };
    for (const [file, { oid }] of posts)
      if (isPostPath(file) && !ledgerIds.has(postIdOfFile(file))) baseline.posts.push({ file, blob: oid });
    changes.set(BASELINE_FILE, { type: 'blob', oid: await writeBlob(cwd, serialiseBaseline(baseline)) });
    log(
      `herald: the ledger branch ${branch} does not exist yet: creating it` +
        (published
          ? ` from published/ on the default branch at ${options.seed.from.slice(0, 7)} (${ledgerIds.size} ledger files; a one-time migration, published/ there is never read again)`
          : '') +
        `; ${baseline.posts.length} post(s) already on the default branch form the baseline and are never published` +
        (baseline.posts.length
          ? ` (${baseline.posts
              .slice(0, 5)
              .map((p) => p.file)
              .join(', ')}${baseline.posts.length > 5 ? ', …' : ''})`
          : ''),
    );
    return updateTree(cwd, undefined, changes);
  }

  async function open(): Promise<void> {
    base.clear();
    tip = await fetchTip();
    if (tip) {
      tree = (await git(cwd, ['rev-parse', `${tip}^{tree}`])).trim();
      return;
    }
    tree = await seedTree();
    if (options.write === false) return;
    const commit = await commitTree(cwd, tree, undefined, `herald: start the ledger`, author);
    if (await push(commit)) return;
    // Another run created the branch first: use theirs.
    tip = await fetchTip();
    if (!tip) throw new HeraldError(`the ledger branch ${branch} could neither be created nor fetched from ${remote}`);
    tree = (await git(cwd, ['rev-parse', `${tip}^{tree}`])).trim();
  }

  async function push(commit: string): Promise<boolean> {
    await options.onPush?.('before');
    const result = await gitRaw(cwd, ['push', '--quiet', remote, `${commit}:refs/heads/${branch}`]);
    if (result.code === 0) {
      await git(cwd, ['update-ref', LOCAL_REF, commit]);
      tip = commit;
      tree = (await git(cwd, ['rev-parse', `${commit}^{tree}`])).trim();
      await options.onPush?.('after');
      return true;
    }
    if (/\[rejected\]|non-fast-forward|fetch first|failed to update ref|cannot lock ref/i.test(result.stderr)) return false;
    throw new HeraldError(`git push to ${remote} ${branch} failed: ${result.stderr.trim()}`, {
      hint: `the workflow needs \`permissions: contents: write\`, and a ruleset on ${branch} must let the publish job push (and nothing else)`,
    });
  }

  async function read(postId: string): Promise<LedgerEntry | undefined> {
    if (!base.has(postId)) base.set(postId, await entryAt(tree, postId));
    return base.get(postId);
  }

  async function ids(): Promise<string[]> {
    const dir = tree && (await objectAt(cwd, tree, LEDGER_DIR, 'tree'));
    if (!dir) return [];
    return (await git(cwd, ['ls-tree', '-z', '--name-only', dir]))
      .split('\0')
      .flatMap((n) => postIdOfLedgerPath(`${LEDGER_DIR}/${n}`) ?? []);
  }

  async function summaries(): Promise<Map<string, LedgerSummary>> {
    const found = new Map((await ids()).map((id) => [id, emptySummary(id)]));
    const odd = new Set<string>();
    if (found.size > 0) {
      const result = await gitRaw(cwd, ['grep', '-z', ...SUMMARY_PATTERNS.flatMap((p) => ['-e', p]), tree!, '--', `${LEDGER_DIR}/`]);
      if (result.code > 1) throw new HeraldError(`git grep over the ledger failed: ${result.stderr.trim()}`);
      for (const line of result.stdout.toString('utf8').split('\n')) {
        const nul = line.indexOf('\0');
        const id = nul < 0 ? undefined : postIdOfLedgerPath(line.slice(tree!.length + 1, nul));
        const summary = id === undefined ? undefined : found.get(id);
        if (summary && !addSummaryLine(summary, line.slice(nul + 1))) odd.add(summary.postId);
      }
    }
    // Lines Herald did not write (a hand edit, other quoting): that file is read in full.
    for (const summary of found.values()) {
      if (odd.has(summary.postId) || !summaryComplete(summary)) found.set(summary.postId, summaryOf((await read(summary.postId))!));
    }
    return found;
  }

  async function inBaseline(): Promise<(file: string, blob: string) => boolean> {
    const file = tree ? await batch().read(tree, BASELINE_FILE) : undefined;
    return baselineMatcher(file?.type === 'blob' ? parseBaseline(file.bytes.toString('utf8')) : undefined);
  }

  async function all(): Promise<LedgerEntry[]> {
    const entries: LedgerEntry[] = [];
    for (const id of (await ids()).sort()) entries.push((await read(id))!);
    return entries;
  }

  async function commitOnce(entries: LedgerEntry[], message: string): Promise<'unchanged' | 'pushed' | 'rejected'> {
    const dir = tree && (await objectAt(cwd, tree, LEDGER_DIR, 'tree'));
    const files = new Map<string, { type: 'blob'; oid: string }>();
    for (const entry of entries) files.set(`${entry.postId}.yml`, { type: 'blob', oid: await writeBlob(cwd, serialiseLedger(entry)) });
    const published = await updateTree(cwd, dir, files);
    const next = await updateTree(cwd, tree, new Map([[LEDGER_DIR, { type: 'tree', oid: published }]]));
    if (next === tree && tip) return 'unchanged';
    return (await push(await commitTree(cwd, next, tip, message, author))) ? 'pushed' : 'rejected';
  }

  async function commit(entries: LedgerEntry[], message: string): Promise<Map<string, LedgerEntry>> {
    let ours = entries;
    const attempts = options.maxPushAttempts ?? 8;
    for (let attempt = 1; ; attempt++) {
      if ((await commitOnce(ours, message)) !== 'rejected') break;
      if (attempt >= attempts) {
        throw new HeraldError(
          `could not push the ledger to ${remote} ${branch} after ${attempts} attempts: other pushes kept landing first`,
          {
            hint: 're-run the workflow: the ledger intents make the re-run safe',
          },
        );
      }
      const theirTip = await fetchTip();
      const merged: LedgerEntry[] = [];
      for (const entry of ours) {
        const theirs = await entryAt(theirTip, entry.postId);
        merged.push(mergeLedger(base.get(entry.postId), entry, theirs)!);
        base.set(entry.postId, theirs);
      }
      tip = theirTip;
      tree = theirTip && (await git(cwd, ['rev-parse', `${theirTip}^{tree}`])).trim();
      ours = merged;
    }
    for (const entry of ours) base.set(entry.postId, entry);
    return new Map(ours.map((e) => [e.postId, e]));
  }

  return { open, read, summaries, inBaseline, all, commit, close: () => reader?.close() };
}
