// Collects the plan's data from git: only the changed (or due, or named) posts are read and parsed,
// and only their ledger entries (a new post's content is looked up in the ledger's content index),
// all through one `git cat-file --batch`, so a repository of 10,000 posts costs what one of 10 does.
import { parseLedger } from '../core/ledger/format.ts';
import { ledgerPath, postIdOfFile } from '../core/ledger/keys.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import type { PlanCandidate, PlanInput, RunMode } from '../core/plan/types.ts';
import type { HeraldConfig, PlatformId } from '../core/types.ts';
import { batchReader, type BatchReader } from '../git/batch.ts';
import { readContentIndex } from '../git/content-index.ts';
import { changedPosts, ensureCommit } from '../git/diff.ts';
import { fileModes, findFilesNamed, grepLedgers } from '../git/read.ts';
import type { CandidateSource } from './candidate.ts';

export interface GatherOptions {
  cwd: string;
  mode: RunMode;
  /** The commit the run publishes from (the push's `after`, else HEAD). */
  rev: string;
  /** Where the ledger is read (the branch tip after LedgerStore.sync); default `rev`. */
  ledgerRev?: string;
  before?: string;
  remote?: string;
  retryPost?: string;
  postsDir?: string;
  config: HeraldConfig;
  now: Date;
  platforms?: PlatformId[];
}

export async function gatherPlanInput(options: GatherOptions): Promise<PlanInput> {
  const reader = batchReader(options.cwd);
  try {
    return await gather(options, reader);
  } finally {
    reader.close();
  }
}

async function gather(options: GatherOptions, reader: BatchReader): Promise<PlanInput> {
  const { cwd, rev } = options;
  const ledgerRev = options.ledgerRev ?? rev;
  const postsDir = options.postsDir ?? 'posts';
  const readLedger = async (id: string): Promise<LedgerEntry | undefined> => {
    const path = ledgerPath(id);
    const file = await reader.read(ledgerRev, path);
    return file?.type === 'blob' ? parseLedger(path, file.bytes.toString('utf8')) : undefined;
  };
  const sources: (CandidateSource & { blob?: string; mode?: string })[] = [];
  if (options.mode === 'push') {
    if (options.before) await ensureCommit(cwd, options.remote ?? 'origin', options.before);
    for (const c of await changedPosts(cwd, options.before, rev, postsDir)) sources.push({ file: c.file, change: c.status, blob: c.blob, mode: c.mode, ...(c.previousFile ? { previousFile: c.previousFile } : {}) });
  } else if (options.mode === 'schedule') {
    const waiting = (await grepLedgers(cwd, ledgerRev, ['scheduled_for:'])).get('scheduled_for:') ?? [];
    for (const id of waiting) {
      const entry = await readLedger(id);
      if (entry?.scheduledFor) sources.push({ file: entry.file, change: 'scheduled' });
    }
  } else if (options.retryPost) {
    const id = options.retryPost.replace(/\.md$/, '').split('/').pop()!;
    const entry = await readLedger(id);
    const files = entry ? [entry.file] : await findFilesNamed(cwd, rev, postsDir, `${id}.md`);
    for (const file of files) sources.push({ file, change: 'retry' });
  }

  const candidates: PlanCandidate[] = [];
  if (sources.length > 0) {
    // Parsing and rendering load the renderers' libraries (@atproto/api's RichText among them): only when needed.
    const { candidate } = await import('./candidate.ts');
    const modes = await fileModes(cwd, rev, sources.filter((s) => !s.mode).map((s) => s.file));
    for (const { blob, mode, ...source } of sources) {
      const file = blob ? await reader.object(blob) : await reader.read(rev, source.file);
      if (file?.type === 'blob') candidates.push(candidate(source, file.bytes, options.config, mode ?? modes.get(source.file)));
    }
  }
  const ids = new Set(candidates.flatMap((c) => [postIdOfFile(c.file), ...(c.previousFile ? [postIdOfFile(c.previousFile)] : [])]));
  const matches = await contentMatchesAt(cwd, reader, ledgerRev, [...new Set(candidates.map((c) => c.contentHash))]);
  for (const found of matches.values()) for (const id of found) ids.add(id);
  const ledgers: Record<string, LedgerEntry> = {};
  for (const id of ids) {
    const entry = await readLedger(id);
    if (entry) ledgers[id] = entry;
  }
  // A post matches by content only if its ledger still records that content (an index line can be older).
  const contentMatches: Record<string, string[]> = {};
  for (const [hash, found] of matches) {
    const current = found.filter((id) => ledgers[id]?.contentHash === hash);
    if (current.length > 0) contentMatches[hash] = current;
  }
  const input: PlanInput = { mode: options.mode, candidates, ledgers, contentMatches, config: options.config, now: options.now };
  if (options.platforms) input.platforms = options.platforms;
  return input;
}

/** Post ids whose ledger recorded each content hash: from the index, or from every ledger where there is none yet. */
async function contentMatchesAt(cwd: string, reader: BatchReader, rev: string, hashes: string[]): Promise<Map<string, string[]>> {
  if (hashes.length === 0) return new Map();
  const indexed = await readContentIndex(reader, rev, hashes);
  if (indexed) return indexed;
  const prefix = 'content: ';
  const grepped = await grepLedgers(cwd, rev, hashes.map((h) => prefix + h));
  return new Map([...grepped].map(([match, found]) => [match.slice(prefix.length), found]));
}
