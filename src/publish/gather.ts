// Collects the plan's data from git: only the changed (or due, or named) posts are read and parsed,
// and only their ledger entries, so a repository of 10,000 posts costs what a repository of 10 does.
import { postIdOfFile } from '../core/ledger/keys.ts';
import type { LedgerEntry } from '../core/ledger/types.ts';
import type { PlanCandidate, PlanInput, RunMode } from '../core/plan/types.ts';
import type { HeraldConfig, PlatformId } from '../core/types.ts';
import { changedPosts, ensureCommit } from '../git/diff.ts';
import { findFilesNamed, grepLedgers, readAt, readLedgerAt } from '../git/read.ts';
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
  const { cwd, rev } = options;
  const ledgerRev = options.ledgerRev ?? rev;
  const postsDir = options.postsDir ?? 'posts';
  const sources: CandidateSource[] = [];
  const ledgers: Record<string, LedgerEntry> = {};
  if (options.mode === 'push') {
    if (options.before) await ensureCommit(cwd, options.remote ?? 'origin', options.before);
    for (const c of await changedPosts(cwd, options.before, rev, postsDir)) sources.push({ file: c.file, change: c.status, ...(c.previousFile ? { previousFile: c.previousFile } : {}) });
  } else if (options.mode === 'schedule') {
    const waiting = (await grepLedgers(cwd, ledgerRev, ['scheduled_for:'])).get('scheduled_for:') ?? [];
    for (const id of waiting) {
      const entry = await readLedgerAt(cwd, ledgerRev, id);
      if (entry?.scheduledFor) sources.push({ file: entry.file, change: 'scheduled' });
    }
  } else if (options.retryPost) {
    const id = options.retryPost.replace(/\.md$/, '').split('/').pop()!;
    const entry = await readLedgerAt(cwd, ledgerRev, id);
    const files = entry ? [entry.file] : await findFilesNamed(cwd, rev, postsDir, `${id}.md`);
    for (const file of files) sources.push({ file, change: 'retry' });
  }

  const candidates: PlanCandidate[] = [];
  if (sources.length > 0) {
    // Parsing and rendering load the renderers' libraries (@atproto/api's RichText among them): only when needed.
    const { candidate } = await import('./candidate.ts');
    for (const source of sources) {
      const bytes = await readAt(cwd, rev, source.file);
      if (bytes !== undefined) candidates.push(candidate(source, bytes, options.config));
    }
  }
  const ids = new Set(candidates.flatMap((c) => [postIdOfFile(c.file), ...(c.previousFile ? [postIdOfFile(c.previousFile)] : [])]));
  const prefix = 'content: ';
  const matches = await grepLedgers(cwd, ledgerRev, [...new Set(candidates.map((c) => prefix + c.contentHash))]);
  const contentMatches: Record<string, string[]> = {};
  for (const [match, found] of matches) {
    contentMatches[match.slice(prefix.length)] = found;
    for (const id of found) ids.add(id);
  }
  for (const id of ids) {
    const entry = await readLedgerAt(cwd, ledgerRev, id);
    if (entry) ledgers[id] = entry;
  }
  const input: PlanInput = { mode: options.mode, candidates, ledgers, contentMatches, config: options.config, now: options.now };
  if (options.platforms) input.platforms = options.platforms;
  return input;
}
