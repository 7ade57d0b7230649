// Collects the plan's data: the posts at the default branch's tip (one `git ls-tree -r`) compared with
// the ledger (one `git grep` over it), whatever commit range triggered the run, so a merge whose run
// GitHub cancelled is published by the next run. Only the posts that still have work are read, parsed
// and checked (the same check as `herald check`), through one `git cat-file --batch`.
import { isPostPath, postIdOfFile } from '../core/ledger/keys.ts';
import type { LedgerSummary } from '../core/ledger/summary.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import type { PlanCandidate, PlanInput, RunMode } from '../core/plan/types.ts';
import type { HeraldConfig, PlatformId } from '../core/types.ts';
import { batchReader } from '../git/batch.ts';
import { changedPosts, ensureCommit } from '../git/diff.ts';
import { listTree, type TreeEntry } from '../git/read.ts';
import type { LedgerStore } from '../ledger/store.ts';
import type { CandidateSource } from './candidate.ts';

export interface GatherOptions {
  cwd: string;
  mode: RunMode;
  /** The default branch's tip: what the run publishes from. */
  rev: string;
  ledger: LedgerStore;
  /** A push's `before`: the posts it changed are reported too (edits and renames of live posts). */
  before?: string;
  remote?: string;
  retryPost?: string;
  config: HeraldConfig;
  now: Date;
  platforms?: PlatformId[];
}

export interface Gathered {
  input: PlanInput;
  /** Every file at the tip: the approval check compares these blobs with the approved ones. */
  tree: Map<string, TreeEntry>;
}

export async function gatherPlanInput(options: GatherOptions): Promise<Gathered> {
  const { cwd, rev, ledger } = options;
  const tree = await listTree(cwd, rev);
  const posts = [...tree.keys()].filter(isPostPath);
  const summaries = await ledger.summaries();
  const byFile = new Map([...summaries.values()].flatMap((s) => (s.file ? [[s.file, s] as const] : [])));
  const baseline = await ledger.inBaseline();
  const sameId = new Map<string, string[]>();
  for (const file of posts) sameId.set(postIdOfFile(file), [...(sameId.get(postIdOfFile(file)) ?? []), file]);

  const changed = new Map<string, string | undefined>();
  if (options.mode === 'push' && options.before) {
    await ensureCommit(cwd, options.remote ?? 'origin', options.before);
    for (const c of await changedPosts(cwd, options.before, rev)) changed.set(c.file, c.previousFile);
  }
  const sources: (CandidateSource & { blob: string })[] = [];
  const refused: Record<string, string> = {};
  for (const file of posts) {
    const id = postIdOfFile(file);
    // The entry under this id is this post's unless it names another post that is still there (a collision).
    const byId = summaries.get(id);
    const summary = byFile.get(file) ?? (byId && !(byId.file && tree.has(byId.file)) ? byId : undefined);
    const collision = collisionOf(file, id, byId, sameId.get(id)!, tree);
    const wanted =
      options.mode === 'retry'
        ? id === options.retryPost?.replace(/\.md$/, '').split('/').pop()
        : hasWork(summary) ||
          (!summary && !baseline(file, tree.get(file)!.oid)) ||
          changed.has(file) ||
          edited(summary, tree.get(file)!.oid);
    if (!wanted) continue;
    if (collision) refused[file] = collision;
    const previousFile = changed.get(file);
    sources.push({
      file,
      change: previousFile ? 'renamed' : summary?.scheduled ? 'scheduled' : summary ? 'retry' : 'added',
      blob: tree.get(file)!.oid,
      ...(previousFile ? { previousFile } : {}),
    });
  }
  // Claimed or waiting posts whose file is gone: reported (what is live stays live, nothing more is sent).
  const present = new Set(posts);
  const missing = [...summaries.values()].filter((s) => hasWork(s) && s.file && !present.has(s.file) && !sameId.has(s.postId));

  const reader = batchReader(cwd);
  try {
    const candidates: PlanCandidate[] = [];
    if (sources.length > 0) {
      // Parsing, checking and rendering load their libraries (retext, twitter-text, @atproto/api's RichText):
      // only when a post is to be looked at, so a run with nothing to publish starts without them.
      const { readCandidates } = await import('./candidate.ts');
      candidates.push(...(await readCandidates({ sources, refused, reader, tree, posts, config: options.config, now: options.now })));
    }
    const ids = new Set(candidates.flatMap((c) => [postIdOfFile(c.file), ...(c.previousFile ? [postIdOfFile(c.previousFile)] : [])]));
    const contentMatches: Record<string, string[]> = {};
    const hashes = new Set(candidates.map((c) => c.contentHash));
    for (const s of summaries.values()) {
      if (!s.contentHash || !hashes.has(s.contentHash)) continue;
      (contentMatches[s.contentHash] ??= []).push(s.postId);
      ids.add(s.postId);
    }
    for (const s of missing) ids.add(s.postId);
    const ledgers: Record<string, LedgerEntry> = {};
    for (const id of ids) {
      const entry = await ledger.read(id);
      if (entry) ledgers[id] = entry;
    }
    const input: PlanInput = {
      mode: options.mode,
      candidates,
      ledgers,
      contentMatches,
      config: options.config,
      now: options.now,
      missing: missing.map((s) => s.postId),
    };
    if (options.platforms) input.platforms = options.platforms;
    return { input, tree };
  } finally {
    reader.close();
  }
}

/** The file differs from what its entry recorded (a correction or retraction whose own run GitHub cancelled); entries from before blobs were recorded cannot tell. */
function edited(summary: LedgerSummary | undefined, blob: string): boolean {
  return summary?.blob !== undefined && summary.blob !== blob;
}

/** A ledger entry with work left: waiting for its publish_at, or a part claimed and not live. */
function hasWork(summary: LedgerSummary | undefined): boolean {
  return summary !== undefined && (summary.scheduled || summary.unfinished);
}

/**
 * Why `file` cannot be published under its id: another post at the tip has the same file name (the
 * id is the file name), or the ledger's entry for that id belongs to another post that is still there.
 */
function collisionOf(
  file: string,
  id: string,
  entry: LedgerSummary | undefined,
  sameName: string[],
  tree: Map<string, TreeEntry>,
): string | undefined {
  if (entry?.file && entry.file !== file && tree.has(entry.file)) {
    return `another post, ${entry.file}, already has the id "${id}" (post ids are file names; its ledger is published/${id}.yml): rename ${file}`;
  }
  const others = sameName.filter((f) => f !== file);
  if (others.length > 0 && entry?.file !== file)
    return `${others.join(', ')} ${others.length > 1 ? 'have' : 'has'} the same file name, so the same post id "${id}": rename one of them`;
  return undefined;
}
